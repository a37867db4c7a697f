package org.qdl.cli.spectest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.DidYouMean;
import org.qdl.runtime.candidate.Achievement;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a spec's test file (YAML, see docs/EDITOR.md). The YAML is composed, not constructed, so that every value
 * keeps the text the author wrote (a unit `46` stays `46`, a criterion `1.10` stays `1.10`) and its position for
 * messages. Every key is known or reported: nothing an author wrote is silently ignored.
 */
public final class TestFileReader {
    /** Test files are small; a larger one is a mistake (a data file named by accident). */
    static final long MAX_BYTES = 4L << 20;

    private static final List<String> TOP = List.of("spec", "cases");
    private static final List<String> CASE = List.of("name", "learner", "registered", "on", "units", "expect");
    private static final List<String> UNIT = List.of("unit", "result", "criteria", "status", "date", "attempt");

    private final String display;

    private TestFileReader(String display) {
        this.display = display;
    }

    /** The test file, or the first problem that stops it from running. */
    public record Read(Optional<TestFile> file, Optional<TestFileProblem> problem) {
    }

    public static Read read(Path file, String display) {
        TestFileReader reader = new TestFileReader(display);
        try {
            return new Read(Optional.of(reader.parse(file)), Optional.empty());
        } catch (Bad e) {
            return new Read(Optional.empty(), Optional.of(e.problem));
        }
    }

    private static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final transient TestFileProblem problem;

