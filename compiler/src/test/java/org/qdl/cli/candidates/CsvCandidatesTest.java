package org.qdl.cli.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.cli.candidates.CsvCandidates.Splitting;
import org.qdl.runtime.candidate.Candidate;

/** A large CSV read in stretches on several threads gives exactly what reading it in one go gives. */
class CsvCandidatesTest {
    @TempDir
    Path tmp;

    /** Rows of 300 candidates, shuffled so a candidate's rows are far apart, with quoted fields across lines. */
    private static String messyCsv(int rows, long seed, boolean withBadRows) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder("candidate,unit,result,status,date,criterion,rating\n");
        for (int r = 0; r < rows; r++) {
            String candidate = "C" + random.nextInt(300);
            switch (random.nextInt(6)) {
                case 0 -> s.append(candidate).append(",U").append(random.nextInt(9)).append(",\"Not yet\npassed\",,,,\n");
                case 1 -> s.append('"').append(candidate).append("\",\"U, ").append(random.nextInt(9)).append("\",Pass,,,,\n");
                case 2 -> s.append(candidate).append(",46,,,,1.").append(random.nextInt(4)).append(",S\n");
                case 3 -> s.append(candidate).append(",U1,,planned,2024-01-0").append(1 + random.nextInt(9)).append(",,\n");
                case 4 -> s.append("\n");
                default -> s.append(candidate).append(",\"say \"\"hi\"\"\",Pass,,,,\n");
            }
            if (withBadRows && r % 997 == 0) {
                s.append(candidate).append(",U1,Pass\n");
            }
        }
        return s.toString();
    }

    private static List<Candidate> all(CsvCandidates source) {
        List<Candidate> out = new ArrayList<>();
        for (Chunk c = source.next(100); c != null; c = source.next(100)) {
            out.addAll(c.candidates());
        }
        return out;
    }

    @Test
    void stretchesReadInParallelGiveTheSameCandidatesInTheSameOrder() throws Exception {
        String text = messyCsv(40_000, 7, false);
        Path file = tmp.resolve("class.csv");
        Files.writeString(file, text);
        CsvCandidates whole = CsvCandidates.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "class.csv", null, w -> { });
        assertThat(whole.count()).isEqualTo(300);
        List<Candidate> expected = all(whole);
        for (int threads : new int[] {2, 3, 7}) {
            CsvCandidates parallel = CsvCandidates.read(file, "class.csv", null, w -> { },
                    Splitting.on(threads).cutFrom(0));
            assertThat(all(parallel)).as("%d threads", threads).isEqualTo(expected);
        }
    }

    /**
     * A file cut into more stretches than there are threads: each thread takes the next stretch left, so a thread reads
     * several, in no fixed order; the learners come out as from one read, in order of first appearance.
     */
    @Test
    void moreStretchesThanThreadsGiveTheSameLearners() throws Exception {
        Random random = new Random(17);
        StringBuilder plain = new StringBuilder("candidate,unit,result\n");
        for (int r = 0; r < 30_000; r++) {
            plain.append('L').append(random.nextInt(2_000)).append(",U").append(random.nextInt(9)).append(',')
                    .append(random.nextBoolean() ? "Pass" : "").append('\n');
        }
        // quoted fields (read by the parser) and plain ones (read from the bytes)
        for (String text : List.of(messyCsv(30_000, 13, false), plain.toString())) {
            Path file = tmp.resolve("class.csv");
            Files.writeString(file, text);
            List<Candidate> expected = all(CsvCandidates.read(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "class.csv", null, w -> { }));
            for (int[] cut : new int[][] {{2, 4}, {2, 11}, {3, 16}, {1, 5}}) {
                CsvCandidates parallel = CsvCandidates.read(file, "class.csv", null, w -> { },
                    Splitting.on(cut[0]).cutFrom(0).inStretches(cut[1]));
                assertThat(all(parallel)).as("%d threads, %d stretches", cut[0], cut[1]).isEqualTo(expected);
            }
        }
    }

    /** Stretches that cannot be shared: twice as many as threads, none under a megabyte, but one for each thread. */
    @Test
    void aFileThatIsNotSharedIsCutIntoTwiceAsManyStretchesAsThreads() {
        assertThat(CsvCandidates.fixedStretches(2, 74L << 20)).isEqualTo(4);
        assertThat(CsvCandidates.fixedStretches(16, 2L << 30)).isEqualTo(32);
        assertThat(CsvCandidates.fixedStretches(4, 3L << 20)).isEqualTo(4);
        assertThat(CsvCandidates.fixedStretches(3, 5L << 20)).isEqualTo(5);
        assertThat(CsvCandidates.fixedStretches(2, 1000)).isEqualTo(2);
    }

    /**
     * A thread done with its own stretch takes the unread end of another's (here: threads with no stretch of their own,
     * from the start), which becomes a part of its own: the same learners in the same order, and a registration date
     * given twice is refused at the same line, as in one read.
     */
    @Test
    void threadsThatTakeTheEndOfAnothersStretchGiveWhatOneReadGives() throws Exception {
        String registered = plainCsv(false);
        String twice = plainCsv(true);
        for (String text : List.of(registered, twice, messyCsv(10_000, 29, false))) {
            Path file = tmp.resolve("class.csv");
            Files.writeString(file, text);
            // one read, on one thread (the stretches' own reading is held to the parser's in PlainCsvPropertyTest)
            List<String> whole = read(() -> CsvCandidates.read(file, "class.csv", null, w -> { },
                    Splitting.on(1).cutFrom(0)));
            int shared = 0;
            for (int attempt = 0; attempt < (text == registered ? 2 : 1); attempt++) {
                for (int threads : new int[] {2, 3, CsvCandidates.BUCKETED_FROM}) {
                    CsvCandidates[] split = new CsvCandidates[1];
                    List<String> parallel = read(() -> split[0] = CsvCandidates.read(file, "class.csv", null, w -> { },
                            Splitting.on(threads).cutFrom(0).inStretches(1).sharingFrom(16 << 10)));
                    assertThat(parallel).as("%d threads", threads).isEqualTo(whole);
                    shared += split[0] != null && split[0].partCount() > 1 ? 1 : 0;
                }
            }
            if (text == registered) {
                assertThat(whole).hasSizeGreaterThan(4_000).noneMatch(l -> l.startsWith("refused"));
                assertThat(shared).as("reads in which a thread took part of another's stretch").isPositive();
                // a file too small to be cut is read on one thread, and nobody takes part of it
                assertThat(CsvCandidates.read(file, "class.csv", null, w -> { },
                        Splitting.on(4).cutFrom(Long.MAX_VALUE)).partCount())
                        .isEqualTo(1);
            }
            if (text == twice) {
                assertThat(whole.get(0)).startsWith("refused: class.csv:").contains("[E017]");
            }
        }
    }

    /** 2 MB of rows of 5,000 learners in no order, registered on one day; one of them on two days, if {@code twice}. */
    private static String plainCsv(boolean twice) {
        Random random = new Random(23);
        StringBuilder text = new StringBuilder("candidate,unit,result,registered\n");
        while (text.length() < 2 << 20) {
            int learner = random.nextInt(5_000);
            boolean other = twice && learner == 7 && random.nextInt(4) == 0;
            text.append('L').append(learner).append(",U").append(random.nextInt(9)).append(",Pass,")
                    .append(other ? "2024-02-02" : "2024-01-01").append('\n');
        }
        return text.toString();
    }

    private interface Reading {
        CsvCandidates read() throws IOException, BadInputException;
    }

    /** The learners read, or the message that refused the file. */
    private static List<String> read(Reading reading) throws IOException {
        try {
            return all(reading.read()).stream().map(Candidate::toString).toList();
        } catch (BadInputException e) {
            return List.of("refused: " + e.getMessage());
        }
    }

    @Test
    void badRowsAreReportedWithTheirLinesWhicheverThreadReadThem() throws Exception {
        String text = messyCsv(20_000, 11, true);
        Path file = tmp.resolve("class.csv");
        Files.writeString(file, text);
        List<String> sequential = new ArrayList<>();
        CsvCandidates whole = CsvCandidates.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "class.csv", sequential::add, w -> { });
        List<String> parallel = new ArrayList<>();
        CsvCandidates split = CsvCandidates.read(file, "class.csv", parallel::add, w -> { },
                Splitting.on(4).cutFrom(0));
        assertThat(sequential).hasSizeGreaterThan(10).first().asString().matches("class\\.csv:\\d+: 3 fields where the header has 7");
        assertThat(parallel).isEqualTo(sequential);
        assertThat(all(split)).isEqualTo(all(whole));
        String firstBadLine = sequential.get(0).split(":")[1];
        assertThat(text.lines().toList().get(Integer.parseInt(firstBadLine) - 1)).endsWith(",U1,Pass");

        assertThatThrownBy(() -> CsvCandidates.read(file, "class.csv", null, w -> { }, Splitting.on(4).cutFrom(0)))
                .isInstanceOf(BadInputException.class).hasMessage(sequential.get(0));
    }

    /**
     * A part whose learners' rows come together is grouped by copying its rows in order, any other by a counting
     * sort: the same rows interleaved give the same learners, in the same order, each with the same entries in the same
     * order (only the lines they were read on differ).
     */
    @Test
    void rowsTogetherAndRowsInterleavedGiveTheSameLearners() throws Exception {
        List<String> together = new ArrayList<>();
        List<String> interleaved = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            for (int learner = 0; learner < 200; learner++) {
                interleaved.add("L" + learner + ",U" + (learner + row) % 9 + "," + (row == 1 ? "Pass" : ""));
            }
        }
        for (int learner = 0; learner < 200; learner++) {
            for (int row = 0; row < 3; row++) {
                together.add(interleaved.get(row * 200 + learner));
            }
        }
        List<String> read = new ArrayList<>();
        for (List<String> rows : List.of(together, interleaved)) {
            Path file = tmp.resolve("class.csv");
            Files.writeString(file, "candidate,unit,result\n" + String.join("\n", rows) + "\n");
            List<String> learners = new ArrayList<>();
            for (Candidate c : all(CsvCandidates.read(file, "class.csv", null, w -> { }, Splitting.on(2).cutFrom(0)))) {
                learners.add(c.id() + " " + c.achievements().stream().map(a -> a.at(0)).toList() + " " + c.problems());
            }
            read.add(String.join("\n", learners));
        }
        assertThat(read.get(0)).contains("L0 ").contains("L199 ").isEqualTo(read.get(1));
    }

    /**
     * A malformed row skipped still names its learner, where it first appears, though it gives them no entry: among
     * rows that come together (kept as read) and among rows that do not (scattered), the learners and their entries
     * are the same as read.
     */
    @Test
    void aLearnerNamedOnlyByASkippedRowKeepsItsPlace() throws Exception {
        String together = "candidate,unit\nA,U1\nX,\nA,U2\nC,U3\nZ,\n";
        String apart = "candidate,unit\nA,U1\nB,\nD,U5\nB,U6\nA,U7\n";
        for (int threads : new int[] {1, 2}) {
            assertThat(learners(together, threads)).containsExactly("A [U1, U2]", "X []", "C [U3]", "Z []");
            assertThat(learners(apart, threads)).containsExactly("A [U1, U7]", "B [U6]", "D [U5]");
        }
    }

    private List<String> learners(String text, int threads) throws Exception {
        Path file = tmp.resolve("skipped.csv");
        Files.writeString(file, text);
        List<String> out = new ArrayList<>();
        for (Candidate c : all(CsvCandidates.read(file, "skipped.csv", skipped -> { }, w -> { },
                Splitting.on(threads).cutFrom(0)))) {
            out.add(c.id() + " " + c.achievements().stream().map(a -> a.unit()).toList());
        }
        return out;
    }

    @Test
    void ratingRowsJoinTheirUnitsEntry() throws IOException, BadInputException {
        String text = "candidate,unit,result,criterion,rating\nC1,46,,1.1,S\nC2,46,,,\nC1,46,,1.2,H\nC1,47,Pass,,\n";
        List<Candidate> candidates = all(CsvCandidates.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "x.csv", null, w -> { }));
        assertThat(candidates).extracting(Candidate::id).containsExactly("C1", "C2");
        assertThat(candidates.get(0).achievements()).hasSize(2);
        assertThat(candidates.get(0).achievements().get(0).criteria()).containsExactly(
                java.util.Map.entry("1.1", "S"), java.util.Map.entry("1.2", "H"));
    }

    /** Ids are told apart by case with the hash of their lowered text, made without lowering ASCII ids. */
    @Test
    void anIdsFoldedHashIsTheHashOfItsLoweredText() {
        IdTable ids = new IdTable();
        for (String id : List.of("", "C0001234", "c0001234", "AbC-xyz_09", "\u212A1", "k1", "\u0130stanbul", "é-É",
                "ΣΑΣ", "@[`{")) {
            assertThat(ids.foldedHash(ids.intern(id))).as(id).isEqualTo(id.toLowerCase(java.util.Locale.ROOT).hashCode());
        }
    }

    /** An id comes back from the table as it went in, whatever its characters, and is found from another table. */
    @Test
    void idsComeBackAsTheyWentIn() {
        IdTable ids = new IdTable();
        IdTable other = new IdTable();
        List<String> given = List.of("", "L1", "é", "日本", "😀", "\ud800", "x\udc00y", "ÿ", "Ā", "L1 ");
        List<Integer> numbers = new ArrayList<>();
        for (String id : given) {
            other.intern("pad" + id);
            numbers.add(ids.intern(id));
            assertThat(ids.get(numbers.get(numbers.size() - 1))).isEqualTo(id);
        }
        for (int i = 0; i < 5000; i++) {
            ids.intern("C" + i);
        }
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i);
            assertThat(ids.intern(id)).as("the same id, the same number").isEqualTo(numbers.get(i));
            assertThat(ids.find(other, other.intern(id))).as(id).isEqualTo(numbers.get(i));
            assertThat(ids.get(numbers.get(i))).isEqualTo(id);
        }
        assertThat(ids.find(other, other.intern("pad"))).isEqualTo(-1);
        assertThat(ids.size()).isEqualTo(given.size() + 5000);
    }
}
