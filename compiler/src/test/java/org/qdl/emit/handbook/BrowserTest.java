package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/handbook-screenshots");

    private static ChromeDriver driver;

    @TempDir
    static Path profile;

    @BeforeAll
    static void startChromium() {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            String why = "headless Chromium is not installed (" + CHROMEDRIVER + ", " + CHROMIUM + ")";
            if (System.getenv("CI") != null) {
                fail(why + ": .ci/run installs Debian's chromium and chromium-driver; the browser test must run in CI");
            }
            Assumptions.abort(why + "; skipping the browser test. Install with: "
                    + "apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
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
