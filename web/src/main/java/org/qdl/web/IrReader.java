package org.qdl.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.qdl.runtime.ir.IrComparison;
import org.qdl.runtime.ir.IrCondition;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrFormat;
import org.qdl.runtime.ir.IrGradeRule;
import org.qdl.runtime.ir.IrGrading;
import org.qdl.runtime.ir.IrGroup;
import org.qdl.runtime.ir.IrLevel;
import org.qdl.runtime.ir.IrPathway;
import org.qdl.runtime.ir.IrQualification;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrSource;
import org.qdl.runtime.ir.IrUnit;

/**
 * Builds the runtime's {@link IrDocument} records from a parsed IR, field for field as {@code IrJson} reads them
 * (Jackson is not in the browser). The IR it reads is the one `qdl handbook` wrote into the page from a spec it
 * had just checked, so it checks only what would make a wrong engine silently: the format and its major version.
 */
public final class IrReader {
    private IrReader() {
    }

    public static IrDocument read(Tree t) {
        String format = string(t, "format");
        String version = string(t, "formatVersion");
        if (!IrDocument.FORMAT.equals(format)) {
            throw new IllegalArgumentException("not a QDL IR document (its \"format\" is not \"qdl-ir\")");
        }
        if (version == null || !(version.equals(String.valueOf(IrFormat.MAJOR))
                || version.startsWith(IrFormat.MAJOR + "."))) {
            throw new IllegalArgumentException("IR format version " + version + " cannot be read by this engine, "
                    + "which reads version " + IrFormat.MAJOR + ".x");
        }
        return new IrDocument(format, version,
                qualification(t.get("qualification")),
                list(t.get("scales"), IrReader::scale),
                list(t.get("units"), IrReader::unit),
                list(t.get("groups"), IrReader::group),
                list(t.get("rules"), IrReader::rule),
                list(t.get("equivalents"), e -> list(e, Tree::text)),
                list(t.get("pathways"), IrReader::pathway),
                grading(t.get("grading")),
                list(t.get("smaller"), s -> new org.qdl.runtime.ir.IrSmaller(string(s, "id"), string(s, "title"),
                        list(s.get("rules"), IrReader::rule), source(s.get("source")), grading(s.get("grading")))),
                list(t.get("requires"), IrReader::requisite), attempts(t.get("attempts")));
    }

    /** Since IR 2.4: a prerequisite qualification, or a co-requisite component at a level. */
    private static org.qdl.runtime.ir.IrRequisite requisite(Tree t) {
        return new org.qdl.runtime.ir.IrRequisite(string(t, "id"), string(t, "title"),
                enumOf(org.qdl.runtime.ir.IrRequisite.Kind.values(), string(t, "kind")), levelFilter(t.get("level")),
                list(t.get("levels"), IrReader::level), source(t.get("source")));
    }

    /** The rules on time and attempts (IR 2.4; the qualification's own dates since 2.5), or null. */
    private static org.qdl.runtime.ir.IrAttempts attempts(Tree t) {
        if (t == null) {
            return null;
        }
        Tree resits = t.get("resitsPerUnit");
        return new org.qdl.runtime.ir.IrAttempts(period(t.get("registrationValid")),
                resits == null ? null : Integer.valueOf(Integer.parseInt(resits.text())), period(t.get("resitWithin")),
                string(t, "resitCap"), bool(t, "noResitOnceAchieved"), source(t.get("source")),
                string(t, "registrationCloses"), string(t, "certificationEnds"));
    }

    private static org.qdl.runtime.ir.IrAttempts.IrPeriod period(Tree t) {
        return t == null ? null : new org.qdl.runtime.ir.IrAttempts.IrPeriod(integer(t, "count"),
                enumOf(org.qdl.runtime.ir.IrAttempts.IrPeriod.Unit.values(), string(t, "unit")));
    }

    private static IrQualification qualification(Tree t) {
        if (t == null) {
            return null;
        }
        return new IrQualification(string(t, "id"), string(t, "title"), string(t, "awardingBody"),
                list(t.get("identifiers"), i -> new IrQualification.IrIdentifier(string(i, "value"),
                        string(i, "caption"), bool(i, "regulator"))),
                string(t, "framework"), level(t.get("level")), source(t.get("source")));
    }

    private static IrScale scale(Tree t) {
        return new IrScale(string(t, "id"), string(t, "title"), strings(t, "labels"), string(t, "defaultLabel"),
                strings(t, "achieved"), aliases(t.get("aliases")), strings(t, "recorded"), number(t, "marks"),
                marks(t.get("from")));
    }

