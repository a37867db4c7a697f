package org.qdl.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.Span;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.Decl;
import org.qdl.syntax.tree.ErrorNode;
import org.qdl.syntax.tree.FrameworkDecl;
import org.qdl.syntax.tree.GroupDecl;
import org.qdl.syntax.tree.GroupMember;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.QualificationDecl;
import org.qdl.syntax.tree.QualificationMember;
import org.qdl.syntax.tree.ScaleDecl;
import org.qdl.syntax.tree.SpecFile;
import org.qdl.syntax.tree.UnitEntry;

/**
 * Every unit, group, scale and framework the spec and its imports declare, by name, with duplicates reported.
 * Also which of them belong to the main file (and so to its qualification).
 */
final class Declarations {
    final Map<String, UnitEntry.UnitDecl> units = new LinkedHashMap<>();
    final Map<String, GroupDecl> groups = new LinkedHashMap<>();
    final Map<String, ScaleDecl> scales = new LinkedHashMap<>();
    final Map<String, FrameworkDecl> frameworks = new LinkedHashMap<>();
    /** Units declared (or referred to) in the main file, in order. */
    final Set<String> mainUnits = new LinkedHashSet<>();
    /** Groups declared in the main file, in order. */
    final Set<String> mainGroups = new LinkedHashSet<>();
    /** Bare `unit X` references in the qualification body: units it includes from imports. */
    final List<UnitEntry.UnitRef> qualificationUnitRefs = new ArrayList<>();
    Optional<QualificationDecl> qualification = Optional.empty();
    /** The files imported (by their names as messages show them), for a group of a library's units. */
    final Set<String> importedFiles = new LinkedHashSet<>();
    /** Scales whose declaration has a syntax error in it. */
    final Set<String> brokenScales = new LinkedHashSet<>();

    private final Diagnostics out;

    Declarations(List<SpecFile> files, Diagnostics out) {
        this.out = out;
        for (int i = 0; i < files.size(); i++) {
            SpecFile file = files.get(i);
            boolean main = i == 0;
            if (!main) {
                importedFiles.add(file.source().path());
            }
            if (file.declarations().isEmpty() && file.imports().isEmpty()) {
                empty(file);
            }
            for (Decl d : file.declarations()) {
                topLevel(d, main);
            }
        }
    }

    /**
     * A file that declares nothing is an error rather than an empty library: the likely causes are the wrong
     * file, a file not yet saved or one cut to nothing, and a check that passes silently would hide them.
     */
    private void empty(SpecFile file) {
        boolean blank = file.comments().isEmpty();
        Span where = blank ? Span.at(file.source(), 0) : file.comments().get(0).span();
        out.add(Diagnostic.of(Code.Q0010, where, "`" + file.source().path() + "` "
                + (blank ? "is empty" : "has only comments") + ": it declares nothing")
                .withLabel(blank ? "" : "nothing but comments")
                .withHelp("a spec declares a `qualification`, or units, groups and scales for other specs to import"));
    }

    private void topLevel(Decl d, boolean main) {
        if (d instanceof QualificationDecl q) {
            if (!main) {
                out.add(Diagnostic.of(Code.Q0116, q.name().span(), "imported files may not declare a qualification; `"
                        + q.name().text() + "` is declared in an imported file")
                        .withLabel("declared here")
                        .withHelp("keep units, groups and scales in shared files, and the qualification in its own"));
            } else if (qualification.isPresent()) {
                out.add(Diagnostic.of(Code.Q0116, q.name().span(), "a file declares one qualification; `"
                        + q.name().text() + "` is a second one")
                        .withLabel("second qualification")
                        .withNote(qualification.get().name().span(), "the first is declared here")
                        .withHelp("put each qualification in its own file"));
            } else {
                qualification = Optional.of(q);
                for (QualificationMember m : q.members()) {
                    if (m instanceof UnitEntry.UnitDecl u) {
                        unit(u, main);
                    } else if (m instanceof UnitEntry.UnitRef r) {
                        qualificationUnitRefs.add(r);
                    } else if (m instanceof GroupDecl g) {
                        group(g, main);
                    } else if (m instanceof ScaleDecl s) {
                        scale(s);
                    }
                }
            }
        } else if (d instanceof UnitEntry.UnitDecl u) {
            unit(u, main);
        } else if (d instanceof UnitEntry.UnitRef r) {
            out.add(Diagnostic.of(Code.Q0115, r.span(), "`" + r.kind().word() + " " + r.ref().text()
                    + "` declares nothing: a " + r.kind().word() + " declared outside a group needs a title")
                    .withLabel("no title")
                    .withHelp("write `" + r.kind().word() + " " + r.ref().text() + " \"Title\" { ... }`"));
        } else if (d instanceof GroupDecl g) {
            group(g, main);
        } else if (d instanceof ScaleDecl s) {
            scale(s);
        } else if (d instanceof FrameworkDecl f) {
            framework(f);
        }
    }

