package org.qdl.cli.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An idle thread takes the unclaimed end of a stretch, at a line start, and never a byte its reader claimed. */
class SharedStretchTest {
    @TempDir
    Path tmp;

    /** Ten lines of ten bytes: `line 0000\n`, `line 0001\n`, … */
    private FileChannel lines(String... extra) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append(String.format("line %04d\n", i));
        }
        text.append(String.join("", extra));
        Path file = Files.write(tmp.resolve("class.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
        return FileChannel.open(file);
    }

    @Test
    void theSecondHalfOfWhatIsUnclaimedIsCutOffAtALineStart() throws Exception {
        try (FileChannel file = lines()) {
            SharedStretch s = new SharedStretch(new CsvSplit.Stretch(0, 100, 0));
            assertThat(s.claim(20)).isEqualTo(20);
            // unclaimed: [20, 100); its middle is 60, a line start, so the cut is at the next one
            SharedStretch taken = s.cutOff(file, 10);
            assertThat(taken.start()).isEqualTo(70);
            assertThat(taken.shareable()).isEqualTo(30);
            assertThat(taken.linesBefore()).isZero();
            assertThat(s.shareable()).isEqualTo(50);
            // the reader's claims now stop at the cut
            assertThat(s.claim(1_000)).isEqualTo(70);
            assertThat(s.claimedAll()).isTrue();
            assertThat(s.cutOff(file, 1)).isNull();
        }
    }

    @Test
    void nothingIsCutOffFromTooLittleOrFromAStretchReadWhole() throws Exception {
        try (FileChannel file = lines()) {
            SharedStretch s = new SharedStretch(new CsvSplit.Stretch(0, 100, 3));
            s.claim(75);
            assertThat(s.cutOff(file, 26)).isNull();
            assertThat(s.shareable()).isEqualTo(25);
            CsvSplit.Stretch whole = s.whole();
            assertThat(whole).isEqualTo(new CsvSplit.Stretch(0, 100, 3));
            assertThat(s.claimedAll()).isTrue();
            assertThat(s.cutOff(file, 1)).isNull();
        }
    }

    @Test
    void aStretchWithNoLineStartAfterItsMiddleIsKeptWhole() throws Exception {
        try (FileChannel file = lines("x".repeat(200))) {
            // [100, 300): one line with no break in it
            SharedStretch s = new SharedStretch(new CsvSplit.Stretch(100, 300, 0));
            assertThat(s.cutOff(file, 2)).isNull();
            assertThat(s.shareable()).as("not looked through again").isZero();
            assertThat(s.claim(1_000)).as("its reader reads it all").isEqualTo(300);
        }
    }

    /** The reader claims past a cut while the cutting thread looks for it: the cut is refused, and a later one taken. */
    @Test
    void aCutBelowTheReadersClaimIsRefused() {
        SharedStretch s = new SharedStretch(new CsvSplit.Stretch(0, 100, 0));
        s.claim(20);
        s.claim(80);
        assertThat(s.cutAt(70)).isNull();
        assertThat(s.cutAt(80)).as("at the claim itself").isNull();
        assertThat(s.shareable()).isEqualTo(20);
        SharedStretch taken = s.cutAt(90);
        assertThat(taken.start()).isEqualTo(90);
        assertThat(taken.shareable()).isEqualTo(10);
        assertThat(s.cutAt(95)).as("past the end the cut made").isNull();
        assertThat(s.claim(1_000)).isEqualTo(90);
    }

    @Test
    void aStretchKeptOrReadWholeIsNotCut() {
        SharedStretch kept = new SharedStretch(new CsvSplit.Stretch(0, 100, 0));
        kept.keep();
        assertThat(kept.shareable()).isZero();
        assertThat(kept.cutAt(50)).isNull();
        SharedStretch whole = new SharedStretch(new CsvSplit.Stretch(0, 100, 0));
        whole.whole();
        assertThat(whole.shareable()).isZero();
        assertThat(whole.cutAt(50)).isNull();
    }

    @Test
    void aLineStartingWithAByteOrderMarkIsNotCutBefore() throws Exception {
        try (FileChannel file = lines("\uFEFFline 0010\n", "line 0011\n")) {
            // [60, 123): the middle is 91; the first line start after it is 100, where the mark is; the next is 113
            SharedStretch s = new SharedStretch(new CsvSplit.Stretch(60, 123, 0));
            SharedStretch taken = s.cutOff(file, 2);
            assertThat(taken.start()).isEqualTo(113);
        }
    }
}