    /** A scale's least marks per label (IR 2.3); none in an earlier document. */
    private static Map<String, BigDecimal> marks(Tree t) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (t != null) {
            for (String label : t.names()) {
                out.put(label, new BigDecimal(t.get(label).text()));
            }
        }
        return out;
    }

    /** A scale's aliases (IR 2.1): per label, its other spellings; none in a 2.0 document. */
    private static Map<String, List<String>> aliases(Tree t) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (t != null) {
            for (String label : t.names()) {
                out.put(label, strings(t, label));
            }
        }
        return out;
    }

    private static IrUnit unit(Tree t) {
        return new IrUnit(string(t, "ref"), string(t, "kind"), string(t, "title"), level(t.get("level")),
                number(t, "credit"), number(t, "glh"), string(t, "gradingScale"), string(t, "criterionScale"),
                strings(t, "criteria"), condition(t.get("achievedWhen")), list(t.get("grades"), IrReader::gradeRule),
                strings(t, "gradeOrder"), source(t.get("source")), number(t, "tqt"));
    }

    private static IrGroup group(Tree t) {
        return new IrGroup(string(t, "id"), string(t, "title"), strings(t, "units"), strings(t, "memberGroups"),
                source(t.get("source")));
    }

    private static IrRule rule(Tree t) {
        Tree pool = t.get("pool");
        Tree scope = t.get("scope");
        Tree level = t.get("level");
        return new IrRule(string(t, "id"), string(t, "label"), string(t, "text"),
                enumOf(IrRule.Counting.values(), string(t, "counting")),
                scope == null ? null : new IrRule.IrScope(enumOf(IrRule.IrScope.Kind.values(), string(scope, "kind")),
                        strings(scope, "names")),
                pool == null ? null : list(pool, Tree::text),
                levelFilter(level),
                bounds(t.get("units")), bounds(t.get("credits")),
                list(t.get("including"), i -> new IrRule.IrInclusion(strings(i, "anyOf"), integer(i, "min"))),
                bool(t, "further"), source(t.get("source")), list(t.get("unitCredits"), v -> new BigDecimal(v.text())),
                bounds(t.get("glh")), bounds(t.get("tqt")), graded(t.get("graded")),
                enumOf(IrRule.Outcome.values(), string(t, "outcome")), levelFilter(t.get("gate")));
    }

    private static IrRule.IrGraded graded(Tree t) {
        return t == null ? null : new IrRule.IrGraded(string(t, "label"), enumOf(IrComparison.values(), string(t, "op")));
    }

    private static IrRule.IrBounds bounds(Tree t) {
        return t == null ? null : new IrRule.IrBounds(number(t, "min"), number(t, "max"));
    }

    private static IrPathway pathway(Tree t) {
        return new IrPathway(string(t, "id"), string(t, "title"), enumOf(IrPathway.Kind.values(), string(t, "kind")),
                list(t.get("rules"), IrReader::rule), source(t.get("source")));
    }

    private static IrGrading grading(Tree t) {
        if (t == null) {
            return null;
        }
        return new IrGrading(list(t.get("rules"), IrReader::gradeRule), points(t.get("points")),
                points(t.get("tariff")), bool(t, "gradeRequired"), selection(t.get("selection")));
    }

    private static IrGrading.IrSelection selection(Tree t) {
        return t == null ? null : new IrGrading.IrSelection(number(t, "best"), levelFilter(t.get("level")),
                number(t, "cap"), strings(t, "including"), string(t, "text"));
    }

    private static IrGrading.IrPoints points(Tree points) {
        return points == null ? null : new IrGrading.IrPoints(enumOf(IrGrading.IrPoints.Per.values(),
                string(points, "per")), list(points.get("rows"), IrReader::pointsRow));
    }

    private static IrGrading.IrPointsRow pointsRow(Tree t) {
        Tree rank = t.get("levelRank");
        return new IrGrading.IrPointsRow(rank == null ? null : Integer.valueOf(Integer.parseInt(rank.text())),
                number(t, "glh"), list(t.get("entries"), e -> new IrGrading.IrPointsEntry(string(e, "grade"),
                        number(e, "points"))));
    }

    private static IrGradeRule gradeRule(Tree t) {
        return new IrGradeRule(string(t, "grade"), condition(t.get("when")));
    }

    private static IrCondition condition(Tree t) {
        if (t == null) {
            return null;
        }
        return new IrCondition(string(t, "text"), list(t.get("all"), a -> new IrCondition.IrAtom(
                enumOf(IrCondition.Kind.values(), string(a, "kind")), string(a, "label"),
                enumOf(IrComparison.values(), string(a, "direction")), number(a, "count"), bool(a, "percent"),
                number(a, "points"), levelFilter(a.get("level")), a.get("pool") == null ? null : strings(a, "pool"),
                string(a, "unit"))));
    }

    private static IrRule.IrLevelFilter levelFilter(Tree level) {
        return level == null ? null : new IrRule.IrLevelFilter(enumOf(IrComparison.values(), string(level, "op")),
                integer(level, "rank"), string(level, "label"), bool(level, "ofQualification"));
    }

    private static IrLevel level(Tree t) {
        return t == null ? null : new IrLevel(string(t, "label"), integer(t, "rank"));
    }

    private static IrSource source(Tree t) {
        return t == null ? null : new IrSource(string(t, "file"), integer(t, "line"), integer(t, "column"));
    }

    // ------------------------------------------------------------------------------------------ values

    private static <T> List<T> list(Tree array, Function<Tree, T> element) {
        if (array == null) {
            return null;
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(element.apply(array.at(i)));
        }
        return out;
    }

    private static List<String> strings(Tree t, String name) {
        return list(t.get(name), Tree::text);
    }

    private static String string(Tree t, String name) {
        Tree v = t.get(name);
        return v == null ? null : v.text();
    }

    private static BigDecimal number(Tree t, String name) {
        Tree v = t.get(name);
        return v == null ? null : new BigDecimal(v.text());
    }

    private static int integer(Tree t, String name) {
        Tree v = t.get(name);
        return v == null ? 0 : Integer.parseInt(v.text());
    }

    private static boolean bool(Tree t, String name) {
        Tree v = t.get(name);
        return v != null && v.isTrue();
    }

    /** The IR writes enums in lower case; matched by name, without reflection (none in the browser). */
    private static <E extends Enum<E>> E enumOf(E[] values, String word) {
        if (word == null) {
            return null;
        }
        for (E e : values) {
            if (e.name().equalsIgnoreCase(word)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown IR word \"" + word + "\"");
    }
}