    private void unit(UnitEntry.UnitDecl u, boolean main) {
        String ref = u.ref().text();
        UnitEntry.UnitDecl first = units.get(ref);
        if (first != null) {
            duplicate(Code.Q0101, "unit `" + ref + "`", first.ref(), u.ref(),
                    "declare a unit once and refer to it elsewhere with `units " + ref + "`");
            return;
        }
        units.put(ref, u);
        if (main) {
            mainUnits.add(ref);
        }
    }

    private void group(GroupDecl g, boolean main) {
        String name = g.name().text();
        GroupDecl first = groups.get(name);
        if (first != null) {
            duplicate(Code.Q0103, "group `" + name + "`", first.name(), g.name(), "give each group its own name");
        } else {
            groups.put(name, g);
            if (main) {
                mainGroups.add(name);
            }
        }
        for (GroupMember m : g.members()) {
            if (m instanceof UnitEntry.UnitDecl u) {
                unit(u, main);
            }
        }
    }

    private void scale(ScaleDecl s) {
        String name = s.name().text();
        if (s.members().stream().anyMatch(m -> m instanceof ErrorNode)) {
            // its labels are not all known: it is left undeclared, and what refers to it is not checked
            brokenScales.add(name);
            return;
        }
        ScaleDecl first = scales.get(name);
        if (first != null) {
            duplicate(Code.Q0112, "scale `" + name + "`", first.name(), s.name(), "give each scale its own name");
            return;
        }
        scales.put(name, s);
    }

    private void framework(FrameworkDecl f) {
        String name = f.name().text();
        Span span = f.name().span();
        if (Frameworks.BUILT_IN.containsKey(name)) {
            out.add(Diagnostic.of(Code.Q0112, span, "`" + name + "` is a framework QDL already knows")
                    .withLabel("built in")
                    .withHelp("give your own level set another name"));
            return;
        }
        FrameworkDecl first = frameworks.get(name);
        if (first != null) {
            duplicate(Code.Q0112, "framework `" + name + "`", first.name(), f.name(), "give each framework its own name");
            return;
        }
        frameworks.put(name, f);
    }

    /**
     * A name declared twice. In one file the second declaration is the mistake; across files the one in the
     * importing file is reported (files are read importer first), where the author is likely at work.
     */
    void duplicate(Code code, String what, Name first, Name again, String help) {
        if (first.span().file() != again.span().file()) {
            out.add(Diagnostic.of(code, first.span(), what + " is also declared in `" + again.span().file().path()
                    + "`").withLabel("declared here").withNote(again.span(), "and declared here").withHelp(help));
        } else {
            out.add(Diagnostic.of(code, again.span(), what + " is declared twice").withLabel("declared again here")
                    .withNote(first.span(), "first declared here").withHelp(help));
        }
    }

    /** The title of a unit: the one in its header. */
    static String title(UnitEntry.UnitDecl u) {
        return u.title().value();
    }

    /** Single-valued attributes a block gives more than once. */
    static boolean isSingle(Attribute a) {
        return a instanceof Attribute.Title || a instanceof Attribute.AwardingBody || a instanceof Attribute.Framework
                || a instanceof Attribute.Level || a instanceof Attribute.Size || a instanceof Attribute.Quantity
                || a instanceof Attribute.ScaleRef || a instanceof Attribute.AchievedWhen || a instanceof Attribute.LeadIn;
    }
}
