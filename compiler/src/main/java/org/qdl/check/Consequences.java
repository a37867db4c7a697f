package org.qdl.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.tree.ErrorNode;
import org.qdl.syntax.tree.SpecFile;

/**
 * What follows from a syntax error is not reported again. The checker runs on trees with error nodes, and a
 * finding is left out when it is about text inside an error node (the syntax error there says what is wrong),
 * or when it says that a unit, group, scale or framework is not declared while broken text may have been its
 * declaration. Everything else is reported in the same run: independent mistakes are not held back.
 */
final class Consequences {
    /** Codes that say a name is not declared, with the kind of declaration that would have declared it. */
    private static final Map<Code, Set<ErrorNode.Declares>> UNDECLARED = Map.of(
            Code.Q0102, EnumSet.of(ErrorNode.Declares.UNIT),
            Code.Q0104, EnumSet.of(ErrorNode.Declares.GROUP),
            Code.Q0107, EnumSet.of(ErrorNode.Declares.SCALE),
            Code.Q0120, EnumSet.of(ErrorNode.Declares.FRAMEWORK),
            // a label no unit's scale has: the unit or its scale may be what broke
            Code.Q0108, EnumSet.of(ErrorNode.Declares.SCALE, ErrorNode.Declares.UNIT));

    private final List<ErrorNode> errors;
    private final Set<ErrorNode.Declares> brokenKinds = EnumSet.noneOf(ErrorNode.Declares.class);

    Consequences(List<SpecFile> files, Declarations decls) {
        this.errors = files.stream().flatMap(f -> ErrorNode.in(f).stream()).toList();
        errors.forEach(e -> brokenKinds.addAll(e.mayDeclare()));
        if (!decls.brokenScales.isEmpty()) {
            brokenKinds.add(ErrorNode.Declares.SCALE);
        }
    }

    /** True when the tree has no error nodes, so that every finding stands on its own. */
    boolean none() {
        return errors.isEmpty();
    }

    /**
     * The checker's findings without those that follow from an earlier error: from a syntax error, or from
     * the first use of a name that is not declared (a misspelt declaration would otherwise be reported at
     * every use; the first use is reported, with a note where it is used next).
     */
    List<Diagnostic> independent(List<Diagnostic> found) {
        List<Diagnostic> out = new ArrayList<>();
        Map<List<Object>, Integer> firstUse = new HashMap<>();
        Map<Integer, List<Diagnostic>> laterUses = new HashMap<>();
        for (Diagnostic d : found) {
            if (follows(d)) {
                continue;
            }
            if (!UNDECLARED.containsKey(d.code()) || d.code() == Code.Q0108) {
                out.add(d);
                continue;
            }
            List<Object> key = List.of(d.code(), d.span().file().text().substring(d.span().start(), d.span().end()));
            Integer first = firstUse.putIfAbsent(key, out.size());
            if (first == null) {
                out.add(d);
            } else {
                laterUses.computeIfAbsent(first, k -> new ArrayList<>()).add(d);
            }
        }
        laterUses.forEach((first, later) -> {
            int more = later.size() - 1;
            out.set(first, out.get(first).withNote(later.get(0).span(), more == 0 ? "used again here"
                    : "used again here, and " + more + (more == 1 ? " more time" : " more times")));
        });
        return out;
    }

    private boolean follows(Diagnostic d) {
        Set<ErrorNode.Declares> declaredBy = UNDECLARED.get(d.code());
        if (declaredBy != null && declaredBy.stream().anyMatch(brokenKinds::contains)) {
            return true;
        }
        return errors.stream().anyMatch(e -> e.span().file() == d.span().file()
                && e.span().start() <= d.span().start() && d.span().start() < Math.max(e.span().end(),
                        e.span().start() + 1));
    }
}
