package org.qdl.cli.candidates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** What a file given as a workbook really is, from its first bytes: an .xlsx is a zip; anything else is refused. */
final class Workbook {
    private Workbook() {
    }

    /** Refuses a file that is not an .xlsx workbook, saying what it is instead. */
    static void check(Path file, String name) throws IOException, BadInputException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return;
        }
        boolean ole = head.length == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        if (ole) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = fs.getRoot().hasEntry("EncryptionInfo");
            } catch (IOException | RuntimeException e) {
                encrypted = false;
            }
            throw new BadInputException(name + ": " + (encrypted
                    ? "the workbook is password-protected; save a copy without a password (File > Info > Protect "
                            + "Workbook) or export it as CSV"
                    : "an Excel 97-2003 workbook (.xls), which qdl does not read; save it as .xlsx or CSV"));
        }
        if (head.length == 0) {
            throw new BadInputException(name + ": the file is empty, not a workbook");
        }
        boolean text = true;
        for (byte b : head) {
            text &= b >= 0x20 || b == '\t' || b == '\n' || b == '\r' || b < 0;
        }
        throw new BadInputException(name + ": " + (text
                ? "text, not an Excel workbook; if it is CSV, name it .csv (or give --input-format csv)"
                : "not an Excel workbook (.xlsx): it is neither a workbook nor text"));
    }
}
