package org.qdl.lsp;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.Comment;
import org.qdl.syntax.tree.Num;
import org.qdl.syntax.tree.Prose;
import org.qdl.syntax.tree.Text;
import org.qdl.syntax.tree.Condition;
import org.qdl.syntax.tree.GradingBlock;
import org.qdl.syntax.tree.GroupDecl;
import org.qdl.syntax.tree.Import;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.Node;
import org.qdl.syntax.tree.QualificationDecl;
import org.qdl.syntax.tree.RuleNode;
import org.qdl.syntax.tree.ScaleDecl;
import org.qdl.syntax.tree.SpecFile;
import org.qdl.syntax.tree.UnitEntry;

/**
 * Every name in a tree that an editor can navigate: declarations and references of units, groups, scales, scale
 * labels and rules, and imports. The tree is walked through its record components, so that a new kind of node
 * is walked without a change here; what a name means is decided by the node and component that hold it.
 */
final class Occurrences {
    private Occurrences() {
    }

    static List<Occurrence> of(SpecFile file) {
        List<Occurrence> out = new ArrayList<>();
        walk(file, out);
        return out;
    }

    private static void walk(Object value, List<Occurrence> out) {
        if (value instanceof Text || value instanceof Prose || value instanceof Comment || value instanceof Num) {
            return;   // prose and numbers name nothing, and prose is most of a spec
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> walk(v, out));
        } else if (value instanceof Import i) {
            out.add(new Occurrence(Occurrence.Kind.IMPORT, i.path().value(), i.path().span(), false));
        } else if (value instanceof Node node && node.getClass().isRecord()) {
            for (Component c : COMPONENTS.get(node.getClass())) {
                Object child = c.of(node);
                Optional<Role> role = role(node, c.name());
                if (role.isPresent()) {
                    names(child, role.get(), out);
                } else if (!(child instanceof Name)) {
                    walk(child, out);
                }
            }
        }
    }

    private record Role(Occurrence.Kind kind, boolean declaration) {
    }

    /** What the names in a node's component are, if they are something an editor navigates. */
    private static Optional<Role> role(Node node, String component) {
        Occurrence.Kind kind = null;
        boolean decl = false;
        if (node instanceof UnitEntry.UnitDecl && component.equals("ref")) {
            kind = Occurrence.Kind.UNIT;
            decl = true;
        } else if (node instanceof UnitEntry.UnitRef && component.equals("ref")) {
            kind = Occurrence.Kind.UNIT;
        } else if (node instanceof GroupDecl && component.equals("name")) {
            kind = Occurrence.Kind.GROUP;
            decl = true;
        } else if (node instanceof ScaleDecl && component.equals("name")) {
            kind = Occurrence.Kind.SCALE;
            decl = true;
        } else if (node instanceof ScaleDecl.Label && component.equals("name")) {
            kind = Occurrence.Kind.LABEL;
            decl = true;
        } else if (node instanceof QualificationDecl && component.equals("name")) {
            kind = Occurrence.Kind.QUALIFICATION;
            decl = true;
        } else if (node instanceof RuleNode && component.equals("label")) {
            kind = Occurrence.Kind.RULE;
            decl = true;
        } else if (node instanceof Attribute.ScaleRef && component.equals("scale")) {
            kind = Occurrence.Kind.SCALE;
        } else if (component.equals("units")) {
            kind = Occurrence.Kind.UNIT;
        } else if (component.equals("groups")) {
            kind = Occurrence.Kind.GROUP;
        } else if (node instanceof Condition.LabelBound && component.equals("label")
                || node instanceof ScaleDecl.Default && component.equals("label")
                || node instanceof ScaleDecl.Achieved && component.equals("labels")
                || (node instanceof GradingBlock.GradeWhen || node instanceof GradingBlock.Threshold
                        || node instanceof GradingBlock.PointsEntry || node instanceof Attribute.UnitGrade)
                        && component.equals("grade")) {
            kind = Occurrence.Kind.LABEL;
        }
        return kind == null ? Optional.empty() : Optional.of(new Role(kind, decl));
    }

    private static void names(Object value, Role role, List<Occurrence> out) {
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> names(v, role, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> names(v, role, out));
        } else if (value instanceof Name n) {
            out.add(new Occurrence(role.kind(), n.text(), n.span(), role.declaration()));
        }
    }

    /** A record component's name and accessor, looked up once per class: reflection on every node is slow. */
    private record Component(String name, MethodHandle accessor) {
        Object of(Node node) {
            try {
                return accessor.invoke(node);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name + " of " + node.getClass(), e);
            }
        }
    }

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    out.add(new Component(c.getName(), MethodHandles.publicLookup().unreflect(c.getAccessor())));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + type, e);
                }
            }
            return List.copyOf(out);
        }
    };
}
