package org.qdl.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files a user names on the command line: found, or a usage error that names them. */
final class UserFiles {
    private UserFiles() {
    }

    /** The file the user typed, which must exist and be a file; {@code what} says what it should be ("spec"). */
    static Path existing(Io io, String typed, String what) {
        Path path = io.resolve(typed);
        if (!Files.exists(path)) {
            throw CliException.usage("cannot find " + what + " `" + typed + "`: no such file");
        }
        if (Files.isDirectory(path)) {
            throw CliException.usage(what + " `" + typed + "` is a directory, not a file");
        }
        if (!Files.isReadable(path)) {
            throw CliException.usage("cannot read " + what + " `" + typed + "`: permission denied");
        }
        return path;
    }

    /** The text of a spec, strictly UTF-8, without a byte-order mark. */
    static String readText(Path path, String typed) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw CliException.usage("cannot read `" + typed + "`: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw CliException.input("`" + typed + "` is not UTF-8 text; save it as UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A directory to write into, created if missing. */
    static Path outputDirectory(Io io, String typed) {
        Path dir = io.resolve(typed);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CliException.usage("output directory `" + typed + "` is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CliException.usage("cannot create output directory `" + typed + "`: " + e.getMessage());
        }
        return dir;
    }
}
