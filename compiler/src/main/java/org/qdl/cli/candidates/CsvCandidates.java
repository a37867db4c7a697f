package org.qdl.cli.candidates;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.result.Problem;

/**
 * Candidates from CSV: a header row, then one row per achievement (or per criterion rating). Columns
 * `candidate` and `unit` are required; `result`, `status`, `date`, `criterion` and `rating` are optional. A row
 * with a criterion adds that rating to the candidate's unit. Rows of one candidate need not be adjacent, so the
 * whole file is read first — compactly, two ints a row — and candidates come out in order of first appearance.
 */
public final class CsvCandidates implements CandidateSource {
    private static final CsvMapper MAPPER = new CsvMapper();

    private final String name;
    private final ReadOptions options;
    /** Large files are read in stretches on several threads. */
    private static final long PARALLEL_FROM = 16L << 20;
    /** Ids that differ only in case reported on stderr, at most (each pair is also on both results). */
    private static final int SIMILAR_IDS_SAID = 20;

    private Interner ids;
    private Interner values;
    private RowValues tuples;
    private Achievement[] plain;
    /**
     * The tuple of every row, the rows grouped by candidate and each group in file order: candidate c's rows are
     * rowTuples[first[c]] .. rowTuples[first[c + 1] - 1].
     */
    private int[] rowTuples;
    private int[] first;
    private int nextCandidate;
    /** Per value: the ISO date it reads as, where it is a date; {@link #AMBIGUOUS} for a date read as two days. */
    private String[] isoDates;
    private DateReader dates;
    /** The problems found while reading, by candidate: bad rows, ids differing only in case. */
    private final Map<Integer, List<Problem>> problemsOf = new HashMap<>();
    private static final String AMBIGUOUS = new String("ambiguous");

    private CsvCandidates(String name, ReadOptions options) {
        this.name = name;
        this.options = options;
    }

    /**
     * Reads the whole input. A malformed row fails the read, unless {@code skipped} is given: then the row is
     * reported to it (as `FILE:LINE: what`) and left out. Unknown columns are reported to {@code warnings}.
     */
    public static CsvCandidates read(InputStream in, String name, Consumer<String> skipped, Consumer<String> warnings)
            throws IOException, BadInputException {
        return read(in, name, skipped, warnings, w -> { }, ReadOptions.DEFAULT);
    }

