package org.qdl.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.parse.ParseResult;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.tree.Import;
import org.qdl.syntax.tree.SpecFile;

/**
 * The one place the server calls the compiler's front end (check/Frontend, Compilation, SpecParser). The parser
 * is error-tolerant: every text has a tree, with error nodes where it does not parse, so navigation works in a
 * file being typed.
 */
final class FrontEndAdapter {
    private FrontEndAdapter() {
    }

    /** The diagnostics and the checked qualification: what the author waits for after a keystroke. */
    static Compilation check(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        return Frontend.compile(new SourceFile(file.toString(), text), dir == null ? Path.of(".") : dir);
    }

    /** The tree for navigation; parsed beside {@link #check}, which parses the text for itself. */
    static ParseResult parse(Path file, String text) {
        return SpecParser.parse(new SourceFile(file.toString(), text));
    }

    /** The whole analysis: the checked text, and its tree and the imported trees for navigation. */
    static Analysis analyse(Path file, String text, Compilation c, ParseResult parsed) {
        SourceFile source = new SourceFile(file.toString(), text);
        Path dir = file.toAbsolutePath().getParent();
        List<SpecFile> imported = new ArrayList<>();
        imports(parsed.tree(), dir, imported, new HashSet<>(Set.of(file.toAbsolutePath())));
        return new Analysis(source, Optional.of(parsed.tree()), c.diagnostics(), c.qualification(), imported);
    }

    /** The trees of the files a spec imports, and theirs, each once. */
    private static void imports(SpecFile tree, Path dir, List<SpecFile> out, Set<Path> seen) {
        for (Import i : tree.imports()) {
            Path p = (dir == null ? Path.of(i.path().value()) : dir.resolve(i.path().value())).toAbsolutePath()
                    .normalize();
            if (!seen.add(p) || !Files.isRegularFile(p)) {
                continue;
            }
            try {
                ParseResult r = SpecParser.parse(new SourceFile(p.toString(), Files.readString(p)));
                out.add(r.tree());
                imports(r.tree(), p.getParent(), out, seen);
            } catch (IOException | RuntimeException e) {
                // an unreadable import is reported by the checker's own diagnostics; here it only has no symbols
            }
        }
    }

    /** The file an import names, resolved as the checker resolves it. */
    static Optional<Path> importTarget(Path from, Import i) {
        Path dir = from.toAbsolutePath().getParent();
        Path p = (dir == null ? Path.of(i.path().value()) : dir.resolve(i.path().value())).normalize();
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

}
