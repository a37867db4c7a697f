package org.qdl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Level;
import org.qdl.model.Rule;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.GroupDecl;
import org.qdl.syntax.tree.GroupMember;
import org.qdl.syntax.tree.UnitEntry;

/**
 * The units a group takes from an imported library by a condition (`any unit at level 3 in "btec-units.qdl"`):
 * every unit the library file declares, at the level when one is given, that the qualification does not list
 * itself. Resolved once, here, into a list of units: from then on the group is like any other.
 */
final class LibraryUnits {
    private LibraryUnits() {
    }

    static List<String> of(Env env, GroupDecl group, GroupMember.LibraryUnits l, Set<String> listed) {
        String library = SourceLoader.displayName(group.span().file().path(), l.library().value());
        List<UnitEntry.UnitDecl> declared = env.decls.units.values().stream()
                .filter(u -> u.span().file().path().equals(library)).toList();
        if (declared.isEmpty()) {
            boolean imported = env.decls.importedFiles.contains(library);
            env.out.add(Diagnostic.of(Code.Q0320, l.library().span(), imported
                    ? "`" + l.library().value() + "` declares no units"
                    : "`" + l.library().value() + "` is not imported, so its units are not known here")
                    .withLabel(imported ? "no units" : "not imported")
                    .withHelp(imported ? "name a file of units (a unit library)"
                            : "add `import \"" + l.library().value() + "\"` at the top of the file"));
            return List.of();
        }
        Optional<Rule.LevelFilter> filter = Optional.empty();
        if (l.level().isPresent()) {
            filter = RuleBuilder.levelFilter(env, l.level().get());
            if (filter.isEmpty()) {
                return List.of();
            }
        }
        // levels are resolved again, quietly: the unit's own checks report what is wrong with them
        Env quiet = new Env(env.decls, new Diagnostics());
        quiet.framework = env.framework;
        quiet.frameworkMissingReported = true;
        List<String> out = new ArrayList<>();
        for (UnitEntry.UnitDecl u : declared) {
            if (listed.contains(u.ref().text())) {
                continue;
            }
            if (filter.isPresent()) {
                Optional<Level> level = u.attributes().stream().filter(a -> a instanceof Attribute.Level)
                        .map(a -> (Attribute.Level) a).findFirst().flatMap(a -> Levels.resolve(quiet, a.level()));
                if (level.isEmpty() || !at(level.get(), filter.get())) {
                    continue;
                }
            }
            out.add(u.ref().text());
        }
        if (out.isEmpty()) {
            env.out.add(Diagnostic.of(Code.Q0321, l.span(), "no unit of `" + l.library().value() + "`"
                    + l.level().map(f -> " " + org.qdl.syntax.print.Printer.levelFilter(f)).orElse("")
                    + " is left for group `" + group.name().text() + "`: the qualification lists every such unit "
                    + "itself, or none is at that level").withLabel("matches no unit")
                    .withHelp("check the level and the library, or list the units the group takes"));
        }
        return out;
    }

    private static boolean at(Level level, Rule.LevelFilter f) {
        int rank = level.rank();
        int bound = f.level().rank();
        return switch (f.direction()) {
            case OR_ABOVE -> rank >= bound;
            case OR_BELOW -> rank <= bound;
            case EXACTLY -> rank == bound;
        };
    }
}
