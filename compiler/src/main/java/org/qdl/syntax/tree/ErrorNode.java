package org.qdl.syntax.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qdl.syntax.Span;

/**
 * Where the text is broken: the parser reported a syntax error here and went on, so that the rest of the file
 * still has a tree (Starlark's `$error$`, CEL's `ERROR`). One node stands for whatever the broken text was meant
 * to be: a declaration, a member of a block, a rule, a scale's labels or a line of grading.
 *
 * <p>It records which kinds of declaration the broken text may have held, so that the checker does not report
 * a name as undeclared when it is its declaration that broke.
 */
public record ErrorNode(Set<Declares> mayDeclare, Span span)
        implements Decl, Attribute, RuleNode, ScaleDecl.Member, GradingBlock.Item, AttemptsBlock.Item,
        GatewayBlock.Item {

    /** The kinds of named declaration that other parts of a spec refer to. */
    public enum Declares { UNIT, GROUP, SCALE, FRAMEWORK }

    public ErrorNode {
        mayDeclare = Set.copyOf(mayDeclare);
    }

    /** Not an attribute the author finished: messages never name it, since the syntax error already did. */
    @Override
    public String keyword() {
        return "";
    }

    @Override
    public Optional<Name> label() {
        return Optional.empty();
    }

    /** Every error node in a file's tree, in the order of the text. */
    public static List<ErrorNode> in(SpecFile file) {
        List<ErrorNode> out = new ArrayList<>();
        file.declarations().forEach(d -> collect(d, out));
        out.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
        return out;
    }

    private static void collect(Node node, List<ErrorNode> out) {
        if (node instanceof ErrorNode e) {
            out.add(e);
        } else if (node instanceof QualificationDecl q) {
            q.members().forEach(m -> collect(m, out));
        } else if (node instanceof GroupDecl g) {
            g.members().forEach(m -> collect(m, out));
        } else if (node instanceof UnitEntry.UnitDecl u) {
            u.attributes().forEach(a -> collect(a, out));
        } else if (node instanceof Attribute.Outcome o) {
            o.body().forEach(a -> collect(a, out));
        } else if (node instanceof Attribute.Criterion c) {
            c.body().forEach(a -> collect(a, out));
        } else if (node instanceof ScaleDecl s) {
            s.members().forEach(m -> collect(m, out));
        } else if (node instanceof RulesBlock r) {
            r.rules().forEach(m -> collect(m, out));
        } else if (node instanceof PathwayDecl p) {
            p.members().forEach(m -> collect(m, out));
        } else if (node instanceof GradingBlock g) {
            g.items().forEach(m -> collect(m, out));
        }
    }
}
