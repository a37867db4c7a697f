package org.qdl.emit.handbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts a rendered handbook in place, touching only files the handbook writes. The directory's {@link #MANIFEST}
 * lists every file the last rendering wrote; rendering again replaces those, removes those it no longer writes,
 * and leaves everything else in the directory alone (the user's notes, a logo, the spec itself). A file in the
 * way that the manifest does not list is never overwritten: the run stops before anything is written. A
 * non-empty directory with no manifest is refused, so a mistyped `-o` never scatters pages among anyone's files.
 *
 * <p>Every file is first written to a staging folder inside the output directory (named after the process, so that
 * the next run removes one a killed run left behind), then each is moved into place: a full disk stops the run
 * with the previous handbook untouched.
 */
public final class OutputDirectory {
    static final String MANIFEST = ".qdl-handbook";
    private static final String MANIFEST_HEADER = "Written by `qdl handbook`: the files below, one a line. Rendering "
            + "the handbook again replaces them and removes those it no longer writes; nothing else here is touched.";
    private static final Pattern STAGING = Pattern.compile("\\.qdl-(?:handbook|report)-staging-(\\d{1,19})-\\d+");

    /** What a directory holds, for its manifest and messages: a handbook, or a report of results. */
    public record Kind(String manifest, String noun, String command, String header) {
        String staging() {
            return ".qdl-" + noun + "-staging-";
        }
    }

    static final Kind HANDBOOK = new Kind(MANIFEST, "handbook", "qdl handbook", MANIFEST_HEADER);
    /** `qdl eval --format html -o DIR`: a report of results for people. */
    public static final Kind REPORT = new Kind(".qdl-report", "report", "qdl eval", "Written by `qdl eval --format "
            + "html`: the files below, one a line. Writing the report again replaces them and removes those it no "
            + "longer writes; nothing else here is touched.");
    private static final long PID = ProcessHandle.current().pid();

    private OutputDirectory() {
    }

    /** Writes {@code files} (relative path → bytes, `/`-separated) into the directory {@code target}. */
    static void replace(Path target, Map<String, byte[]> files) throws HandbookException {
        replace(target, files, Set.of(), HANDBOOK);
    }

    /**
     * As {@link #replace(Path, Map)}; {@code keep} are files the run reads (the spec), which are never replaced or
     * removed, whatever a manifest says.
     */
    static void replace(Path target, Map<String, byte[]> files, Set<Path> keep) throws HandbookException {
        replace(target, files, keep, HANDBOOK);
    }

    /** As {@link #replace(Path, Map, Set)}, for a directory of {@code kind}. */
    public static void replace(Path target, Map<String, byte[]> files, Set<Path> keep, Kind kind)
            throws HandbookException {
        Path out = target.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            throw new HandbookException("cannot write the " + kind.noun() + " to `" + target
                    + "`: choose a directory below it");
        }
        Previous previous = previous(target, out, kind);
        for (String name : files.keySet()) {
            Path file = inside(out, name);
            boolean kept = keep.stream().anyMatch(k -> same(k, file));
            if (kept || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !previous.mayReplace(name, file)) {
                throw new HandbookException("cannot write the " + kind.noun() + " to `" + target + "`: `" + name
                        + "` is already there and `" + kind.command() + "` did not write it"
                        + (kept ? " (it is " + (kind == HANDBOOK ? "the spec" : "an input") + ")" : "")
                        + "; move it away or choose another directory");
            }
        }
        Path created = createParents(target, out);
        Path staging = null;
        try {
            removeStaleStaging(out);
            staging = Files.createTempDirectory(out, kind.staging() + PID + "-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = inside(staging, f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            Path manifest = staging.resolve(kind.manifest());
            Files.writeString(manifest, kind.header() + "\n" + String.join("\n", files.keySet()) + "\n",
                    StandardCharsets.UTF_8);
            readable(staging);
            for (String name : files.keySet()) {
                Path file = inside(out, name);
                Files.createDirectories(file.getParent());
                move(inside(staging, name), file);
            }
            for (String name : previous.written()) {
                if (!files.containsKey(name)) {
                    removeObsolete(out, name, keep, kind);
                }
            }
            move(manifest, out.resolve(kind.manifest()));
            created = null;
        } catch (IOException e) {
            throw new HandbookException("cannot write the " + kind.noun() + " to `" + target + "`: " + describe(e), e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
            if (created != null) {
                deleteEmptyUpTo(created, out);
            }
        }
    }

    /** What an earlier rendering left: the files its manifest lists (none when there is no manifest). */
    private record Previous(Set<String> written, boolean legacy) {
        /**
         * Whether a file already at {@code name} may be overwritten: the manifest lists it, or the directory was
         * written by a qdl that kept a marker but no list, whose handbooks held only files of these names.
         */
        boolean mayReplace(String name, Path file) {
            return (legacy || written.contains(name)) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static Previous previous(Path target, Path out, Kind kind) throws HandbookException {
        if (!Files.exists(out)) {
            return new Previous(Set.of(), false);
        }
        if (!Files.isDirectory(out)) {
            throw new HandbookException("cannot write the " + kind.noun() + " to `" + target + "`: it exists and is "
                    + "not a directory");
        }
        Path manifest = out.resolve(kind.manifest());
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new HandbookException("cannot read `" + target + "/" + kind.manifest() + "`: " + describe(e), e);
            }
            if (lines.isEmpty() || !lines.get(0).equals(kind.header())) {
                return new Previous(Set.of(), kind == HANDBOOK);
            }
            return new Previous(new LinkedHashSet<>(lines.subList(1, lines.size())), false);
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(out)) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new HandbookException("cannot read `" + target + "`: " + describe(e), e);
        }
        if (!empty) {
            throw new HandbookException("`" + target + "` already exists and is not a " + kind.noun()
                    + " QDL wrote: give an "
                    + "empty or new directory (QDL writes only into a directory it wrote itself)");
        }
        return new Previous(Set.of(), false);
    }

    /** A file of the handbook, which must lie inside the directory whatever its name says. */
    private static Path inside(Path dir, String name) {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || file.equals(dir)) {
            throw new IllegalArgumentException("file outside the handbook: " + name);
        }
        return file;
    }

    /**
     * Removes a file an earlier rendering wrote and this one does not: only a regular file inside the directory,
     * never one the run reads, and then the folders that held only it.
     */
    private static void removeObsolete(Path out, String name, Set<Path> keep, Kind kind) throws IOException {
        Path file = out.resolve(name).normalize();
        if (!file.startsWith(out) || file.equals(out) || name.equals(kind.manifest())
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || keep.stream().anyMatch(k -> same(k, file))) {
            return;
        }
        Files.delete(file);
        for (Path p = file.getParent(); p != null && !p.equals(out) && p.startsWith(out); p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Staging folders of runs that were killed (their process is gone): removed, as they would have been. */
    private static void removeStaleStaging(Path out) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out, ".qdl-*-staging-*")) {
            for (Path p : entries) {
                Matcher m = STAGING.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    long pid = Long.parseLong(m.group(1));
                    if (pid != PID && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                        deleteQuietly(p);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // tidying is a courtesy; it does not stop the handbook
        }
    }

    /** Creates the directory and its missing parents; returns the topmost one created (to remove on failure), or null. */
    private static Path createParents(Path target, Path out) throws HandbookException {
        Path top = null;
        for (Path p = out; p != null && !Files.exists(p); p = p.getParent()) {
            top = p;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new HandbookException("cannot create the directory `" + target + "`: " + describe(e), e);
        }
        return top;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A temporary directory is private to its owner; a published handbook should be readable like any file. */
    private static void readable(Path dir) throws IOException {
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>();
            all.sorted(Comparator.reverseOrder()).forEach(paths::add);
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a leftover staging folder is named so that the next run removes it
        }
    }

    /** Removes {@code from} and its parents up to {@code top} while they are empty. */
    private static void deleteEmptyUpTo(Path top, Path from) {
        for (Path p = from; p != null && p.startsWith(top); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
    }
}
