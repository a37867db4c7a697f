package org.qdl.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;
import org.qdl.syntax.parse.ParseResult;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.tree.Import;
import org.qdl.syntax.tree.SpecFile;

/**
 * Reads a spec and, transitively, the files it imports: refusing what is too large or not text, reporting
 * imports that are missing or that come back round in a cycle. Each file is read and parsed once.
 */
final class SourceLoader {
    /** Imports may only read files under this directory (`--import-root`); empty: any file the user can read. */
    private final Optional<Path> importRoot;
    private final Map<Path, Optional<SpecFile>> loaded = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** The files being read, outermost first, each with the name messages give it. */
    private final List<Path> stack = new ArrayList<>();
    private final List<String> stackNames = new ArrayList<>();

    SourceLoader() {
        this(Optional.empty());
    }

    SourceLoader(Optional<Path> importRoot) {
        this.importRoot = importRoot.map(SourceLoader::real);
    }

    /** The parsed files, the main one first, then imports in the order they were reached. */
    List<SpecFile> files() {
        List<SpecFile> out = new ArrayList<>();
        loaded.values().forEach(f -> f.ifPresent(out::add));
        return out;
    }

    /** True when every file named or imported could be read (each has a tree, broken or not). */
    boolean allRead() {
        return loaded.values().stream().allMatch(Optional::isPresent);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Loads a file named on the command line. Returns false when it cannot be read at all. */
    boolean loadRoot(Path path, String displayName) {
        Path key = path.toAbsolutePath().normalize();
        Optional<SourceFile> source = read(path, displayName, null);
        if (source.isEmpty()) {
            return false;
        }
        parse(key, source.get());
        return true;
    }

    /** Reads a file as a spec is read, without parsing it; empty (and a diagnostic) when it cannot be. */
    Optional<SourceFile> readOnly(Path path, String displayName) {
        return read(path, displayName, null);
    }

    /** Loads text held in memory (tests, stdin). */
    void loadText(SourceFile source, Path baseDirectory) {
        parse(baseDirectory.resolve(source.path()).toAbsolutePath().normalize(), source);
    }

    /** A file being read: its imports, and which of them comes next. */
    private static final class Frame {
        final Path key;
        final String name;
        final List<Import> imports;
        int next;

        Frame(Path key, String name, List<Import> imports) {
            this.key = key;
            this.name = name;
            this.imports = imports;
        }
    }

    /**
     * Parses a file, then the files it imports, depth first. Iterative, with the chain of files being read as an
     * explicit stack, so that a chain of thousands of imports cannot overflow the stack.
     */
    private void parse(Path rootKey, SourceFile rootSource) {
        java.util.ArrayDeque<Frame> frames = new java.util.ArrayDeque<>();
        frames.push(open(rootKey, rootSource));
        while (!frames.isEmpty()) {
            Frame f = frames.peek();
            if (f.next == f.imports.size()) {
                frames.pop();
                stack.remove(stack.size() - 1);
                stackNames.remove(stackNames.size() - 1);
                continue;
            }
            Import i = f.imports.get(f.next++);
            Optional<Map.Entry<Path, SourceFile>> next = follow(f.key, f.name, i);
            next.ifPresent(n -> frames.push(open(n.getKey(), n.getValue())));
        }
    }

    private Frame open(Path key, SourceFile source) {
        ParseResult result = SpecParser.parse(source);
        diagnostics.addAll(result.diagnostics());
        loaded.put(key, Optional.of(result.tree()));
        stack.add(key);
        stackNames.add(source.path());
        return new Frame(key, source.path(), result.tree().imports());
    }

    /** The file an import names, read, when it is still to be parsed; otherwise empty (and maybe a diagnostic). */
    private Optional<Map.Entry<Path, SourceFile>> follow(Path from, String fromName, Import i) {
        Path target;
        try {
            target = from.getParent().resolve(i.path().value()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            // a character no file name can hold here (NUL; on Windows also `:`, `*`, `?`, ...)
            diagnostics.add(Diagnostic.of(Code.Q0110, i.span(), "cannot import `" + i.path().value()
                    + "`: it is not a file name this system allows").withLabel("imported here")
                    .withHelp("import paths are relative to the importing file, e.g. \"shared/units.qdl\""));
            return Optional.empty();
        }
        int open = stack.indexOf(target);
        if (open >= 0) {
            cycle(i, open);
            return Optional.empty();
        }
        if (loaded.containsKey(target)) {
            return Optional.empty();
        }
        String display = displayName(fromName, i.path().value());
        if (importRoot.isPresent() && !(Files.exists(target) ? real(target) : target).startsWith(importRoot.get())) {
            diagnostics.add(Diagnostic.of(Code.Q0110, i.span(), "cannot import `" + display + "`: it is outside the "
                    + "import root `" + importRoot.get() + "`").withLabel("outside --import-root")
                    .withHelp("imports may only read files under the directory given to --import-root"));
            loaded.put(target, Optional.empty());
            return Optional.empty();
        }
        if (!Files.exists(target)) {
            Diagnostic d = Diagnostic.of(Code.Q0110, i.span(), "cannot find the imported file `" + display + "`")
                    .withLabel("imported here");
            diagnostics.add(nearbyFile(target, i.path().value())
                    .map(f -> d.withHelp("did you mean \"" + f + "\"? import paths are relative to the importing file"))
                    .orElse(d.withHelp("import paths are relative to the importing file")));
            loaded.put(target, Optional.empty());
            return Optional.empty();
        }
        Optional<SourceFile> source = read(target, display, i.span());
        if (source.isEmpty()) {
            loaded.put(target, Optional.empty());
            return Optional.empty();
        }
        return Optional.of(Map.entry(target, source.get()));
    }

    /** The path with every symbolic link resolved, so that a link cannot lead an import out of the import root. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** An import that leads back to a file still being read: the cycle is named file by file. */
    private void cycle(Import i, int open) {
        List<String> chain = new ArrayList<>(stackNames.subList(open, stackNames.size()));
        chain.add(stackNames.get(open));
        String message = chain.size() == 2 ? "`" + chain.get(0) + "` imports itself"
                : "import cycle: " + String.join(" → ", chain.stream().map(n -> "`" + n + "`").toList());
        diagnostics.add(Diagnostic.of(Code.Q0111, i.span(), message)
                .withLabel(chain.size() == 2 ? "imports the file it is in" : "this import closes the cycle")
                .withHelp(chain.size() == 2 ? "remove this import"
                        : "each file is read once, so the cycle does no harm; remove this import, or move what the "
                                + "files share into one that both import"));
    }

    /**
     * How messages name an imported file: its path relative to the directory of the importing file's name, so
     * that a spec named `specs/a.qdl` that imports `shared/u.qdl` shows `specs/shared/u.qdl`.
     */
    static String displayName(String importerName, String importPath) {
        Path parent = Path.of(importerName).getParent();
        Path shown = (parent == null ? Path.of(importPath) : parent.resolve(importPath)).normalize();
        return shown.toString().replace('\\', '/');
    }

    private Optional<SourceFile> read(Path path, String displayName, Span importedAt) {
        SourceFile placeholder = new SourceFile(displayName, "");
        Span where = importedAt != null ? importedAt : Span.at(placeholder, 0);
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                diagnostics.add(Diagnostic.of(Code.Q0008, where, "`" + displayName + "` is a directory, not a QDL file")
                        .withHelp("name a `.qdl` file in it"));
                return Optional.empty();
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // a device (`/dev/zero`) or a pipe has no end to read to; refused before a byte is read
                diagnostics.add(Diagnostic.of(importedAt != null ? Code.Q0110 : Code.Q0008, where, "`" + displayName
                        + "` is not a regular file (it is a device, a pipe or a socket)")
                        .withHelp("a spec and the files it imports are .qdl files"));
                return Optional.empty();
            }
            long limit = SpecParser.MAX_CHARS * 4L;
            long size = Files.size(path);
            if (size > limit) {
                diagnostics.add(SpecParser.tooLarge(where, displayName, size));
                return Optional.empty();
            }
            try (java.io.InputStream in = Files.newInputStream(path)) {
                // no more than the limit, even from a file that grows while it is read
                bytes = in.readNBytes((int) limit + 1);
            }
            if (bytes.length > limit) {
                diagnostics.add(SpecParser.tooLarge(where, displayName, bytes.length));
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            if (importedAt != null) {
                diagnostics.add(Diagnostic.of(Code.Q0110, importedAt, "cannot find the imported file `" + displayName
                        + "`").withLabel("imported here").withHelp("import paths are relative to the importing file"));
            } else {
                diagnostics.add(Diagnostic.of(Code.Q0008, where, "`" + displayName + "`: no such file")
                        .withHelp("check the path; it is relative to the directory you run `qdl` from"));
            }
            return Optional.empty();
        } catch (java.nio.file.AccessDeniedException e) {
            diagnostics.add(Diagnostic.of(importedAt != null ? Code.Q0110 : Code.Q0008, where, "cannot read `"
                    + displayName + "`: permission denied"));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(importedAt != null ? Code.Q0110 : Code.Q0008, where, "cannot read `"
                    + displayName + "`: " + e.getMessage()));
            return Optional.empty();
        }
        return decode(bytes, displayName, where);
    }

