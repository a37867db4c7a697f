package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qdl.lower.Lowering;
import org.qdl.model.Qualification;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.syntax.Specs;

/**
 * Same verdicts, proven: the checker page of every spec's handbook, driven in headless Chromium, answers as
 * `qdl eval --format json` does (and `--include-planned` for the page's second answer), for every example learner
 * in `examples/` (chosen through the page's controls, as a person would), for {@value #RANDOM_LEARNERS} random
 * learners per spec (seeded, so every run tries the same ones; set on the page's controls by one script in one page
 * session, a change event each, as the page's own listener reads them) and for a few random ones opened from the
 * page's address, as a bookmark is. Verdict, grade, units needed, each shortfall's requirement, words, units,
 * credits and options, and the ways to complete are compared. The page can say achieved or planned, a result and criterion ratings; an
 * example's dates, exempt/rpl statuses, unknown units and labels off the scale are not things the page can say, so
 * both sides evaluate the choice as the page holds it. Screenshots go to `target/handbook-screenshots/`.
 */
class CheckerBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/handbook-screenshots");
    private static final int RANDOM_LEARNERS = 300;
    private static final int FROM_ADDRESS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromeDriver driver;

    @TempDir
    static Path profile;

    @BeforeAll
    static void startChromium() {
        // a batch of hundreds of choices in one session rewrites the address (history.replaceState) for each,
        // as the page does on every change; Chromium would throttle that as "flooding"
        driver = HeadlessChromium.start(profile, "the checker's browser test", "--disable-ipc-flooding-protection");
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** A unit's state as the page can hold it. */
    private record Pick(String unit, String status, String result, Map<String, String> criteria) {
    }

    @Test
    void everyExampleLearnerAndRandomOnesGetQdlEvalsAnswer(@TempDir Path dir) throws Exception {
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String spec : SeedHandbooks.SPECS) {
            Qualification q = SeedHandbooks.fromSpec(spec).orElseThrow();
            IrDocument ir = Lowering.lower(q).ir();
            Path out = dir.resolve(spec);
            HandbookEmitter.render(q, out, Optional.empty());
            String page = out.resolve("checker.html").toUri().toString();
            driver.get(page);
            assertThat(driver.findElement(By.id("checker")).isDisplayed()).as(spec).isTrue();
            assertThat(consoleProblems()).as(spec + ": console").isEmpty();

            String name = spec.replace(".qdl", "");
            Set<String> onPage = new LinkedHashSet<>(driver.findElements(By.cssSelector("select[data-unit]")).stream()
                    .map(e -> e.getDomAttribute("data-unit")).toList());
            List<List<Pick>> examples = examples(name, ir, onPage);
            Random random = new Random(name.hashCode());
            List<List<Pick>> randoms = new ArrayList<>();
            for (int i = 0; i < RANDOM_LEARNERS + FROM_ADDRESS; i++) {
                randoms.add(randomLearner(random, ir, onPage));
            }
            List<List<Pick>> all = new ArrayList<>(examples);
            all.addAll(randoms);
            QdlEval eval = QdlEval.of(dir.resolve(name + "-learners.json"), spec, all);

            for (int i = 0; i < examples.size(); i++) {
                driver.findElement(By.id("checker-clear")).click();
                choose(examples.get(i));
                differences.addAll(compare(name + " example " + examples.get(i), examples.get(i), eval, i,
                        pageFacts()));
                compared++;
            }
            screenshot(name);
            List<List<Pick>> batch = randoms.subList(0, RANDOM_LEARNERS);
            long start = System.nanoTime();
            List<Map<String, List<String>>> answers = onePageSession(batch);
            System.out.printf("checker page, %s: %d random learners in one page session, %.1f s%n", name,
                    batch.size(), (System.nanoTime() - start) / 1e9);
            for (int i = 0; i < batch.size(); i++) {
                differences.addAll(compare(name + " random " + batch.get(i), batch.get(i), eval,
                        examples.size() + i, answers.get(i)));
                compared++;
            }
            for (int i = RANDOM_LEARNERS; i < randoms.size(); i++) {
                // a fresh load from the address, as a bookmark is opened
                driver.get("about:blank");
                driver.get(page + "#" + address(randoms.get(i)));
                differences.addAll(compare(name + " from its address " + randoms.get(i), randoms.get(i), eval,
                        examples.size() + i, pageFactsOnceShown()));
                compared++;
            }
            assertThat(consoleProblems()).as(spec + ": console").isEmpty();
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(5 * (RANDOM_LEARNERS + FROM_ADDRESS) + 30);
    }

    /** Both answers `qdl eval --format json` gives a file of learners: without and with the planned units. */
    private record QdlEval(List<JsonNode> achieved, List<JsonNode> planned) {
        static QdlEval of(Path file, String spec, List<List<Pick>> learners) throws Exception {
            com.fasterxml.jackson.databind.node.ObjectNode doc = JSON.createObjectNode();
            com.fasterxml.jackson.databind.node.ArrayNode candidates = doc.putArray("candidates");
            for (int i = 0; i < learners.size(); i++) {
                com.fasterxml.jackson.databind.node.ObjectNode c = candidates.addObject().put("id", "L" + i);
                com.fasterxml.jackson.databind.node.ArrayNode achievements = c.putArray("achievements");
                for (Pick p : learners.get(i)) {
                    com.fasterxml.jackson.databind.node.ObjectNode a = achievements.addObject()
                            .put("unit", p.unit()).put("status", p.status());
                    if (p.result() != null) {
                        a.put("result", p.result());
                    }
                    if (!p.criteria().isEmpty()) {
                        com.fasterxml.jackson.databind.node.ObjectNode criteria = a.putObject("criteria");
                        p.criteria().forEach(criteria::put);
                    }
                }
            }
            JSON.writeValue(file.toFile(), doc);
            Path source = Specs.root().resolve("specs").resolve(spec);
            return new QdlEval(results(source, file), results(source, file, "--include-planned"));
        }

        private static List<JsonNode> results(Path spec, Path file, String... more) throws Exception {
            List<String> args = new ArrayList<>(List.of("eval", spec.toString(), file.toString(), "--format", "json"));
            args.addAll(List.of(more));
            org.qdl.cli.Qdl.Run run = org.qdl.cli.Qdl.in(file.getParent()).run(args.toArray(String[]::new));
            assertThat(run.exit()).as("qdl " + args + ": " + run.err()).isZero();
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(run.out()).get("results").forEach(out::add);
            return out;
        }
    }

    /** The facts of each answer the page shows now: `achieved` and, when some unit is planned, `planned`. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> pageFacts() {
        return (Map<String, List<String>>) driver.executeScript("return (" + READ_FACTS + ")()");
    }

    /**
     * The facts of the answers once the page shows some, waiting up to 10 s: a page opened from its address answers
     * as it loads, but on a loaded machine the driver was once seen to hand the page back before the answer was
     * there (empty facts for 2 of one run's loads from an address, all shown on a second run). A page that never
     * answers still reads empty.
     */
    private static Map<String, List<String>> pageFactsOnceShown() {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                Map<String, List<String>> facts = pageFacts();
                return facts.isEmpty() ? null : facts;
            });
        } catch (TimeoutException e) {
            return pageFacts();
        }
    }

    /**
     * Every learner of the batch in one page session and one round trip: for each, the page's controls are set as the
     * learner's choice and the form's change event fired (the page's own listener answers at once), then the answers'
     * facts are read.
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, List<String>>> onePageSession(List<List<Pick>> learners) throws Exception {
        List<Object> plain = new ArrayList<>();
        for (List<Pick> learner : learners) {
            List<Object> picks = new ArrayList<>();
            for (Pick p : learner) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("unit", p.unit());
                m.put("status", p.status());
                m.put("result", p.result() == null ? "" : p.result());
                m.put("criteria", p.criteria());
                picks.add(m);
            }
            plain.add(picks);
        }
        return (List<Map<String, List<String>>>) driver.executeScript(
                "var read = " + READ_FACTS + ";"
                + "var form = document.getElementById('checker'); var out = [];"
                + "var sel = function (css) { return Array.from(form.querySelectorAll(css)); };"
                + "arguments[0].forEach(function (learner) {"
                + "  sel('select').forEach(function (s) { s.value = ''; });"
                + "  learner.forEach(function (p) {"
                + "    sel('select[data-unit]').filter(s => s.dataset.unit === p.unit)[0].value = p.status;"
                + "    if (p.result) { sel('select[data-result-of]').filter(s => s.dataset.resultOf === p.unit)[0]"
                + "      .value = p.result; }"
                + "    Object.keys(p.criteria).forEach(function (c) { sel('select[data-criterion-of]')"
                + "      .filter(s => s.dataset.criterionOf === p.unit && s.dataset.criterion === c)[0]"
                + "      .value = p.criteria[c]; });"
                + "  });"
                + "  form.dispatchEvent(new Event('change', { bubbles: true }));"
                + "  out.push(read());"
                + "});"
                + "return out;", plain);
    }

    /** The page's answers as facts: one list for each answer box shown. */
    private static final String READ_FACTS = "function () { var out = {};"
            + "document.querySelectorAll('#verdict section[data-answer]').forEach(function (b) {"
            + "  out[b.dataset.answer] = ['achieved=' + b.dataset.achieved, 'grade=' + b.dataset.grade,"
            + "    'unitsNeeded=' + b.dataset.unitsNeeded].concat(Array.from(b.querySelectorAll('ul.shortfalls li'))"
            + "    .map(li => li.dataset.requirement + ': ' + li.textContent + ' | units=' + li.dataset.units"
            + "      + ' credits=' + li.dataset.credits + ' options=' + JSON.parse(li.dataset.options).join(' ')))"
            + "    .concat(Array.from(b.querySelectorAll('ul.advice li')).map(li => '+ ' + li.textContent));"
            + "}); return out; }";

    private static List<String> compare(String what, List<Pick> learner, QdlEval eval, int index,
            Map<String, List<String>> page) {
        List<String> out = new ArrayList<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("achieved", facts(eval.achieved().get(index)));
        if (learner.stream().anyMatch(p -> p.status().equals("planned"))) {
            expected.put("planned", facts(eval.planned().get(index)));
        }
        if (!page.equals(expected)) {
            out.add(what + ": page " + page + ", qdl eval " + expected);
        }
        return out;
    }

    /** One result of `qdl eval --format json` as the facts the page shows. */
    private static List<String> facts(JsonNode r) {
        List<String> out = new ArrayList<>();
        out.add("achieved=" + r.get("achieved").asBoolean());
        out.add("grade=" + (r.get("grade").isNull() ? "" : r.get("grade").asText()));
        out.add("unitsNeeded=" + r.get("unitsNeeded").asInt());
        for (JsonNode s : r.get("shortfalls")) {
            List<String> options = new ArrayList<>();
            s.get("options").forEach(o -> options.add(o.asText()));
            out.add(s.get("requirement").asText() + ": " + s.get("message").asText() + " | units="
                    + s.get("units").asInt() + " credits="
                    + s.get("credits").decimalValue().stripTrailingZeros().toPlainString()
                    + " options=" + String.join(" ", options));
        }
        // the ways to complete, worded as the page words them (one a line, "or …" after the first)
        JsonNode advice = r.get("advice");
        if (advice != null) {
            for (JsonNode w : advice.get("ways")) {
                out.add("+ " + (w == advice.get("ways").get(0) ? "" : "or ") + w.get("message").asText());
            }
            int more = advice.get("moreWays").asInt();
            if (!advice.get("exhaustive").asBoolean()) {
                out.add("+ and more ways");
            } else if (more > 0) {
                out.add("+ and " + more + " more way" + (more == 1 ? "" : "s"));
            }
        }
        return out;
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

    @Test
    void theSmallerQualificationAndWhatIsRequiredBesideTheUnitsShowOnThePage(@TempDir Path dir) throws Exception {
        // a suite: below the Subsidiary Diploma's Pass, the Certificate is achieved instead, with its own grade
        HandbookEmitter.render(SeedHandbooks.fromCorpus("btec-international-suite-graded.qdl"), dir.resolve("suite"),
                Optional.empty());
        driver.get(dir.resolve("suite/checker.html").toUri() + "#M1=achieved&result:M1=Pass&M2=achieved&result:M2=Pass"
                + "&O1=achieved&result:O1=Pass&O2=achieved&result:O2=Pass&O3=achieved&result:O3=U");
        WebElement answer = driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"));
        assertThat(answer.getDomAttribute("data-achieved")).isEqualTo("false");
        assertThat(answer.getDomAttribute("data-smaller")).isEqualTo("certificate");
        assertThat(answer.getDomAttribute("data-smaller-grade")).isEqualTo("P");
        assertThat(answer.getText()).contains("Pearson BTEC International Level 3 Certificate in IT, grade P");

        // Core Skills beside an SVQ: chosen on the page as rows of their own, a level as the result
        HandbookEmitter.render(SeedHandbooks.fromCorpus("sqa-ma-svq-core-skills.qdl"), dir.resolve("ma"),
                Optional.empty());
        String units = "4427-450=achieved&4427-551=achieved&4427-552=achieved&4427-203=achieved&4427-212=achieved"
                + "&4427-564=achieved&4427-566=achieved";
        String skills = "&numeracy=achieved&result:numeracy=4&working-with-others=achieved"
                + "&result:working-with-others=4&problem-solving=achieved&result:problem-solving=4&ict=achieved"
                + "&result:ict=5&err=achieved";
        driver.get(dir.resolve("ma/checker.html").toUri() + "#" + units + skills
                + "&communication=achieved&result:communication=4");
        answer = driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"));
        assertThat(answer.getDomAttribute("data-achieved")).isEqualTo("false");
        assertThat(answer.getText()).contains("needs Core Skill: Communication (communication) at SCQF level 5 or "
                + "above, beside this qualification's units: held at level 4 only");
        assertThat(driver.findElement(By.cssSelector("select[data-result-of='communication']"))
                .findElements(By.tagName("option"))).hasSize(13);   // no result yet, then SCQF levels 1 to 12
        driver.get("about:blank");
        driver.get(dir.resolve("ma/checker.html").toUri() + "#" + units + skills
                + "&communication=achieved&result:communication=5");
        answer = driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"));
        assertThat(answer.getDomAttribute("data-achieved")).isEqualTo("true");
        assertThat(consoleProblems()).isEmpty();
    }

    @Test
    void timingShowsWhichAttemptCountedAndWhyOneDidNot(@TempDir Path dir) throws Exception {
        // BTEC Nationals: one retake capped at Pass, a 3-year registration (worked by hand in the corpus's test file)
        HandbookEmitter.render(SeedHandbooks.fromCorpus("btec-nationals-retake.qdl"), dir.resolve("retake"),
                Optional.empty());
        String page = dir.resolve("retake/checker.html").toUri().toString();
        driver.get(page + "#U1=achieved&result:U1=U&date:U1=2025-01-10&resit:U1=Distinction&resit-date:U1=2025-04-10"
                + "&U2=achieved&result:U2=Merit&date:U2=2025-03-10&U3=achieved&result:U3=Merit&date:U3=2025-06-10"
                + "&U4=achieved&result:U4=Merit&date:U4=2026-01-10&registered=2024-09-02");
        assertThat(driver.findElement(By.id("checker-registered")).getAttribute("value")).isEqualTo("2024-09-02");
        WebElement answer = driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"));
        assertThat(answer.getDomAttribute("data-achieved")).isEqualTo("true");
        WebElement capped = answer.findElement(By.cssSelector("ul.timing li[data-unit='U1'][data-attempt='2']"));
        assertThat(capped.getDomAttribute("data-reason")).isEqualTo("capped");
        assertThat(capped.getDomAttribute("data-used")).isEqualTo("true");
        assertThat(capped.getText()).isEqualTo("attempt 2 at U1 (2025-04-10, Distinction) counts as Pass: a resit is "
                + "capped at Pass");
        assertThat(answer.findElement(By.cssSelector("ul.timing li[data-unit='U1'][data-attempt='1']"))
                .getDomAttribute("data-reason")).isEqualTo("not_achieved");
        assertThat(answer.getText()).contains("registered 2024-09-02, registration valid to 2027-09-01");
        screenshot("btec-nationals-retake-attempts");

        // checked on the day after the registration's last day, one unit short: no further unit can count, and no
        // way to complete is offered; the date is set through the page's own control, as a person would
        driver.get("about:blank");
        driver.get(page + "#U1=achieved&result:U1=Pass&date:U1=2025-01-10&U2=achieved&result:U2=Pass"
                + "&date:U2=2025-03-10&U3=achieved&result:U3=Pass&date:U3=2025-06-10&registered=2024-09-02");
        answer = driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"));
        assertThat(answer.getDomAttribute("data-units-needed")).isEqualTo("1");
        driver.executeScript("var on = document.getElementById('checker-on'); on.value = '2027-09-02';"
                + "on.dispatchEvent(new Event('change', {bubbles: true}));");
        assertThat(driver.getCurrentUrl()).endsWith("&on=2027-09-02");
        answer = driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"));
        assertThat(answer.getDomAttribute("data-achieved")).isEqualTo("false");
        assertThat(answer.getDomAttribute("data-units-needed")).isEqualTo("0");
        assertThat(answer.getDomAttribute("data-closed")).isEqualTo("registration-ended");
        assertThat(answer.findElement(By.cssSelector("ul.shortfalls li")).getText()).isEqualTo(
                "the registration ended on 2027-09-01: no further unit can count under it (1 more unit was needed)");
        assertThat(answer.findElements(By.cssSelector("ul.advice"))).isEmpty();

        // U3 sat and retaken without a Pass: its one retake is used up, so U3 is closed - the page says so, offers
        // nothing, and needs 0 units (issue 12: advice never offers a unit that cannot complete)
        driver.get("about:blank");
        driver.get(page + "#U1=achieved&result:U1=Pass&date:U1=2025-01-10&U2=achieved&result:U2=Pass"
                + "&date:U2=2025-03-10&U3=achieved&result:U3=U&date:U3=2025-02-10&resit:U3=U&resit-date:U3=2025-05-10"
                + "&U4=achieved&result:U4=Pass&date:U4=2026-01-10&registered=2024-09-02");
        answer = driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"));
        assertThat(answer.getDomAttribute("data-achieved")).isEqualTo("false");
        assertThat(answer.getDomAttribute("data-units-needed")).isEqualTo("0");
        WebElement inTheWay = answer.findElement(By.cssSelector("ul.shortfalls li"));
        assertThat(inTheWay.getDomAttribute("data-requirement")).isEqualTo("units-closed");
        assertThat(inTheWay.getText()).isEqualTo("no combination of the units still open to the learner meets the "
                + "rules: U3 cannot be taken again, its resits are used up (at most 1 resit per unit)");
        WebElement closedLine = answer.findElement(By.cssSelector("ul.timing li[data-closed-unit]"));
        assertThat(closedLine.getDomAttribute("data-unit")).isEqualTo("U3");
        assertThat(closedLine.getDomAttribute("data-closed-unit")).isEqualTo("resits-used-up");
        assertThat(answer.findElements(By.cssSelector("ul.advice"))).isEmpty();
        screenshot("btec-nationals-retake-closed-unit");

        // NCFE CACHE Adult Care: registered the day after registration closed - none of the units counts
        HandbookEmitter.render(SeedHandbooks.fromCorpus("ncfe-adult-care-dates.qdl"), dir.resolve("dates"),
                Optional.empty());
        driver.get(dir.resolve("dates/checker.html").toUri() + "#AC1=achieved&date:AC1=2022-09-10&registered=2022-05-01");
        answer = driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"));
        assertThat(answer.getDomAttribute("data-closed")).isEqualTo("registration-closed");
        assertThat(answer.findElement(By.cssSelector("ul.timing li[data-unit='AC1']")).getDomAttribute("data-reason"))
                .isEqualTo("registered_after_close");
        assertThat(answer.findElements(By.cssSelector("ul.advice"))).isEmpty();
        assertThat(consoleProblems()).isEmpty();
    }
    @Test
    void aSecondResitIsAskedForWhereTheRulesAllowIt(@TempDir Path dir) throws Exception {
        // the BTEC retake spec with two resits allowed: the page asks for two, and the second, capped at Pass, counts
        String source = Files.readString(org.qdl.corpus.Corpus.directory().resolve("btec-nationals-retake.qdl"))
                .replace("at most 1 resit per unit", "at most 2 resits per unit");
        Path spec = dir.resolve("two-resits.qdl");
        Files.writeString(spec, source);
        Qualification q = org.qdl.check.Frontend.compile(spec, "two-resits.qdl").qualification().orElseThrow();
        HandbookEmitter.render(q, dir.resolve("page"), Optional.empty());
        driver.get(dir.resolve("page/checker.html").toUri() + "#U1=achieved&result:U1=U&date:U1=2025-01-10"
                + "&U2=achieved&result:U2=Merit&U3=achieved&result:U3=Merit&U4=achieved&result:U4=Merit");
        assertThat(driver.findElements(By.cssSelector("select[data-resit-of='U1']"))).hasSize(2);
        // set as a person would: the first resit (another U), then the second (a Distinction), each with its date
        new Select(driver.findElement(By.cssSelector("select[data-resit-of='U1'][data-resit='1']")))
                .selectByValue("U");
        type(driver.findElement(By.cssSelector("input[data-resit-date-of='U1'][data-resit='1']")), "2025-03-01");
        new Select(driver.findElement(By.cssSelector("select[data-resit-of='U1'][data-resit='2']")))
                .selectByValue("Distinction");
        type(driver.findElement(By.cssSelector("input[data-resit-date-of='U1'][data-resit='2']")), "2025-05-01");
        WebElement answer = driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"));
        assertThat(answer.getDomAttribute("data-achieved")).isEqualTo("true");
        WebElement third = answer.findElement(By.cssSelector("ul.timing li[data-unit='U1'][data-attempt='3']"));
        assertThat(third.getDomAttribute("data-used")).isEqualTo("true");
        assertThat(third.getText()).isEqualTo("attempt 3 at U1 (2025-05-01, Distinction) counts as Pass: a resit is "
                + "capped at Pass");
        String url = driver.getCurrentUrl();
        assertThat(url).contains("resit%3AU1=U").contains("resit2%3AU1=Distinction")
                .contains("resit2-date%3AU1=2025-05-01");
        screenshot("two-resits");

        // the address brings the page back as it was left
        driver.get("about:blank");
        driver.get(url);
        assertThat(driver.findElement(By.cssSelector("select[data-resit-of='U1'][data-resit='2']"))
                .getAttribute("value")).isEqualTo("Distinction");
        assertThat(driver.findElement(By.cssSelector("#verdict section[data-answer='achieved']"))
                .getDomAttribute("data-achieved")).isEqualTo("true");
        assertThat(consoleProblems()).isEmpty();
    }

    /** Types a value into a text control and leaves it, as a person would (its change event fires). */
    private static void type(WebElement input, String value) {
        input.clear();
        input.sendKeys(value, Keys.TAB);
    }
}
