package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.qdl.lower.Lowering;
import org.qdl.model.Qualification;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.words.ResultWords;
import org.qdl.syntax.Specs;

/**
 * Same verdicts, proven: the checker page of every spec's handbook, driven in headless Chromium, answers as the
 * engine does on the JVM on the same IR, for every example learner in `examples/` (chosen through the page's
 * controls, as a person would) and for random learners (given through the page's address, as a bookmark would).
 * Verdict, grade, units needed, each shortfall's rule id and words, and the ways to complete are compared, with and without the planned
 * units. The page can say achieved or planned, a result and criterion ratings; an example's dates, exempt/rpl
 * statuses, unknown units and labels off the scale are not things the page can say, so both sides evaluate the
 * choice as the page holds it. Screenshots go to `target/handbook-screenshots/`.
 */
class CheckerBrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/handbook-screenshots");
    private static final int RANDOM_LEARNERS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

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
            Assumptions.abort(why + "; skipping the checker's browser test. Install with: "
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

    /** A unit's state as the page can hold it. */
    private record Pick(String unit, String status, String result, Map<String, String> criteria) {
        Achievement achievement() {
            return new Achievement(unit, Optional.ofNullable(result), criteria, Optional.empty(), Optional.of(status),
                    0);
        }
    }

    @Test
    void everyExampleLearnerAndRandomOnesGetTheEnginesAnswer(@TempDir Path dir) throws Exception {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String spec : SeedHandbooks.SPECS) {
            Qualification q = SeedHandbooks.fromSpec(spec).orElseThrow();
            IrDocument ir = Lowering.lower(q).ir();
            CompiledQualification engine = CompiledQualification.compile(ir);
            Path out = dir.resolve(spec);
            HandbookEmitter.render(q, out, Optional.empty());
            String page = out.resolve("checker.html").toUri().toString();
            driver.get(page);
            assertThat(driver.findElement(By.id("checker")).isDisplayed()).as(spec).isTrue();
            assertThat(consoleProblems()).as(spec + ": console").isEmpty();

            String name = spec.replace(".qdl", "");
            Set<String> onPage = new LinkedHashSet<>(driver.findElements(By.cssSelector("select[data-unit]")).stream()
                    .map(e -> e.getDomAttribute("data-unit")).toList());
            for (List<Pick> learner : examples(name, ir, onPage)) {
                driver.findElement(By.id("checker-clear")).click();
                choose(learner);
                differences.addAll(compare(name + " example " + learner, engine, learner));
                compared++;
            }
            screenshot(name);
            Random random = new Random(name.hashCode());
            for (int i = 0; i < RANDOM_LEARNERS; i++) {
                List<Pick> learner = randomLearner(random, ir, onPage);
                // a fresh load from the address, as a bookmark is opened
                driver.get("about:blank");
                driver.get(page + "#" + address(learner));
                differences.addAll(compare(name + " random " + learner, engine, learner));
                compared++;
            }
            assertThat(consoleProblems()).as(spec + ": console").isEmpty();
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(5 * RANDOM_LEARNERS + 30);
    }

    @Test
    void theChoiceIsKeptInTheAddressAndTheKeyboardWorks(@TempDir Path dir) throws Exception {
        Qualification q = SeedHandbooks.fromSpec("svq-customer-service-scqf5.qdl").orElseThrow();
        HandbookEmitter.render(q, dir, Optional.empty());
        driver.get(dir.resolve("checker.html").toUri().toString());
        WebElement first = driver.findElement(By.cssSelector("select[data-unit='4427-450']"));
        assertThat(driver.findElement(By.cssSelector("label[for='" + first.getDomAttribute("id") + "']"))
                .getAttribute("textContent")).isEqualTo("4427-450: achieved or planned");
        first.sendKeys(Keys.ARROW_DOWN);
        assertThat(first.getAttribute("value")).isEqualTo("achieved");
        String url = driver.getCurrentUrl();
        assertThat(url).endsWith("#4427-450=achieved");
        assertThat(driver.findElement(By.cssSelector("#verdict[aria-live='polite']")).getText())
                .contains("Not yet achieved").contains("1 more unit from group A: 4427-551");
        driver.get("about:blank");
        driver.get(url);
        assertThat(driver.findElement(By.cssSelector("select[data-unit='4427-450']")).getAttribute("value"))
                .isEqualTo("achieved");
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) driver.executeScript("return Array.from(document.querySelectorAll"
                + "('#checker select')).filter(s => s.labels.length === 0).map(s => s.id)");
        assertThat(unlabelled).isEmpty();
    }

    private static void choose(List<Pick> learner) {
        for (Pick p : learner) {
            new Select(driver.findElement(By.cssSelector("select[data-unit='" + p.unit() + "']")))
                    .selectByValue(p.status());
            if (p.result() != null) {
                new Select(driver.findElement(By.cssSelector("select[data-result-of='" + p.unit() + "']")))
                        .selectByValue(p.result());
            }
            if (!p.criteria().isEmpty()) {
                WebElement details = driver.findElement(By.cssSelector("select[data-criterion-of='" + p.unit()
                        + "']")).findElement(By.xpath("ancestor::details"));
                if (details.getDomAttribute("open") == null) {
                    details.findElement(By.tagName("summary")).click();
                }
                p.criteria().forEach((c, rating) -> new Select(details.findElement(By.cssSelector(
                        "select[data-criterion='" + c + "']"))).selectByValue(rating));
            }
        }
    }

    private static List<String> compare(String what, CompiledQualification engine, List<Pick> learner) {
        List<String> out = new ArrayList<>();
        Candidate candidate = new Candidate("checker", learner.stream().map(Pick::achievement).toList());
        ResultWords words = ResultWords.of(engine.ir());
        out.addAll(compare(what, "achieved", engine.evaluate(candidate, EvaluationOptions.DEFAULT.withAdvice(true)), words));
        if (learner.stream().anyMatch(p -> p.status().equals("planned"))) {
            out.addAll(compare(what + " (planned counted)", "planned",
                    engine.evaluate(candidate, new EvaluationOptions(true).withAdvice(true)), words));
        }
        return out;
    }

    private static List<String> compare(String what, String answer, Result jvm, ResultWords words) {
        // one round trip: the answer's facts as the page shows them
        @SuppressWarnings("unchecked")
        List<String> page = (List<String>) driver.executeScript("var b = document.querySelector("
                + "'#verdict section[data-answer=\"' + arguments[0] + '\"]'); if (!b) { return ['no answer']; }"
                + "return ['achieved=' + b.dataset.achieved, 'grade=' + b.dataset.grade, 'unitsNeeded=' + "
                + "b.dataset.unitsNeeded].concat(Array.from(b.querySelectorAll('ul.shortfalls li'))"
                + ".map(li => li.dataset.requirement + ': ' + li.textContent))"
                + ".concat(Array.from(b.querySelectorAll('ul.advice li')).map(li => '+ ' + li.textContent))", answer);
        List<String> expected = new ArrayList<>();
        expected.add("achieved=" + jvm.achieved());
        expected.add("grade=" + (jvm.grade() == null ? "" : jvm.grade()));
        expected.add("unitsNeeded=" + jvm.unitsNeeded());
        for (Shortfall s : jvm.shortfalls()) {
            expected.add(s.requirement() + ": " + words.shortfall(s));
        }
        if (jvm.advice() != null) {
            words.advice(jvm.advice()).forEach(line -> expected.add("+ " + line));
        }
        return page.equals(expected) ? List.of() : List.of(what + ": page " + page + ", engine " + expected);
    }

    /** The example learners of `examples/NAME/candidates.json`, as the page can hold them. */
    private static List<List<Pick>> examples(String name, IrDocument ir, Set<String> onPage) throws Exception {
        Path file = Specs.root().resolve("examples").resolve(name).resolve("candidates.json");
        List<List<Pick>> out = new ArrayList<>();
        for (JsonNode c : JSON.readTree(file.toFile()).get("candidates")) {
            Map<String, Pick> picks = new LinkedHashMap<>();
            for (JsonNode a : c.get("achievements")) {
                String unit = a.get("unit").asText();
                IrUnit u = unit(ir, unit);
                if (u == null || !onPage.contains(unit) || picks.containsKey(unit)) {
                    continue;
                }
                String status = a.path("status").asText("").equals("planned") ? "planned" : "achieved";
                String result = a.hasNonNull("result") && labels(ir, u.gradingScale()).contains(a.get("result")
                        .asText()) ? a.get("result").asText() : null;
                Map<String, String> criteria = new LinkedHashMap<>();
                a.path("criteria").fields().forEachRemaining(e -> {
                    if (u.criteria().contains(e.getKey())
                            && labels(ir, u.criterionScale()).contains(e.getValue().asText())) {
                        criteria.put(e.getKey(), e.getValue().asText());
                    }
                });
                picks.put(unit, new Pick(unit, status, result, criteria));
            }
            out.add(List.copyOf(picks.values()));
        }
        assertThat(out).as(name + " examples").isNotEmpty();
        return out;
    }

    private static List<Pick> randomLearner(Random random, IrDocument ir, Set<String> onPage) {
        List<Pick> out = new ArrayList<>();
        double share = random.nextDouble();
        for (IrUnit u : ir.units()) {
            if (!onPage.contains(u.ref()) || random.nextDouble() > share) {
                continue;
            }
            String status = random.nextInt(4) == 0 ? "planned" : "achieved";
            List<String> results = labels(ir, u.gradingScale());
            String result = results.isEmpty() || random.nextInt(5) == 0 ? null
                    : results.get(random.nextInt(results.size()));
            Map<String, String> criteria = new LinkedHashMap<>();
            List<String> ratings = labels(ir, u.criterionScale());
            if (!ratings.isEmpty()) {
                for (String c : u.criteria()) {
                    if (random.nextInt(6) != 0) {
                        criteria.put(c, ratings.get(random.nextInt(ratings.size())));
                    }
                }
            }
            out.add(new Pick(u.ref(), status, result, criteria));
        }
        return out;
    }

    /** The address the page itself writes for a choice (see checker.js). */
    private static String address(List<Pick> learner) {
        List<String> parts = new ArrayList<>();
        for (Pick p : learner) {
            parts.add(enc(p.unit()) + "=" + enc(p.status()));
            if (p.result() != null) {
                parts.add(enc("result:" + p.unit()) + "=" + enc(p.result()));
            }
            p.criteria().forEach((c, r) -> parts.add(enc("criterion:" + p.unit() + ":" + c) + "=" + enc(r)));
        }
        return String.join("&", parts);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static IrUnit unit(IrDocument ir, String ref) {
        return ir.units().stream().filter(u -> u.ref().equals(ref)).findFirst().orElse(null);
    }

    private static List<String> labels(IrDocument ir, String scale) {
        return scale == null ? List.of() : ir.scales().stream().filter(s -> s.id().equals(scale)).findFirst()
                .map(IrScale::labels).orElse(List.of());
    }

    private static List<String> consoleProblems() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                out.add(e.getLevel() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 6000)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve("checker-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }
}
