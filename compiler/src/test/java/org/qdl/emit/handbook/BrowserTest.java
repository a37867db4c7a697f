package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;
import org.qdl.model.Qualification;

/**
 * The handbooks in a real browser: headless Chromium from Debian's `chromium` and `chromium-driver` packages, driven
 * by the system chromedriver. Every page loads without console errors, every internal link resolves (file and
 * anchor), print hides the navigation and starts each unit on a new page. Screenshots of the SVQ index and a unit
 * page, and the SVQ handbook printed to PDF, are saved in `target/handbook-screenshots/` for people to look at.
 *
 * <p>Outside CI the test skips, saying so, when the packages are not installed; with `CI` set it must run.
 */
class BrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/handbook-screenshots");

    private static ChromeDriver driver;

    @TempDir
    static Path profile;

    @BeforeAll
    static void startChromium() {
        driver = HeadlessChromium.start(profile, "the browser test");
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyPageLoadsCleanlyAndEveryInternalLinkResolves(@TempDir Path dir) throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        int links = 0;
        for (Qualification q : SeedHandbooks.qualifications()) {
            Path out = dir.resolve(q.id() + "-" + pages);
            HandbookEmitter.render(q, out, Optional.empty());
            Map<URI, Set<String>> ids = new HashMap<>();
            Set<URI> targets = new LinkedHashSet<>();
            for (Path page : htmlPages(out)) {
                pages++;
                open(page.toUri());
                for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                    if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                        problems.add(out.relativize(page) + ": console " + e.getLevel() + ": " + e.getMessage());
                    }
                }
                ids.put(page.toUri(), idsOnPage());
                for (String href : hrefs()) {
                    URI target = URI.create(href);
                    if (!"file".equals(target.getScheme())) {
                        problems.add(out.relativize(page) + ": links outside the handbook: " + href);
                        continue;
                    }
                    links++;
                    targets.add(target);
                }
            }
            for (URI target : targets) {
                URI file = new URI(target.getScheme(), target.getSchemeSpecificPart(), null);
                Path path = Path.of(file);
                if (!path.startsWith(out) || !Files.isRegularFile(path)) {
                    problems.add(q.id() + ": broken link " + target);
                } else if (target.getFragment() != null && !target.getFragment().isEmpty()) {
                    Set<String> onPage = ids.computeIfAbsent(file, u -> {
                        open(u);
                        return idsOnPage();
                    });
                    if (!onPage.contains(target.getFragment())) {
                        problems.add(q.id() + ": no #" + target.getFragment() + " in " + out.relativize(path));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(pages).isGreaterThan(40);
        assertThat(links).isGreaterThan(100);
    }

    @Test
    void printingHidesTheNavigationAndPutsEachUnitOnItsOwnPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("svq");
        HandbookEmitter.render(svq(), out, Optional.empty());
        open(out.resolve("handbook.html").toUri());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            JavascriptExecutor js = driver;
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.skip-link')).display"))
                    .isEqualTo("none");
            assertThat(js.executeScript("return Array.from(document.querySelectorAll('.unit'))"
                    + ".every(u => getComputedStyle(u).breakBefore === 'page')")).isEqualTo(true);
            open(out.resolve("units/unit-4427-203.html").toUri());
            assertThat(js.executeScript("return Array.from(document.querySelectorAll('.site-nav, .pager'))"
                    + ".map(n => getComputedStyle(n).display)")).asList().containsOnly("none");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Files.createDirectories(SCREENSHOTS);
        open(out.resolve("handbook.html").toUri());
        byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
        Files.write(SCREENSHOTS.resolve("svq-handbook.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /**
     * Printed as a centre would (Chromium's own print, which honours the stylesheet's page size): every page of the
     * SVQ handbook is A4 (595 x 842 points, within a point), and laid out at the printed page's width no table
     * reaches past the page's right edge. The PDF is saved for people to look at.
     */
    @Test
    void printsOnA4AndNoTableIsWiderThanThePage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("svq");
        HandbookEmitter.render(svq(), out, Optional.empty());
        open(out.resolve("handbook.html").toUri());
        Map<String, Object> printed = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("svq-handbook-a4.pdf"), pdf);
        java.util.regex.Matcher box = java.util.regex.Pattern.compile(
                "/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]")
                .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (box.find()) {
            pages++;
            assertThat(Double.parseDouble(box.group(1))).as("page width in points").isCloseTo(595.3,
                    org.assertj.core.data.Offset.offset(1.0));
            assertThat(Double.parseDouble(box.group(2))).as("page height in points").isCloseTo(841.9,
                    org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(pages).as("pages in the PDF").isGreaterThan(10);

        // A4 less the stylesheet's 16 mm margins is 178 mm, 673 CSS pixels: lay the page out at that width
        driver.manage().window().setSize(new Dimension(673, 1000));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            JavascriptExecutor js = driver;
            @SuppressWarnings("unchecked")
            List<String> wide = (List<String>) js.executeScript("var w = document.documentElement.clientWidth;"
                    + "return Array.from(document.querySelectorAll('table')).filter(t => "
                    + "t.getBoundingClientRect().right > w + 0.5).map(t => (t.caption ? t.caption.textContent "
                    + ": t.className) + ' ends at ' + t.getBoundingClientRect().right + ' of ' + w)");
            assertThat(wide).isEmpty();
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('thead')).display"))
                    .isEqualTo("table-header-group");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void screenshotsOfTheSvqForPeopleToLookAt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("svq");
        HandbookEmitter.render(svq(), out, Optional.empty());
        Files.createDirectories(SCREENSHOTS);
        Path index = screenshot(out.resolve("index.html"), "svq-index.png");
        Path unit = screenshot(out.resolve("units/unit-4427-203.html"), "svq-unit-4427-203.png");
        assertThat(Files.size(index)).isGreaterThan(10_000);
        assertThat(Files.size(unit)).isGreaterThan(10_000);
        open(out.resolve("index.html").toUri());
        assertThat(driver.getTitle()).isEqualTo("SVQ in Customer Service at SCQF Level 5 – Qualification handbook");
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector(".lead-in")).getText())
                .isEqualTo("Minimum of 7 units of which:");
        // the seed's fidelity, as a reader sees it: its numbers, its headings and tables inside prose, its bold
        Path contents = screenshotOf(out.resolve("index.html"), "nav.contents", "svq-contents.png");
        Path section = screenshotOf(out.resolve("index.html"), "#resource-requirements", "svq-section-2-1.png");
        assertThat(Files.size(contents)).isGreaterThan(10_000);
        assertThat(Files.size(section)).isGreaterThan(10_000);
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("#resource-requirements > h3")).getText())
                .isEqualTo("2.1 Resource requirements");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#resource-requirements h4")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList())
                .contains("Assessors", "Internal quality assurer (IQA)", "External quality assurer (EQA)");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector(
                "#resource-requirements table.prose-table thead th"))).hasSize(5);
        open(out.resolve("units/unit-4427-203.html").toUri());
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("#unit-4427-203-performance-outcomes "
                + ".lead-in")).getText()).isEqualTo("When you give customers a positive impression of yourself and "
                + "your organisation you must consistently:");
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("#unit-4427-203-po-1 strong")).getText())
                .isEqualTo("expectations");
    }

    /** A screenshot of one element of a page, the window tall enough to hold it. */
    private static Path screenshotOf(Path page, String css, String name) throws Exception {
        open(page.toUri());
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 16000)));
        File shot = driver.findElement(org.openqa.selenium.By.cssSelector(css)).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return target;
    }

    private static Qualification svq() {
        return SeedHandbooks.fromSpec("svq-customer-service-scqf5.qdl").orElseGet(SampleModels::svq);
    }

    private static Path screenshot(Path page, String name) throws Exception {
        open(page.toUri());
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 6000)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return target;
    }

    private static void open(URI uri) {
        driver.get(uri.toString());
    }

    private static List<Path> htmlPages(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> idsOnPage() {
        return new HashSet<>((List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('[id]')).map(e => e.id)"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> hrefs() {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('a[href], link[href], img[src], script[src]'))"
                        + ".map(e => e.href || e.src)");
    }
}
