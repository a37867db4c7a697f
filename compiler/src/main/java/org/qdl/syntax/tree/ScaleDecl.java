package org.qdl.syntax.tree;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/** `scale NAME "Title" { N < L < S < H  default N  achieved S or above }`. */
public record ScaleDecl(Name name, Optional<Text> title, List<Member> members, Span span)
        implements Decl, QualificationMember {

    public ScaleDecl {
        members = List.copyOf(members);
    }

    public sealed interface Member extends Node permits Labels, Default, Achieved, Marks, ErrorNode {
    }

    /** The ordered labels, lowest first. */
    public record Labels(List<Label> labels, Span span) implements Member {
        public Labels {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A label, its description, the other spellings ({@code also}) a centre's records may use for it, and on a scale
     * of marks the least mark that gives it ({@code from}, a percentage of the marks when {@code percent}).
     */
    public record Label(Name name, Optional<Text> description, List<Name> aliases, Span span, Optional<Num> from,
            boolean percent) implements Node {
        public Label {
            aliases = List.copyOf(aliases);
        }

        public Label(Name name, Optional<Text> description, List<Name> aliases, Span span) {
            this(name, description, aliases, span, Optional.empty(), false);
        }
    }

    /** `marks 45`: a result is a mark from 0 to 45 (or a percentage), graded by the labels' thresholds. */
    public record Marks(Num max, Span span) implements Member {
    }

    /** `default N`: the label of anything not rated. */
    public record Default(Name label, Span span) implements Member {
    }

    /**
     * `achieved S, H` or `achieved S or above`: the labels that count as achieved; with {@code recorded},
     * `recorded U or above`: the labels at which a unit counts in a combination though only achieved ones pass.
     */
    public record Achieved(List<Name> labels, boolean orAbove, Span span, boolean recorded) implements Member {
        public Achieved {
            labels = List.copyOf(labels);
        }

        public Achieved(List<Name> labels, boolean orAbove, Span span) {
            this(labels, orAbove, span, false);
        }
    }
}
