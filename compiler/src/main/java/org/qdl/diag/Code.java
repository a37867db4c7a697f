package org.qdl.diag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Every diagnostic QDL can give, with a stable code. The long explanation of each, shown by
 * `qdl explain CODE`, is the resource {@code explain/CODE.md} beside this class.
 */
public enum Code {
    // Reading and parsing
    Q0001(Severity.ERROR, "syntax error"),
    Q0002(Severity.ERROR, "unexpected character"),
    Q0003(Severity.ERROR, "unterminated string"),
    Q0004(Severity.ERROR, "unterminated comment"),
    Q0005(Severity.ERROR, "file too large"),
    Q0006(Severity.ERROR, "nesting too deep"),
    Q0007(Severity.ERROR, "too many errors"),
    Q0008(Severity.ERROR, "file cannot be read"),
    Q0009(Severity.ERROR, "not a text file"),
    Q0010(Severity.ERROR, "empty file"),
    Q0011(Severity.ERROR, "unbalanced braces"),

    // Declarations and references
    Q0101(Severity.ERROR, "duplicate unit reference"),
    Q0102(Severity.ERROR, "unknown unit"),
    Q0103(Severity.ERROR, "duplicate group name"),
    Q0104(Severity.ERROR, "unknown group"),
    Q0105(Severity.ERROR, "duplicate criterion, outcome or knowledge id"),
    Q0106(Severity.ERROR, "duplicate qualification identifier"),
    Q0107(Severity.ERROR, "unknown scale"),
    Q0108(Severity.ERROR, "label not in the scale"),
    Q0109(Severity.ERROR, "level outside the framework"),
    Q0110(Severity.ERROR, "import not found"),
    Q0111(Severity.WARNING, "import cycle"),
    Q0112(Severity.ERROR, "duplicate declaration"),
    Q0113(Severity.ERROR, "not allowed here"),
    Q0114(Severity.ERROR, "attribute given twice"),
    Q0115(Severity.ERROR, "missing required attribute"),
    Q0116(Severity.ERROR, "more than one qualification"),
    Q0117(Severity.ERROR, "duplicate rule label"),
    Q0118(Severity.ERROR, "group contains itself"),
    Q0119(Severity.ERROR, "invalid date"),
    Q0120(Severity.ERROR, "unknown framework"),
    Q0121(Severity.ERROR, "no qualification"),
    Q0122(Severity.ERROR, "qualification id cannot name a file"),
    Q0123(Severity.ERROR, "table row with the wrong number of cells"),
    Q0124(Severity.ERROR, "table without a header row first"),
    Q0125(Severity.ERROR, "lead-in to a list the unit does not have"),
    Q0126(Severity.ERROR, "sub-point with no bullet point above it"),
    Q0127(Severity.ERROR, "section number given twice"),
    Q0130(Severity.ERROR, "unit outside the points table"),
    Q0140(Severity.WARNING, "recorded labels add nothing"),
    Q0141(Severity.WARNING, "rule about passing no unit can fail"),
    Q0142(Severity.WARNING, "units counted without a pass and no limit"),
    Q0143(Severity.ERROR, "mark threshold missing or without marks"),
    Q0144(Severity.ERROR, "mark thresholds out of order or range"),
    Q0145(Severity.ERROR, "best credits without points per credit"),
    Q0146(Severity.ERROR, "best credits graded by something other than points"),
    Q0150(Severity.ERROR, "alias reads as another label"),
    Q0151(Severity.WARNING, "alias repeats its label"),
    Q0160(Severity.ERROR, "unknown length of time"),
    Q0161(Severity.ERROR, "period or number of resits out of range"),
    Q0162(Severity.WARNING, "rule on resits where no resit is allowed"),
    Q0163(Severity.ERROR, "unknown wording of a date in the attempts block"),
    Q0164(Severity.ERROR, "registration closes on or after certification ends"),
    Q0165(Severity.WARNING, "the header's date and the attempts block's differ"),
    Q0170(Severity.ERROR, "gate counts the units it gates"),
    Q0171(Severity.ERROR, "gate without a minimum"),
    Q0172(Severity.ERROR, "level on a required qualification"),
    Q0173(Severity.ERROR, "required name clashes"),
    Q0174(Severity.ERROR, "grading outside a smaller qualification"),
    Q0175(Severity.WARNING, "gateway with no items"),
    Q0176(Severity.ERROR, "gateway declared twice"),