        Bad(TestFileProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private Bad bad(Node at, String message) {
        Mark m = at.getStartMark();
        return new Bad(new TestFileProblem(display, m.getLine() + 1, m.getColumn() + 1, message));
    }

    private TestFile parse(Path file) throws Bad {
        String text = text(file);
        Node root;
        try {
            // duplicate keys are found by this reader, with their place, not by SnakeYAML
            root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String why = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new Bad(new TestFileProblem(display, m == null ? 1 : m.getLine() + 1,
                    m == null ? 1 : m.getColumn() + 1, "this is not valid YAML: " + why));
        } catch (YAMLException e) {
            throw new Bad(new TestFileProblem(display, 1, 1, "this is not valid YAML: " + e.getMessage()));
        }
        if (root == null) {
            throw new Bad(new TestFileProblem(display, 1, 1,
                    "the test file is empty; it needs `spec:` (the spec it tests) and `cases:`"));
        }
        Map<String, Node> top = mapping(root, TOP, "the test file");
        Node specNode = required(top, "spec", root, "the test file");
        String spec = scalar(specNode, "`spec`");
        Path specPath = file.toAbsolutePath().getParent().resolve(spec).normalize();
        Path shown = Path.of(display).getParent();
        String specDisplay = (shown == null ? Path.of(spec) : shown.resolve(spec)).normalize().toString();
        if (!Files.isRegularFile(specPath)) {
            throw bad(specNode, "cannot find spec `" + specDisplay + "`: no such file (`spec` is relative to "
                    + "the test file's folder)");
        }
        Node casesNode = required(top, "cases", root, "the test file");
        if (!(casesNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw bad(casesNode, "`cases` must be a list of cases, each starting `- name: ...`");
        }
        List<TestCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node c : seq.getValue()) {
            TestCase tc = testCase(c);
            if (!names.add(tc.name())) {
                throw bad(c, "two cases are named `" + tc.name() + "`; give each case its own name");
            }
            cases.add(tc);
        }
        return new TestFile(display, specPath, specDisplay, cases);
    }

    private String text(Path file) throws Bad {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Bad(new TestFileProblem(display, 1, 1, "the test file is larger than 4 MB"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Bad(new TestFileProblem(display, 1, 1, "the test file is not UTF-8 text"));
        } catch (IOException e) {
            throw new Bad(new TestFileProblem(display, 1, 1, "cannot read the test file: " + e.getMessage()));
        }
    }

    private TestCase testCase(Node node) throws Bad {
        Map<String, Node> fields = mapping(node, CASE, "a case");
        String name = scalar(required(fields, "name", node, "a case"), "a case's `name`");
        String learner = fields.containsKey("learner") ? scalar(fields.get("learner"), "`learner`") : name;
        List<Achievement> units = new ArrayList<>();
        Node unitsNode = required(fields, "units", node, "case `" + name + "`");
        if (!(unitsNode instanceof SequenceNode list)) {
            throw bad(unitsNode, "`units` must be a list: `[4427-450, 4427-551]`, or one unit per line "
                    + "starting `- `; `[]` for none");
        }
        for (Node u : list.getValue()) {
            units.add(unit(u));
        }
        Node expectNode = required(fields, "expect", node, "case `" + name + "`");
        Map<String, Node> expect = mapping(expectNode, Fact.keys(), "`expect`");
        if (expect.isEmpty()) {
            throw bad(expectNode, "`expect` states nothing; say at least `achieved: true` or `achieved: false`");
        }
        List<Expectation> expectations = new ArrayList<>();
        for (Map.Entry<String, Node> e : expect.entrySet()) {
            Fact fact = Fact.byKey(e.getKey()).orElseThrow();
            expectations.add(new Expectation(fact, expected(fact, e.getValue())));
        }
        String registered = date(fields, "registered");
        String on = date(fields, "on");
        return new TestCase(name, node.getStartMark().getLine() + 1, learner, units, expectations, registered, on);
    }

    /** A case's date field (`registered`, `on`), an ISO date, or null when not given. */
    private String date(Map<String, Node> fields, String key) throws Bad {
        if (!fields.containsKey(key)) {
            return null;
        }
        String v = scalar(fields.get(key), "`" + key + "`");
        if (org.qdl.runtime.text.Days.of(v) == org.qdl.runtime.text.Days.NONE) {
            throw bad(fields.get(key), "`" + key + "` must be a date written yyyy-mm-dd, not `" + v + "`");
        }
        return v;
    }

    private Achievement unit(Node node) throws Bad {
        if (node instanceof ScalarNode) {
            return Achievement.of(scalar(node, "a unit"));
        }
        Map<String, Node> f = mapping(node, UNIT, "a unit");
        String ref = scalar(required(f, "unit", node, "a unit"), "`unit`");
        Map<String, String> criteria = new LinkedHashMap<>();
        if (f.containsKey("criteria")) {
            Node c = f.get("criteria");
            if (!(c instanceof MappingNode m)) {
                throw bad(c, "`criteria` must map each criterion to its rating: `{1.1: S, 1.2: H}`");
            }
            for (NodeTuple t : m.getValue()) {
                String criterion = scalar(t.getKeyNode(), "a criterion");
                if (criteria.put(criterion, scalar(t.getValueNode(), "a rating")) != null) {
                    throw bad(t.getKeyNode(), "criterion `" + criterion + "` is rated twice for unit `" + ref + "`");
                }
            }
        }
        int attempt = 0;
        if (f.containsKey("attempt")) {
            String v = scalar(f.get("attempt"), "`attempt`");
            if (!v.matches("[1-9][0-9]{0,5}")) {
                throw bad(f.get("attempt"), "`attempt` must be a whole number from 1 (the first sitting), not `" + v + "`");
            }
            attempt = Integer.parseInt(v);
        }
        return new Achievement(ref, optional(f, "result"), criteria, optional(f, "date"), optional(f, "status"), 0,
                attempt);
    }

    private Optional<String> optional(Map<String, Node> fields, String key) throws Bad {
        return fields.containsKey(key) ? Optional.of(scalar(fields.get(key), "`" + key + "`")) : Optional.empty();
    }

    private String expected(Fact fact, Node node) throws Bad {
        switch (fact) {
            case ACHIEVED -> {
                String v = scalar(node, "`achieved`");
                if (!v.equals("true") && !v.equals("false")) {
                    throw bad(node, "`achieved` must be " + fact.expects() + ", not `" + v + "`");
                }
                return v;
            }
            case GRADE -> {
                if (isNull(node)) {
                    return Fact.NONE;
                }
                return scalar(node, "`grade`");
            }
            case SMALLER, SMALLER_GRADE -> {
                if (isNull(node)) {
                    return Fact.NONE;
                }
                return scalar(node, "`" + fact.key() + "`");
            }
            case UNITS_NEEDED -> {
                String v = scalar(node, "`unitsNeeded`");
                if (!v.matches("\\d{1,6}")) {
                    throw bad(node, "`unitsNeeded` must be " + fact.expects() + ", not `" + v + "`");
                }
                return Integer.toString(Integer.parseInt(v));
            }
            case TARIFF -> {
                if (isNull(node)) {
                    return Fact.NONE;
                }
                String v = scalar(node, "`tariff`");
                try {
                    java.math.BigDecimal n = new java.math.BigDecimal(v).stripTrailingZeros();
                    return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
                } catch (NumberFormatException e) {
                    throw bad(node, "`tariff` must be " + fact.expects() + ", not `" + v + "`");
                }
            }
            case PROFILE, GRADED, ATTEMPTS -> {
                boolean profile = fact == Fact.PROFILE;
                if (!(node instanceof MappingNode map)) {
                    throw bad(node, "`" + fact.key() + "` must be " + fact.expects());
                }
                List<String> values = new ArrayList<>();
                for (NodeTuple t : map.getValue()) {
                    String key = scalar(t.getKeyNode(), profile ? "a grade of `profile`" : "a unit of `" + fact.key() + "`");
                    String at = profile ? "the credits at grade `" + key + "`" : "the credits graded of `" + key + "`";
                    String v = scalar(t.getValueNode(), at);
                    try {
                        values.add(key + " " + Observed.plain(new java.math.BigDecimal(v)));
                    } catch (NumberFormatException e) {
                        throw bad(t.getValueNode(), at + " must be a number, not `" + v + "`");
                    }
                }
                return Fact.list(values);
            }
            case SHORTFALLS, ENDORSEMENTS, PROBLEMS, CLOSED, OPTIONS -> {
                if (!(node instanceof SequenceNode seq)) {
                    throw bad(node, "`" + fact.key() + "` must be " + fact.expects() + "; `[]` for none");
                }
                List<String> values = new ArrayList<>();
                for (Node v : seq.getValue()) {
                    values.add(scalar(v, "an item of `" + fact.key() + "`"));
                }
                return Fact.list(values);
            }
        }
        throw new IllegalStateException("unreachable: " + fact);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private String scalar(Node node, String what) throws Bad {
        if (!(node instanceof ScalarNode s) || isNull(node)) {
            throw bad(node, what + " must be a single value, written as text");
        }
        if (s.getValue().isBlank()) {
            throw bad(node, what + " is empty");
        }
        return s.getValue().strip();
    }

    private Node required(Map<String, Node> fields, String key, Node owner, String what) throws Bad {
        Node n = fields.get(key);
        if (n == null) {
            throw bad(owner, what + " has no `" + key + "`");
        }
        return n;
    }

    /** A mapping's fields by key, in order; a key not in {@code known} is an error, with a guess. */
    private Map<String, Node> mapping(Node node, List<String> known, String what) throws Bad {
        if (!(node instanceof MappingNode m)) {
            throw bad(node, what + " must be a set of `key: value` lines (" + String.join(", ", known) + ")");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!known.contains(key)) {
                String guess = DidYouMean.suggest(key, known).map(k -> "; did you mean `" + k + "`?")
                        .orElse("; " + what + " may have " + String.join(", ", known));
                throw bad(t.getKeyNode(), "unknown key `" + key + "` in " + what + guess);
            }
            if (fields.put(key, t.getValueNode()) != null) {
                throw bad(t.getKeyNode(), "`" + key + "` is given twice in " + what);
            }
        }
        return fields;
    }
}