    /**
     * Reads the whole input, finding how it is written (its encoding and separator, said to {@code notes} when it is
     * not plain UTF-8 with commas) and reading it as {@code options} say.
     */
    public static CsvCandidates read(InputStream in, String name, Consumer<String> skipped, Consumer<String> warnings,
            Consumer<String> notes, ReadOptions options) throws IOException, BadInputException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        TextFormat format = TextFormat.sniff(buffered);
        if (!format.usual()) {
            notes.accept(name + ": read as " + format.describe());
        }
        CsvCandidates c = new CsvCandidates(name, options);
        CsvPart part = new CsvPart();
        try (CsvParser p = parser(buffered, 0, true, format)) {
            try {
                Optional<CsvHeader> header = header(p, name, warnings, notes, options);
                if (header.isPresent()) {
                    part.read(p, header.get(), name, 0, skipped == null);
                }
            } catch (IOException e) {
                throw unreadable(name, e, p, 0);
            }
        } catch (IOException e) {
            throw unreadable(name, e, null, 0);
        }
        c.finish(List.of(part), skipped, warnings, notes);
        return c;
    }

    /** Candidates from rows read elsewhere (a workbook's sheet), finished as a CSV file's are. */
    static CsvCandidates of(CsvPart part, String name, ReadOptions options, Consumer<String> skipped,
            Consumer<String> warnings, Consumer<String> notes) throws BadInputException {
        CsvCandidates c = new CsvCandidates(name, options);
        c.finish(List.of(part), skipped, warnings, notes);
        return c;
    }

    /**
     * Reads a file; a large one is cut into stretches read on {@code threads} threads at once (each row still
     * reported and numbered as in the file, candidates still in order of first appearance).
     */
    public static CsvCandidates read(Path file, String name, Consumer<String> skipped, Consumer<String> warnings,
            int threads) throws IOException, BadInputException {
        return read(file, name, skipped, warnings, w -> { }, ReadOptions.DEFAULT, threads, PARALLEL_FROM);
    }

    public static CsvCandidates read(Path file, String name, Consumer<String> skipped, Consumer<String> warnings,
            Consumer<String> notes, ReadOptions options, int threads) throws IOException, BadInputException {
        return read(file, name, skipped, warnings, notes, options, threads, PARALLEL_FROM);
    }

    static CsvCandidates read(Path file, String name, Consumer<String> skipped, Consumer<String> warnings,
            int threads, long parallelFrom) throws IOException, BadInputException {
        return read(file, name, skipped, warnings, w -> { }, ReadOptions.DEFAULT, threads, parallelFrom);
    }

    static CsvCandidates read(Path file, String name, Consumer<String> skipped, Consumer<String> warnings,
            Consumer<String> notes, ReadOptions options, int threads, long parallelFrom)
            throws IOException, BadInputException {
        long size = Files.size(file);
        TextFormat format;
        try (InputStream in = Files.newInputStream(file)) {
            format = TextFormat.of(in.readNBytes(1 << 16));
        }
        // stretches are cut where a line ends outside quotes, as a comma-separated UTF-8 file marks them
        if (threads < 2 || size < parallelFrom || !format.usual()) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return read(in, name, skipped, warnings, notes, options);
            }
        }
        CsvCandidates c = new CsvCandidates(name, options);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            CsvHeader header;
            try (CsvParser p = parser(CsvSplit.stream(channel, new CsvSplit.Stretch(0, size, 0)), 0, true, format)) {
                Optional<CsvHeader> h;
                try {
                    h = header(p, name, warnings, notes, options);
                } catch (IOException e) {
                    throw unreadable(name, e, p, 0);
                }
                if (h.isEmpty()) {
                    c.finish(List.of(new CsvPart()), skipped, warnings, notes);
                    return c;
                }
                header = h.get();
            } catch (IOException e) {
                throw unreadable(name, e, null, 0);
            }
            if (header.line > 1) {
                // blank lines before the header could fill the first stretch, leaving the header to the next one as
                // a row: such a file is read in one go
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    return read(in, name, skipped, w -> { }, w -> { }, options);
                }
            }
            // First, cut where a line ends near each share of the file, without following quotes: right for nearly
            // every file, and no pass over the file before the parallel read. A cut inside a quoted field leaves the
            // stretch before it unfinished (a missing closing quote), so anything that goes wrong in this read, or a
            // malformed row, sends the file to a second read, cut exactly and numbered line by line.
            Object[] quick = readStretches(channel, header, name, CsvSplit.guess(channel, size, threads), true);
            if (Arrays.stream(quick).allMatch(o -> o instanceof CsvPart && ((CsvPart) o).badRows.isEmpty())) {
                c.finish(Arrays.stream(quick).map(o -> (CsvPart) o).toList(), skipped, warnings, notes);
                return c;
            }
            rethrowError(quick);
            Arrays.fill(quick, null); // not kept while the file is read again
            Object[] exact = readStretches(channel, header, name, CsvSplit.of(channel, size, threads),
                    skipped == null);
            rethrowError(exact);
            List<CsvPart> read = new ArrayList<>();
            for (Object o : exact) {
                if (o instanceof BadInputException) {
                    throw (BadInputException) o;
                }
                if (o instanceof RuntimeException) {
                    throw (RuntimeException) o;
                }
                CsvPart part = (CsvPart) o;
                read.add(part);
                if (skipped == null && !part.badRows.isEmpty()) {
                    break;
                }
            }
            c.finish(read, skipped, warnings, notes);
        }
        return c;
    }

    /** An Error in a reading thread (running out of memory) is the run's, as it would be on one thread. */
    private static void rethrowError(Object[] outcomes) {
        for (Object o : outcomes) {
            if (o instanceof Error) {
                throw (Error) o;
            }
        }
    }

    /**
     * Reads each stretch on a thread of its own; gives, in file order, each stretch's {@link CsvPart} or what
     * stopped its reading (a {@link BadInputException} naming the place, a RuntimeException or an Error).
     */
    private static Object[] readStretches(FileChannel channel, CsvHeader header, String name,
            List<CsvSplit.Stretch> stretches, boolean stopAtBadRow) {
        Object[] outcomes = new Object[stretches.size()];
        Thread[] readers = new Thread[stretches.size()];
        for (int i = 0; i < readers.length; i++) {
            int k = i;
            readers[k] = new Thread(() -> {
                CsvSplit.Stretch s = stretches.get(k);
                try (CsvParser p = parser(new BufferedInputStream(CsvSplit.stream(channel, s), 1 << 16),
                        s.linesBefore(), s.start() == 0, TextFormat.CSV)) {
                    try {
                        if (k == 0) {
                            header(p, name, w -> { }, w -> { }, ReadOptions.DEFAULT);
                        }
                        CsvPart part = new CsvPart();
                        part.read(p, header, name, s.linesBefore(), stopAtBadRow);
                        outcomes[k] = part;
                    } catch (IOException e) {
                        outcomes[k] = unreadable(name, e, p, s.linesBefore());
                    }
                } catch (IOException e) {
                    outcomes[k] = unreadable(name, e, null, s.linesBefore());
                } catch (BadInputException | RuntimeException | Error e) {
                    outcomes[k] = e;
                }
            }, "qdl-csv-" + k);
            readers[k].start();
        }
        for (Thread t : readers) {
            join(t);
        }
        return outcomes;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    /**
     * A parser of text that starts after {@code linesBefore} lines of the file ({@code fileStart}: at its very
     * beginning, where a byte-order mark is not content), checked to be UTF-8 as it is read.
     */
    private static CsvParser parser(InputStream in, long linesBefore, boolean fileStart, TextFormat format)
            throws IOException {
        CsvParser p;
        if (format.utf16()) {
            // Excel's "Unicode text": the byte-order mark says which way round; a bad sequence fails the read
            in.skipNBytes(2);
            p = MAPPER.getFactory().createParser(new InputStreamReader(in, (format.bigEndian()
                    ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        } else {
            InputStream text = new Utf8Input(in, linesBefore + 1);
            if (fileStart) {
                text = withoutByteOrderMark(text);
            }
            p = MAPPER.getFactory().createParser(text);
        }
        p.setSchema(CsvSchema.emptySchema().withColumnSeparator(format.separator()));
        p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        // the document is one array of rows: step inside it
        p.nextToken();
        return p;
    }

    /** The first row that is not blank, as the header; empty when the input has no rows at all. */
    private static Optional<CsvHeader> header(CsvParser p, String name, Consumer<String> warnings,
            Consumer<String> notes, ReadOptions options) throws IOException, BadInputException {
        CsvRow row = new CsvRow(256);
        while (row.read(p)) {
            if (!row.blank()) {
                return Optional.of(CsvHeader.of(row.list(), row.line, name, warnings, notes, options.columns()));
            }
        }
        return Optional.empty();
    }

    /**
     * A spreadsheet's UTF-8 export starts with a byte-order mark; it says how the text is encoded and is not part of
     * the text (a file holding only one has no rows).
     */
    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 3);
        byte[] head = p.readNBytes(3);
        boolean mark = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!mark) {
            p.unread(head);
        }
        return p;
    }

    /**
     * What a failure to read the text means to the user, at the line where it happened: text that is not UTF-8, CSV
     * that does not parse, a value beyond what the parser takes (its location comes from {@code p} when the
     * exception has none); {@code linesBefore} is where the text read starts in the file.
     */
    private static BadInputException unreadable(String name, IOException e, CsvParser p, long linesBefore) {
        if (e instanceof Utf8Input.NotUtf8Exception) {
            return ((Utf8Input.NotUtf8Exception) e).in(name);
        }
        if (e instanceof CharConversionException || e instanceof CharacterCodingException) {
            return new BadInputException(name + ": not UTF-8 or UTF-16 text (" + e.getMessage()
                    + "); save the file as UTF-8");
        }
        if (e instanceof JsonProcessingException && p != null && String.valueOf(e.getMessage())
                .contains("Missing closing quote")) {
            // the parser notices at the end of the file; the user needs the line where the quoted field starts,
            // which is where the last field read before it is (or its row starts)
            long line = linesBefore + Math.max(1, p.currentTokenLocation().getLineNr());
            return new BadInputException(name + ":" + line + ": not valid CSV: a quoted field that starts on this "
                    + "line is never closed (its closing `\"` is missing), so the rest of the file was read into it");
        }
        if (e instanceof JsonProcessingException) {
            JsonProcessingException j = (JsonProcessingException) e;
            JsonLocation where = j.getLocation() != null ? j.getLocation() : p != null ? p.currentLocation() : null;
            long line = linesBefore + (where == null || where.getLineNr() < 1 ? 1 : where.getLineNr());
            return new BadInputException(name + ":" + line + ": not valid CSV: " + JsonMessages.plain(j));
        }
        return new BadInputException(name + ": cannot be read: " + e.getMessage());
    }

    /** The number of candidates read. */
    public int count() {
        return first.length - 1;
    }

    @Override
    public boolean streaming() {
        return false;
    }

    @Override
    public Chunk next(int max) {
        int from = nextCandidate;
        int to = Math.min(count(), from + max);
        if (from >= to) {
            return null;
        }
        nextCandidate = to;
        return new Chunk() {
            @Override
            public int size() {
                return to - from;
            }

            @Override
            public String id(int i) {
                return ids.get(from + i);
            }

            @Override
            public List<Candidate> candidates() {
                List<Candidate> out = new ArrayList<>(to - from);
                for (int c = from; c < to; c++) {
                    out.add(candidate(c));
                }
                return out;
            }
        };
    }

    @Override
    public void close() {
        // everything was read in read()
    }

    // ----------------------------------------------------------------------------------------- reading

    /**
     * Merges the parts in file order into the first part's tables (numbering candidates by first appearance in the
     * file), reports or refuses bad rows, then groups rows by candidate with a stable counting sort, so that each
     * candidate's rows stay in file order. The rows themselves are not copied before they are sorted: a later part's
     * candidates and tuples are renumbered through a map.
     */
    private void finish(List<CsvPart> parts, Consumer<String> skipped, Consumer<String> warnings,
            Consumer<String> notes) throws BadInputException {
        for (CsvPart part : parts) {
            for (String bad : part.badRows) {
                if (skipped == null) {
                    throw new BadInputException(bad);
                }
                skipped.accept(bad);
            }
        }
        for (CsvPart part : parts) {
            for (String id : part.spacedIds) {
                warnings.accept(name + ": candidate id `" + id + "` has spaces around it; it is read as `"
                        + id.strip() + "`");
            }
        }
        CsvPart head = parts.get(0);
        ids = head.ids;
        values = head.values;
        tuples = head.tuples;
        int[][] idMap = new int[parts.size()][];
        int[][] tupleMap = new int[parts.size()][];
        int[] fields = new int[RowValues.WIDTH];
        for (int k = 1; k < parts.size(); k++) {
            CsvPart part = parts.get(k);
            int[] value = new int[part.values.size()];
            for (int v = 0; v < value.length; v++) {
                value[v] = values.intern(part.values.get(v));
            }
            tupleMap[k] = new int[part.tuples.size()];
            for (int t = 0; t < tupleMap[k].length; t++) {
                for (int f = 0; f < RowValues.WIDTH; f++) {
                    fields[f] = value[part.tuples.get(t, f)];
                }
                tupleMap[k][t] = tuples.intern(fields);
            }
            idMap[k] = new int[part.ids.size()];
            for (int i = 0; i < idMap[k].length; i++) {
                idMap[k][i] = ids.intern(part.ids.get(i));
            }
        }
        int n = ids.size();
        int[] start = new int[n + 1];
        int total = 0;
        for (int k = 0; k < parts.size(); k++) {
            IntList candidateOfRow = parts.get(k).candidateOfRow;
            int[] map = idMap[k];
            for (int r = 0; r < candidateOfRow.size(); r++) {
                int c = candidateOfRow.get(r);
                start[(map == null ? c : map[c]) + 1]++;
            }
            total += candidateOfRow.size();
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, n);
        rowTuples = new int[total];
        for (int k = 0; k < parts.size(); k++) {
            IntList candidateOfRow = parts.get(k).candidateOfRow;
            IntList tupleOfRow = parts.get(k).tupleOfRow;
            int[] map = idMap[k];
            int[] tmap = tupleMap[k];
            for (int r = 0; r < candidateOfRow.size(); r++) {
                int c = candidateOfRow.get(r);
                int t = tupleOfRow.get(r);
                rowTuples[fill[map == null ? c : map[c]]++] = tmap == null ? t : tmap[t];
            }
        }
        first = start;
        plain = new Achievement[tuples.size()];
        for (int k = 0; k < parts.size(); k++) {
            for (CsvPart.BadRow b : parts.get(k).bad) {
                if (b.candidate() >= 0) {
                    int c = idMap[k] == null ? b.candidate() : idMap[k][b.candidate()];
                    problemsOf.computeIfAbsent(c, x -> new ArrayList<>()).add(new Problem(Problem.Kind.UNREADABLE_ROW,
                            b.unit(), null, b.what(), List.of(), null, b.line()));
                }
            }
        }
        readDates(notes);
        similarIds(warnings);
    }

    /** Reads every distinct date value once, as the file's own dates settle their order. */
    private void readDates(Consumer<String> notes) {
        isoDates = new String[values.size()];
        List<String> raw = new ArrayList<>();
        for (int t = 0; t < tuples.size(); t++) {
            int d = tuples.get(t, RowValues.DATE);
            if (d != 0 && isoDates[d] == null) {
                isoDates[d] = "";
                raw.add(values.get(d));
            }
        }
        dates = DateReader.of(options.dates(), raw);
        dates.note().ifPresent(n -> notes.accept(name + ": " + n));
        for (int t = 0; t < tuples.size(); t++) {
            int d = tuples.get(t, RowValues.DATE);
            if (d != 0 && isoDates[d].isEmpty()) {
                String iso = dates.iso(values.get(d));
                isoDates[d] = iso == null ? AMBIGUOUS : iso;
            }
        }
    }

    /**
     * Ids that differ only in case are two candidates, each told of the other (on its result, and once on stderr):
     * found by sorting the ids' folded hashes, so a million ids take no map.
     */
    private void similarIds(Consumer<String> warnings) {
        int n = ids.size();
        long[] keyed = new long[n];
        for (int c = 0; c < n; c++) {
            keyed[c] = (long) ids.get(c).toLowerCase(Locale.ROOT).hashCode() << 32 | c;
        }
        Arrays.sort(keyed);
        int said = 0;
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && keyed[j] >>> 32 == keyed[i] >>> 32) {
                j++;
            }
            for (int a = i; a < j; a++) {
                for (int b = a + 1; b < j; b++) {
                    int x = (int) keyed[a];
                    int y = (int) keyed[b];
                    String idX = ids.get(Math.min(x, y));
                    String idY = ids.get(Math.max(x, y));
                    if (idX.equalsIgnoreCase(idY) && idX.toLowerCase(Locale.ROOT).equals(idY.toLowerCase(Locale.ROOT))) {
                        problemsOf.computeIfAbsent(Math.min(x, y), k -> new ArrayList<>()).add(new Problem(
                                Problem.Kind.SIMILAR_ID, null, null, idY, List.of(), null));
                        problemsOf.computeIfAbsent(Math.max(x, y), k -> new ArrayList<>()).add(new Problem(
                                Problem.Kind.SIMILAR_ID, null, null, idX, List.of(), null));
                        if (said++ < SIMILAR_IDS_SAID) {
                            warnings.accept(name + ": candidates `" + idX + "` and `" + idY + "` differ only in "
                                    + "case; they are evaluated as two candidates [E011]");
                        }
                    }
                }
            }
            i = j;
        }
    }

    // ----------------------------------------------------------------------------------------- building

    private Candidate candidate(int c) {
        int from = first[c];
        int to = first[c + 1];
        boolean rated = false;
        for (int i = from; i < to && !rated; i++) {
            rated = tuples.get(rowTuples[i], RowValues.CRITERION) != 0;
        }
        List<Problem> problems = problems(c, from, to);
        if (rated) {
            return new Candidate(ids.get(c), withRatings(from, to), problems);
        }
        Achievement[] achievements = new Achievement[to - from];
        for (int i = from; i < to; i++) {
            achievements[i - from] = plain(rowTuples[i]);
        }
        return new Candidate(ids.get(c), List.of(achievements), problems);
    }

    /** What reading found about candidate {@code c}: its bad rows, its ambiguous dates, an id like another's. */
    private List<Problem> problems(int c, int from, int to) {
        List<Problem> out = null;
        for (int i = from; i < to; i++) {
            int d = tuples.get(rowTuples[i], RowValues.DATE);
            if (d != 0 && isoDates[d] == AMBIGUOUS) {
                out = out == null ? new ArrayList<>() : out;
                String raw = values.get(d);
                out.add(new Problem(Problem.Kind.AMBIGUOUS_DATE, values.get(tuples.get(rowTuples[i], RowValues.UNIT)),
                        null, raw, dates.readings(raw), null));
            }
        }
        List<Problem> found = problemsOf.get(c);
        if (found != null) {
            out = out == null ? new ArrayList<>() : out;
            out.addAll(0, found);
        }
        return out == null ? List.of() : out;
    }

    /** The date of a row as the engine is to read it: the ISO date it means, none when it is ambiguous. */
    private Optional<String> date(int value) {
        if (value == 0 || isoDates[value] == AMBIGUOUS) {
            return Optional.empty();
        }
        return Optional.of(isoDates[value]);
    }

    /** One achievement per distinct plain tuple, shared by every candidate that has it (it is immutable). */
    private Achievement plain(int t) {
        Achievement a = plain[t];
        if (a == null) {
            a = new Achievement(values.get(tuples.get(t, RowValues.UNIT)), value(t, RowValues.RESULT), Map.of(),
                    date(tuples.get(t, RowValues.DATE)), value(t, RowValues.STATUS), 0);
            plain[t] = a;
        }
        return a;
    }

    /** A rating row adds to the latest entry for its unit (or starts one); a plain row starts a new entry. */
    private List<Achievement> withRatings(int from, int to) {
        List<Entry> entries = new ArrayList<>();
        Map<Integer, Entry> latest = new HashMap<>();
        for (int i = from; i < to; i++) {
            int t = rowTuples[i];
            int unit = tuples.get(t, RowValues.UNIT);
            Entry e = tuples.get(t, RowValues.CRITERION) == 0 ? null : latest.get(unit);
            if (e == null) {
                e = new Entry(unit);
                entries.add(e);
                latest.put(unit, e);
            }
            e.result = e.result != 0 ? e.result : tuples.get(t, RowValues.RESULT);
            e.status = e.status != 0 ? e.status : tuples.get(t, RowValues.STATUS);
            e.date = e.date != 0 ? e.date : tuples.get(t, RowValues.DATE);
            int criterion = tuples.get(t, RowValues.CRITERION);
            if (criterion != 0) {
                e.criteria.put(values.get(criterion), values.get(tuples.get(t, RowValues.RATING)));
            }
        }
        List<Achievement> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(new Achievement(values.get(e.unit), optional(e.result), e.criteria, date(e.date),
                    optional(e.status), 0));
        }
        return out;
    }

    private static final class Entry {
        final int unit;
        int result;
        int status;
        int date;
        final Map<String, String> criteria = new LinkedHashMap<>();

        Entry(int unit) {
            this.unit = unit;
        }
    }

    private Optional<String> value(int tuple, int field) {
        return optional(tuples.get(tuple, field));
    }

    private Optional<String> optional(int value) {
        return value == 0 ? Optional.empty() : Optional.of(values.get(value));
    }
}
