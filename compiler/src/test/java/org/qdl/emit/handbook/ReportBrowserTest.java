package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.qdl.cli.Qdl;

/**
 * The report for people (`qdl eval --format html -o DIR`) in headless Chromium and the Nu HTML Checker: every page
 * valid HTML with no console errors, every link resolving; the class table sorts by a column's heading (and says so
 * with aria-sort); a learner's page prints on A4 and names what is missing with the units' titles. Screenshots and
 * a printed page are saved in `target/report-screenshots/` for people to look at.
 */
class ReportBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/report-screenshots");
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    private static ChromeDriver driver;

    @TempDir
    static Path profile;

    @TempDir
    static Path out;

    @BeforeAll
    static void writeTheReportAndStartChromium() {
        Qdl.Run run = Qdl.in(REPO).run("eval", "--format", "html", "-o", out.resolve("report").toString(),
                "specs/svq-customer-service-scqf5.qdl", "examples/svq-customer-service-scqf5/candidates.csv");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        driver = HeadlessChromium.start(profile, "the report's browser test");
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static List<Path> pages() throws Exception {
        try (Stream<Path> files = Files.walk(out.resolve("report"))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        NuChecker nu = new NuChecker();
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            nu.checkHtml(page).forEach(p -> problems.add(out.relativize(page) + ":" + p));
        }
        assertThat(pages()).hasSize(13);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageLoadsCleanlyAndEveryLinkResolves() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            driver.get(page.toUri().toString());
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                    problems.add(page.getFileName() + ": " + e.getMessage());
                }
            }
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) driver.executeScript(
                    "return Array.from(document.querySelectorAll('a[href], link[href], script[src]'))"
                            + ".map(e => e.href || e.src)");
            for (String href : hrefs) {
                java.net.URI u = java.net.URI.create(href);
                if (!"file".equals(u.getScheme())) {
                    problems.add(page.getFileName() + ": links outside the report: " + href);
                } else if (!Files.isRegularFile(Path.of(new java.net.URI("file", u.getSchemeSpecificPart(), null)))) {
                    problems.add(page.getFileName() + ": broken link " + href);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theClassTableSortsByAnyColumnAndSaysSo() throws Exception {
        driver.get(out.resolve("report/index.html").toUri().toString());
        assertThat(learners()).startsWith("S001", "S002", "S003");
        WebElement needed = driver.findElement(By.xpath("//th[button[normalize-space()='Units needed']]"));
        needed.findElement(By.tagName("button")).click();
        assertThat(needed.getAttribute("aria-sort")).isEqualTo("ascending");
        List<String> byNeed = column(5);
        assertThat(byNeed).isSorted();
        needed.findElement(By.tagName("button")).click();
        assertThat(needed.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(column(5).get(0)).isEqualTo(byNeed.get(byNeed.size() - 1));
        // the keyboard sorts too: the headings are buttons
        WebElement learner = driver.findElement(By.xpath("//th[button[normalize-space()='Learner']]"));
        learner.findElement(By.tagName("button")).sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(learner.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(learners()).isSorted();
        assertThat(driver.findElement(By.id("close")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("S004: needs 1 more unit");
        screenshot(out.resolve("report/index.html"), "svq-class.png");
    }

    @Test
    void aLearnersPageNamesWhatIsMissingWithTitlesAndPrintsOnA4() throws Exception {
        Path page = out.resolve("report/learners/0006-s006.html");
        driver.get(page.toUri().toString());
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("S006: not yet").contains("What is still missing").contains("Units counted")
                .contains("Deliver customer service within the rules (F2)");
        Map<String, Object> printed = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("svq-learner-s006.pdf"), pdf);
        java.util.regex.Matcher box = java.util.regex.Pattern.compile(
                "/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int sheets = 0;
        while (box.find()) {
            sheets++;
            assertThat(Double.parseDouble(box.group(1))).isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
            assertThat(Double.parseDouble(box.group(2))).isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(sheets).isPositive();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector('.skip-link')).display")).isEqualTo("none");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        screenshot(page, "svq-learner-s006.png");
    }

    private static List<String> learners() {
        return column(1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(int index) {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#results tbody tr'))"
                + ".map(r => r.cells[" + index + "].textContent.trim().padStart(index === 1 ? 0 : 6, '0'))"
                        .replace("index", String.valueOf(index)));
    }

    private static void screenshot(Path page, String name) throws Exception {
        driver.get(page.toUri().toString());
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 6000)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }
}