    // Values
    Q0201(Severity.ERROR, "non-positive credit, GLH or TQT"),
    Q0202(Severity.ERROR, "GLH above TQT"),
    Q0203(Severity.WARNING, "credit is not TQT / 10"),
    Q0204(Severity.ERROR, "group credit total differs from its units"),
    Q0205(Severity.WARNING, "size word inconsistent with TQT or credit"),
    Q0206(Severity.ERROR, "range runs backwards"),
    Q0207(Severity.WARNING, "malformed regulator number"),
    Q0208(Severity.ERROR, "unit without credit in a credit rule"),
    Q0209(Severity.ERROR, "unit without level in a level rule"),
    Q0210(Severity.ERROR, "scale without labels"),
    Q0211(Severity.ERROR, "duplicate scale label"),
    Q0212(Severity.ERROR, "criteria rule without criteria or scale"),
    Q0213(Severity.ERROR, "grading table inconsistent"),
    Q0214(Severity.ERROR, "number must be whole"),
    Q0215(Severity.ERROR, "grade rule without a scale"),
    Q0216(Severity.ERROR, "barred or equivalent with one unit"),
    Q0217(Severity.ERROR, "number out of range"),
    Q0220(Severity.WARNING, "grading can leave an achieved learner without a grade"),
    Q0221(Severity.ERROR, "`otherwise not achieved` without grades"),
    Q0222(Severity.WARNING, "`otherwise not achieved` can never apply"),
    Q0223(Severity.ERROR, "points from each of several groups"),
    Q0226(Severity.ERROR, "unit without hours in an hours rule"),
    Q0230(Severity.ERROR, "grade table leaves out combinations"),
    Q0231(Severity.ERROR, "grade table row of the wrong length"),
    Q0232(Severity.ERROR, "grade table row given twice"),
    Q0233(Severity.ERROR, "unit without grades in a grade condition"),
    Q0235(Severity.ERROR, "graded credits impossible"),

    // Structure
    Q0301(Severity.ERROR, "group has too few units"),
    Q0302(Severity.ERROR, "minimum above maximum"),
    Q0303(Severity.ERROR, "too few credits available"),
    Q0304(Severity.ERROR, "level requirement unreachable"),
    Q0305(Severity.ERROR, "barred units make a requirement impossible"),
    Q0306(Severity.ERROR, "rule over an empty group"),
    Q0307(Severity.ERROR, "structure cannot be achieved"),
    Q0308(Severity.ERROR, "pathway cannot be achieved"),
    Q0309(Severity.WARNING, "unit in two groups"),
    Q0310(Severity.WARNING, "unit no rule can count"),
    Q0311(Severity.WARNING, "qualification without rules"),
    Q0312(Severity.ERROR, "included unit outside the rule's groups"),
    Q0313(Severity.WARNING, "equivalent units differ"),
    Q0314(Severity.ERROR, "grading without points"),
    Q0315(Severity.WARNING, "structure not proved within the search budget"),
    Q0316(Severity.ERROR, "smaller qualification cannot be achieved"),
    Q0317(Severity.WARNING, "structure not proved: grades at or below a label"),
    Q0320(Severity.ERROR, "library of a group not imported"),
    Q0321(Severity.WARNING, "group takes no unit from its library");

    private final Severity severity;
    private final String summary;

    Code(Severity severity, String summary) {
        this.severity = severity;
        this.summary = summary;
    }

    public Severity severity() {
        return severity;
    }

    public String summary() {
        return summary;
    }

    /** The long explanation, as Markdown-ish plain text. */
    public String explanation() {
        try (InputStream in = Code.class.getResourceAsStream("explain/" + name() + ".md")) {
            if (in == null) {
                return summary;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return summary;
        }
    }

    /** Accepts `Q0102`, `q0102` or `0102`. */
    public static Optional<Code> parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!t.startsWith("Q")) {
            t = "Q" + t;
        }
        try {
            return Optional.of(Code.valueOf(t));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