    /**
     * Q0009 at the first byte that is not UTF-8, with its line shown: the text before it decodes as it is, the rest
     * with the bad bytes replaced, so that line and column count as an editor would.
     */
    private static Diagnostic notUtf8(byte[] bytes, String displayName) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.CharBuffer good = java.nio.CharBuffer.allocate(bytes.length + 1);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.charset.CoderResult result = decoder.decode(in, good, true);
        int bad = in.position();
        int length = result.isError() ? result.length() : 1;
        String text = new String(bytes, StandardCharsets.UTF_8);
        int offset = good.position();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            offset = Math.max(0, offset - 1);
        }
        StringBuilder shown = new StringBuilder();
        for (int k = bad; k < Math.min(bytes.length, bad + length); k++) {
            shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[k] & 0xFF));
        }
        SourceFile file = new SourceFile(displayName, text);
        return Diagnostic.of(Code.Q0009, new Span(file, offset, Math.min(text.length(), offset + 1)), "`" + displayName
                + "` is not UTF-8 text: byte " + shown + " is not UTF-8").withLabel("not UTF-8")
                .withHelp("save the spec as UTF-8");
    }

    /**
     * A `.qdl` file beside a missing one whose name is close to it, the likely misspelling, as the import would
     * write it.
     */
    private static Optional<String> nearbyFile(Path missing, String shown) {
        Path parent = missing.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        try (java.util.stream.Stream<Path> files = Files.list(parent)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".qdl")).sorted()
                    .toList();
            String wanted = missing.getFileName().toString();
            return org.qdl.diag.DidYouMean.suggest(wanted, names)
                    .map(n -> shown.substring(0, shown.length() - wanted.length()) + n);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<SourceFile> decode(byte[] bytes, String displayName, Span where) {
        for (byte b : bytes) {
            if (b == 0) {
                diagnostics.add(Diagnostic.of(Code.Q0009, where, "`" + displayName
                        + "` is not a text file (it contains NUL bytes)").withHelp("a QDL spec is UTF-8 text"));
                return Optional.empty();
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.add(notUtf8(bytes, displayName));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(new SourceFile(displayName, text));
    }
}
