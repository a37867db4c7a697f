package org.qdl.cli.candidates;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
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
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.qdl.cli.trace.Timeline;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.result.Problem;

/**
 * Candidates from CSV: a header row, then one row per achievement (or per criterion rating). Columns
 * `candidate` and `unit` are required; `result`, `status`, `date`, `criterion` and `rating` are optional. A row
 * with a criterion adds that rating to the candidate's unit. Rows of one candidate need not be adjacent, so the
 * whole file is read first — compactly, three ints a row — and candidates come out in order of first appearance.
 */
public final class CsvCandidates implements CandidateSource {
    /**
     * The parser's factory alone: a CsvMapper's set-up (tens of milliseconds at start) serves no reading here. Made on
     * first use: a plain file's header and rows are read straight from its bytes, and making it took 10-15 ms of the
     * start before the reading.
     */
    private static final class Parsers {
        static final CsvFactory FACTORY = new CsvFactory();
    }

    private final String name;
    private final ReadOptions options;
    /** Large files are read in stretches on several threads. */
    private static final long PARALLEL_FROM = 16L << 20;
    /**
     * A large file is cut into one stretch for each reading thread, and a thread done with its own takes the unread end
     * of another's ({@link SharedStretch}) while one has at least {@link #LEAST_SHARE} left. Fixed shares, two a thread
     * taken in turn, left a thread slowed at the start (on two cores, the JIT and the spec's compiling share the cores
     * then) reading on alone at the end, for 30 to 90 ms of 0.6 s at 500,000 learners; and below
     * {@link #BUCKETED_FROM} threads every part costs the joining a look-up of its candidates in the parts before it
     * ({@link #seenBefore}), so the fewer the better.
     */
    private static final long LEAST_SHARE = 1L << 20;
    /**
     * From how many reading threads the parts are joined by buckets of ids ({@link EarlierParts}) rather than each
     * part looking its ids up in every earlier part's ({@link #seenBefore}): that costs the last part's thread about as
     * many look-ups as the file has candidates, a few milliseconds on two cores, more as the threads (and the parts)
     * grow. On two or three threads the look-ups are the quicker (a bucket's look-up also records the id).
     */
    static final int BUCKETED_FROM = 4;

    /**
     * How many stretches a large file is cut into when they cannot be shared: read by the parser (a file with quotes),
     * or cut exactly (the second reading). The threads take them in file order, each the next one left when it is
     * free: twice as many as the threads, so that they finish nearly together. Not more: below
     * {@link #BUCKETED_FROM} threads each part then looks its candidates up in every earlier part
     * ({@link #seenBefore}), which at four stretches a thread took longer than the reading saved. Nor is a stretch
     * under a megabyte, but there is one for each thread.
     */
    static int fixedStretches(int threads, long size) {
        return (int) Math.max(threads, Math.min(2L * threads, size / (1L << 20)));
    }

    /** How many parts the file was read in: its stretches, and those cut off them by idle threads. */
    int partCount() {
        return parts.size();
    }

    /** Ids that differ only in case reported on stderr, at most (each pair is also on both results). */
    private static final int SIMILAR_IDS_SAID = 20;

    /** The file's stretches in file order, each with its rows grouped by its own candidates. */
    private List<CsvPart> parts = List.of();
    /**
     * Candidates are numbered in order of first appearance in the file: part k's candidates that no earlier part
     * has are numbers offset[k] .. offset[k + 1] - 1, and newLocal[k] gives their numbers within part k.
     */
    private int[] offset;
    private int[][] newLocal;
    /**
     * A candidate whose rows are in more than one part (a cut fell among them, or their rows are far apart): the
     * later parts' groups, in file order, by the (part, local number) where the candidate first appears.
     */
    private Map<Long, List<long[]>> later = Map.of();
    private int nextCandidate;
    /** Per date value as given: the ISO date it reads as; {@link #AMBIGUOUS} for a date read as two days. */
    private Map<String, String> isoDates = Map.of();
    private DateReader dates;
    /** The problems found while reading, by candidate id: bad rows, ids differing only in case. */
    private final Map<String, List<Problem>> problemsOf = new HashMap<>();
    /** Learners given two registration dates under {@code --skip-bad-rows}: theirs is left out. */
    private final java.util.Set<String> conflicting = new java.util.HashSet<>();
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
        sayFormat(format, name, notes);
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
            Consumer<String> notes, ReadOptions options, int threads) throws IOException, BadInputException {
        return read(file, name, skipped, warnings, notes, options, Splitting.on(threads));
    }

    /** A file read as {@code splitting} says, with the default options (for tests, which cut small files). */
    static CsvCandidates read(Path file, String name, Consumer<String> skipped, Consumer<String> warnings,
            Splitting splitting) throws IOException, BadInputException {
        return read(file, name, skipped, warnings, w -> { }, ReadOptions.DEFAULT, splitting);
    }

    /**
     * How a file is read on threads: on up to {@code threads} of them when it has at least {@code parallelFrom} bytes,
     * cut into {@code stretches} stretches (0: as the file asks, see {@link CsvCandidates#read(Path, String, Consumer,
     * Consumer, Consumer, ReadOptions, Splitting)}), a thread left with nothing to read taking the end of another's
     * stretch while that has {@code leastShare} bytes left. A run's are {@link #on}; tests make the sizes small.
     */
    record Splitting(int threads, long parallelFrom, int stretches, long leastShare) {
        /** As a run reads a file on up to {@code threads} threads. */
        static Splitting on(int threads) {
            return new Splitting(threads, PARALLEL_FROM, 0, LEAST_SHARE);
        }

        /** The same, cutting a file of at least {@code bytes}. */
        Splitting cutFrom(long bytes) {
            return new Splitting(threads, bytes, stretches, leastShare);
        }

        /** The same, cutting a file into {@code n} stretches. */
        Splitting inStretches(int n) {
            return new Splitting(threads, parallelFrom, n, leastShare);
        }

        /** The same, sharing a stretch while it has at least {@code bytes} left. */
        Splitting sharingFrom(long bytes) {
            return new Splitting(threads, parallelFrom, stretches, bytes);
        }
    }

    /**
     * A file read as {@code splitting} says: with no fixed number of stretches, one for each thread, which share them,
     * or two for each when the file is read by the parser (see below).
     */
    static CsvCandidates read(Path file, String name, Consumer<String> skipped, Consumer<String> warnings,
            Consumer<String> notes, ReadOptions options, Splitting splitting) throws IOException, BadInputException {
        int threads = splitting.threads();
        long size = Files.size(file);
        TextFormat format;
        boolean quoted;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 16);
            format = TextFormat.of(head);
            quoted = contains(head, (byte) '"');
        }
        if (format.utf16()) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return read(in, name, skipped, warnings, notes, options);
            }
        }
        sayFormat(format, name, notes);
        // stretches are cut where a line ends outside quotes, as a comma-separated UTF-8 file marks them; one a thread
        // when the threads can share them (plain text: a file whose first 64 KB hold no quote is nearly always plain
        // throughout), else two a thread (the parser reads a stretch whole)
        boolean cut = threads >= 2 && size >= splitting.parallelFrom() && format.usual();
        int parts = !cut ? 1 : splitting.stretches() > 0 ? splitting.stretches()
                : quoted ? fixedStretches(threads, size) : threads;
        long share = cut ? splitting.leastShare() : Long.MAX_VALUE;
        CsvCandidates c = new CsvCandidates(name, options);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Optional<CsvHeader> h = header(channel, size, name, warnings, notes, options, format);
            if (h.isEmpty()) {
                c.finish(List.of(new CsvPart()), skipped, warnings, notes);
                return c;
            }
            CsvHeader header = h.get();
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
            Object[] quick = readStretches(channel, header, name, CsvSplit.guess(channel, size, parts), true, format,
                    threads, share);
            if (Arrays.stream(quick).allMatch(o -> o instanceof CsvPart && ((CsvPart) o).badRows.isEmpty())) {
                // each stretch was numbered from its own first line: it starts after the lines of those before it
                long before = 0;
                for (Object o : quick) {
                    CsvPart part = (CsvPart) o;
                    part.shiftLines(before);
                    before += part.lines;
                }
                c.finish(Arrays.stream(quick).map(o -> (CsvPart) o).toList(), skipped, warnings, notes, threads);
                return c;
            }
            rethrowError(quick);
            Arrays.fill(quick, null); // not kept while the file is read again
            // (stretches of their own would number their rows' lines from 0, where these count the lines before them)
            Object[] exact = readStretches(channel, header, name,
                    CsvSplit.of(channel, size, parts == 1 ? 1 : fixedStretches(threads, size)), skipped == null, format,
                    threads, Long.MAX_VALUE);
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
            c.finish(read, skipped, warnings, notes, threads);
        }
        return c;
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
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
     * Reads the stretches on up to {@code threads} threads, each taking the next stretch not yet taken (in file order)
     * until none is left, straight from its bytes when it is plain text ({@link PlainCsv}), else with the parser. A
     * thread left with nothing to read then takes the unread end of the stretch with the most left
     * ({@link SharedStretch}), which becomes a stretch of its own, until none has {@code leastShare} bytes left
     * ({@link Long#MAX_VALUE}: none is shared); stretches so made count their lines from their own start (0 before).
     * Gives, in file order, each stretch's {@link CsvPart} or what stopped its reading (a {@link BadInputException}
     * naming the place, a RuntimeException or an Error); or only what stopped a thread outside any stretch's reading,
     * since a stretch may then be unread.
     */
    private static Object[] readStretches(FileChannel channel, CsvHeader header, String name,
            List<CsvSplit.Stretch> stretches, boolean stopAtBadRow, TextFormat format, int threads, long leastShare) {
        SharedStretch[] planned = stretches.stream().map(SharedStretch::new).toArray(SharedStretch[]::new);
        List<SharedStretch> reading = new CopyOnWriteArrayList<>(planned);
        Map<Long, Object> outcomes = new ConcurrentSkipListMap<>();
        AtomicInteger taken = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        // a thread with no stretch of its own (more threads than stretches) takes the end of another's from the start
        boolean sharing = leastShare < Long.MAX_VALUE;
        // the join looks each part's ids up in the earlier parts' only when there are several parts and few threads
        // (seenBefore): then each part's filter of its ids' hashes is made, by the thread that read it
        boolean lookedUp = threads < BUCKETED_FROM && (planned.length > 1 || sharing);
        Thread[] readers = new Thread[Math.max(1, sharing ? threads : Math.min(threads, planned.length))];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = new Thread(() -> {
                try {
                    for (int k = taken.getAndIncrement(); k < planned.length; k = taken.getAndIncrement()) {
                        Timeline.mark("reading stretch", k);
                        outcomes.put(planned[k].start(), outcome(channel, planned[k], k == 0, header, name,
                                stopAtBadRow, format, lookedUp));
                    }
                    for (SharedStretch s = share(channel, reading, leastShare); s != null;
                            s = share(channel, reading, leastShare)) {
                        Timeline.mark("reading a cut from byte", s.start());
                        outcomes.put(s.start(), outcome(channel, s, false, header, name, stopAtBadRow, format,
                                lookedUp));
                    }
                    Timeline.mark("done reading");
                } catch (RuntimeException | Error e) {
                    failed.compareAndSet(null, e); // beside the stretches' own outcomes, which this thread may lack
                }
            }, "qdl-csv-" + i);
            readers[i].start();
        }
        for (Thread t : readers) {
            join(t);
        }
        if (failed.get() != null) {
            return new Object[] {failed.get()};
        }
        return outcomes.values().toArray();
    }

    /**
     * A stretch's part (its ids sealed for look-ups from other parts when {@code lookedUp}), or what stopped its
     * reading: a BadInputException, a RuntimeException or an Error.
     */
    private static Object outcome(FileChannel channel, SharedStretch s, boolean first, CsvHeader header, String name,
            boolean stopAtBadRow, TextFormat format, boolean lookedUp) {
        try {
            Object read = readStretch(channel, s, first, header, name, stopAtBadRow, format);
            if (lookedUp && read instanceof CsvPart part) {
                part.ids.seal();
            }
            return read;
        } catch (RuntimeException | Error e) {
            s.keep(); // nobody reads on in a stretch that failed
            return e;
        }
    }

    /** How many times a thread tries to take part of a stretch before it stops (its reader claimed past the cut). */
    private static final int SHARE_ATTEMPTS = 8;

    /**
     * The unread end of the stretch with the most bytes to share, cut off for this thread to read and added to
     * {@code reading}; null when none has {@code least} bytes left ({@link Long#MAX_VALUE}: no sharing).
     */
    private static SharedStretch share(FileChannel channel, List<SharedStretch> reading, long least) {
        for (int attempt = 0; attempt < SHARE_ATTEMPTS; attempt++) {
            SharedStretch most = null;
            for (SharedStretch s : reading) {
                if (most == null || s.shareable() > most.shareable()) {
                    most = s;
                }
            }
            if (most == null || most.shareable() < least) {
                return null;
            }
            try {
                SharedStretch cut = most.cutOff(channel, least);
                if (cut != null) {
                    reading.add(cut);
                    return cut;
                }
            } catch (IOException e) {
                most.keep(); // what cannot be read is said by the stretch's own reader
            }
        }
        return null;
    }

    /**
     * One stretch, from its bytes when it is plain text, else with the parser: its part, or the
     * {@link BadInputException} that says where and why it cannot be read.
     */
    private static Object readStretch(FileChannel channel, SharedStretch shared, boolean first, CsvHeader header,
            String name, boolean stopAtBadRow, TextFormat format) {
        try {
            CsvPart plain = new CsvPart();
            if (PlainCsv.read(channel, shared, format.separator(), header, name, plain, stopAtBadRow)) {
                return plain;
            }
        } catch (IOException e) {
            shared.keep(); // nobody reads on in a stretch that failed
            return unreadable(name, e, null, shared.linesBefore());
        }
        // read again whole, by the parser: no thread takes its end from now on
        CsvSplit.Stretch s = shared.whole();
        try (CsvParser p = parser(new BufferedInputStream(CsvSplit.stream(channel, s), 1 << 16), s.linesBefore(),
                s.start() == 0, format)) {
            try {
                if (first) {
                    skipHeader(p);
                }
                CsvPart part = new CsvPart();
                part.read(p, header, name, s.linesBefore(), stopAtBadRow);
                return part;
            } catch (IOException e) {
                return unreadable(name, e, p, s.linesBefore());
            }
        } catch (IOException e) {
            return unreadable(name, e, null, s.linesBefore());
        }
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
            p = Parsers.FACTORY.createParser(new Utf16Input(in, format.bigEndian()));
        } else {
            InputStream text = new Utf8Input(in, linesBefore + 1);
            if (fileStart) {
                text = withoutByteOrderMark(text);
            }
            p = Parsers.FACTORY.createParser(text);
        }
        p.setSchema(CsvSchema.emptySchema().withColumnSeparator(format.separator()));
        p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        // the document is one array of rows: step inside it
        p.nextToken();
        return p;
    }

    /**
     * The file's header (see below): straight from its bytes when the text up to it is plain ({@link PlainCsv#header}),
     * else with the parser.
     */
    private static Optional<CsvHeader> header(FileChannel channel, long size, String name, Consumer<String> warnings,
            Consumer<String> notes, ReadOptions options, TextFormat format) throws BadInputException {
        CsvRow plain;
        try {
            plain = PlainCsv.header(channel, size, format.separator());
        } catch (IOException e) {
            throw unreadable(name, e, null, 0);
        }
        if (plain != null) {
            return plain.size == 0 ? Optional.empty()
                    : Optional.of(CsvHeader.of(plain.list(), plain.line, name, warnings, notes, options.columns()));
        }
        try (CsvParser p = parser(CsvSplit.stream(channel, new CsvSplit.Stretch(0, size, 0)), 0, true, format)) {
            try {
                return header(p, name, warnings, notes, options);
            } catch (IOException e) {
                throw unreadable(name, e, p, 0);
            }
        } catch (IOException e) {
            throw unreadable(name, e, null, 0);
        }
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

    /** Says how the file is written when it is not plain UTF-8 with commas. */
    private static void sayFormat(TextFormat format, String name, Consumer<String> notes) {
        if (!format.usual()) {
            notes.accept(name + ": read as " + format.describe());
        }
    }

    /** Passes over the header (the first row that is not blank), read already. */
    private static void skipHeader(CsvParser p) throws IOException {
        CsvRow row = new CsvRow(256);
        while (row.read(p) && row.blank()) {
            // blank rows before the header
        }
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
        if (e instanceof NotTextException) {
            return ((NotTextException) e).in(name);
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
        return offset[offset.length - 1];
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
                int c = from + i;
                int k = partOf(c);
                return parts.get(k).ids.get(newLocal[k][c - offset[k]]);
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
     * Joins the parts in file order after reporting or refusing bad rows. Each part groups its own rows by its own
     * candidates and finds which of them an earlier part already has, on a thread per part; what is left for one
     * thread grows with the number of parts and of candidates whose rows span parts, not with the file.
     */
    private void finish(List<CsvPart> read, Consumer<String> skipped, Consumer<String> warnings,
            Consumer<String> notes) throws BadInputException {
        finish(read, skipped, warnings, notes, 1);
    }

    /** Joins the parts, as above, on {@code threads} threads. */
    private void finish(List<CsvPart> read, Consumer<String> skipped, Consumer<String> warnings,
            Consumer<String> notes, int threads) throws BadInputException {
        Timeline.mark("joining parts", read.size());
        for (CsvPart part : read) {
            for (String bad : part.badRows) {
                if (skipped == null) {
                    throw new BadInputException(bad);
                }
                skipped.accept(bad);
            }
        }
        // an id with spaces is said once, though the rows that give it are in several parts
        java.util.Set<String> spaced = new java.util.LinkedHashSet<>();
        for (CsvPart part : read) {
            spaced.addAll(part.spacedIds);
        }
        spaced.stream().limit(CsvPart.SPACED_IDS).forEach(id -> warnings.accept(name + ": candidate id `" + id
                + "` has spaces around it; it is read as `" + id.strip() + "`"));
        for (CsvPart part : read) {
            for (CsvPart.BadRow b : part.bad) {
                if (b.candidate() >= 0) {
                    problemsOf.computeIfAbsent(part.ids.get(b.candidate()), x -> new ArrayList<>()).add(new Problem(
                            Problem.Kind.UNREADABLE_ROW, b.unit(), null, b.what(), List.of(), null, b.line()));
                }
            }
        }
        readDates(read, notes);
        registrations(read, skipped, warnings);
        int k = read.size();
        int[][] earlier = new int[k][];
        int[][] fresh = new int[k][];
        if (k == 1) {
            similarIds(read, warnings);
            read.get(0).group();
            earlier[0] = new int[0];
            fresh[0] = fresh(read.get(0).ids.size(), earlier[0]);
        } else if (threads < BUCKETED_FROM) {
            // a thread a part: it groups the part's rows and looks its ids up in the earlier parts'; meanwhile, on this
            // thread, ids that differ only in case (the parts' ids are only read, by all)
            onThreads(k, i -> {
                read.get(i).group();
                earlier[i] = seenBefore(read, i);
                fresh[i] = fresh(read.get(i).ids.size(), earlier[i]);
            }, () -> similarIds(read, warnings));
        } else {
            // a thread a part groups its rows and sorts its ids into buckets; then a thread a bucket matches its ids
            // across the parts; then a thread a part says which of its candidates an earlier part has
            EarlierParts sight = new EarlierParts(read.stream().map(part -> part.ids).toList(), threads);
            onThreads(k, i -> {
                read.get(i).group();
                sight.sort(i);
            }, () -> similarIds(read, warnings));
            onThreads(threads, sight::match, () -> { });
            onThreads(k, i -> {
                earlier[i] = sight.seen(i);
                fresh[i] = sight.fresh(i);
            }, () -> { });
        }
        Timeline.mark("joined");
        offset = new int[k + 1];
        newLocal = new int[k][];
        Map<Long, List<long[]>> spans = new HashMap<>();
        for (int p = 0; p < k; p++) {
            int[] seen = earlier[p]; // triples: a local number, and the part and local number where it first appears
            for (int s = 0; s < seen.length; s += 3) {
                long owner = key(seen[s + 1], seen[s + 2]);
                spans.computeIfAbsent(owner, o -> new ArrayList<>(1)).add(new long[] {p, seen[s]});
            }
            newLocal[p] = fresh[p];
            offset[p + 1] = offset[p] + fresh[p].length;
        }
        parts = List.copyOf(read);
        later = spans;
        findPlainTuples();
    }

    /**
     * Refuses a learner given two registration dates (E017), naming both rows: one would otherwise be taken silently.
     * With {@code --skip-bad-rows} ({@code skipped} not null) the learner's registration date is left out instead (the
     * rules on registration are then not checked for them), with a warning, and their result says why.
     */
    private void registrations(List<CsvPart> read, Consumer<String> skipped, Consumer<String> warnings)
            throws BadInputException {
        Map<String, FirstRegistration> first = new HashMap<>();
        for (CsvPart part : read) {
            for (long[] r : part.registrations) {
                String id = part.ids.get((int) r[0]);
                String raw = part.values.get((int) r[1]);
                String iso = date(raw).orElse(null);
                if (iso == null) {
                    continue; // ambiguous: E010 says so
                }
                FirstRegistration was = first.putIfAbsent(id, new FirstRegistration(iso, r[2]));
                if (was != null && !was.iso().equals(iso) && !conflicting.contains(id)) {
                    String message = name + ":" + r[2] + ": candidate `" + id + "` is registered on " + iso
                            + " here but on " + was.iso() + " at " + name + ":" + was.line()
                            + "; a learner has one registration date [E017]";
                    if (skipped == null) {
                        throw new BadInputException(message);
                    }
                    // no row is left out: the learner's registration date is (a warning, not a skipped row)
                    warnings.accept(message + "; the registration date is left out");
                    conflicting.add(id);
                    problemsOf.computeIfAbsent(id, x -> new ArrayList<>()).add(new Problem(
                            Problem.Kind.REGISTRATION_CONFLICT, "", null, iso, List.of(was.iso()), null, r[2]));
                }
            }
        }
    }

    /** A learner's first registration date, ISO, and the line that gave it. */
    private record FirstRegistration(String iso, long line) {
    }

    /** Reads every distinct date value once, as the file's own dates settle their order. */
    private void readDates(List<CsvPart> read, Consumer<String> notes) {
        java.util.Set<String> raw = new java.util.LinkedHashSet<>();
        for (CsvPart part : read) {
            for (int t = 0; t < part.tuples.size(); t++) {
                for (int field : new int[] {RowValues.DATE, RowValues.REGISTERED}) {
                    int d = part.tuples.get(t, field);
                    if (d != 0) {
                        raw.add(part.values.get(d));
                    }
                }
            }
        }
        dates = DateReader.of(options.dates(), raw);
        dates.note().ifPresent(n -> notes.accept(name + ": " + n));
        Map<String, String> iso = new HashMap<>();
        for (String d : raw) {
            String read1 = dates.iso(d);
            iso.put(d, read1 == null ? AMBIGUOUS : read1);
        }
        isoDates = iso;
    }

    /**
     * Ids that differ only in case are two candidates, each told of the other (on its result, and once on stderr):
     * found by sorting the ids' folded hashes, so a million ids take no map; and only looked for where some ids have
     * lower-case letters and some capitals, or characters beyond ASCII ({@link IdTable#mayDifferOnlyInCase}).
     */
    private void similarIds(List<CsvPart> read, Consumer<String> warnings) {
        if (!IdTable.mayDifferOnlyInCase(read.stream().map(part -> part.ids).toList())) {
            return; // the usual file: ids in capitals, or in lower case, throughout
        }
        int n = 0;
        for (CsvPart part : read) {
            n += part.ids.size();
        }
        long[] keyed = new long[n];
        int[] before = new int[read.size() + 1];
        int c = 0;
        for (int k = 0; k < read.size(); k++) {
            CsvPart part = read.get(k);
            before[k + 1] = before[k] + part.ids.size();
            for (int local = 0; local < part.ids.size(); local++, c++) {
                keyed[c] = (long) part.ids.foldedHash(local) << 32 | c;
            }
        }
        // the id numbered c among all parts' ids
        java.util.function.IntFunction<String> all = i -> {
            int k = Arrays.binarySearch(before, i);
            k = k >= 0 ? k : -k - 2;
            while (before[k + 1] == i && k + 1 < read.size()) {
                k++; // a part with no ids
            }
            return read.get(k).ids.get(i - before[k]);
        };
        Arrays.sort(keyed);
        int said = 0;
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && keyed[j] >>> 32 == keyed[i] >>> 32) {
                j++;
            }
            if (j - i == 1) {
                i = j; // nearly every id: no other folds to its hash
                continue;
            }
            // in order of first appearance (within one hash, the keys sort by position)
            List<String> group = new ArrayList<>(new java.util.LinkedHashSet<>(
                    Arrays.stream(keyed, i, j).mapToObj(key -> all.apply((int) key)).toList()));
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    String x = group.get(a);
                    String y = group.get(b);
                    if (x.toLowerCase(Locale.ROOT).equals(y.toLowerCase(Locale.ROOT))) {
                        problemsOf.computeIfAbsent(x, k -> new ArrayList<>()).add(new Problem(
                                Problem.Kind.SIMILAR_ID, null, null, y, List.of(), null));
                        problemsOf.computeIfAbsent(y, k -> new ArrayList<>()).add(new Problem(
                                Problem.Kind.SIMILAR_ID, null, null, x, List.of(), null));
                        if (said++ < SIMILAR_IDS_SAID) {
                            warnings.accept(name + ": candidates `" + x + "` and `" + y + "` differ only in "
                                    + "case; they are evaluated as two candidates [E011]");
                        }
                    }
                }
            }
            i = j;
        }
    }

    /**
     * Part {@code p}'s candidates that an earlier part has, in increasing order, as triples: the local number, and
     * the first earlier part with that candidate and its number there. Only reads the earlier parts.
     */
    private static int[] seenBefore(List<CsvPart> read, int p) {
        CsvPart part = read.get(p);
        IntList out = new IntList();
        for (int c = 0; c < part.ids.size(); c++) {
            for (int q = 0; q < p; q++) {
                int there = read.get(q).ids.find(part.ids, c);
                if (there >= 0) {
                    out.add(c);
                    out.add(q);
                    out.add(there);
                    break;
                }
            }
        }
        int[] triples = new int[out.size()];
        for (int i = 0; i < triples.length; i++) {
            triples[i] = out.get(i);
        }
        return triples;
    }

    /**
     * The local numbers of a part's candidates that no earlier part has, in order: all {@code n} but those the triples
     * of {@link #seenBefore} name. Worked out on the part's own thread while the parts are joined (on this one when
     * there is one part).
     */
    private static int[] fresh(int n, int[] seen) {
        int[] fresh = new int[n - seen.length / 3];
        int f = 0;
        int s = 0;
        for (int c = 0; c < n; c++) {
            if (s < seen.length && seen[s] == c) {
                s += 3;
            } else {
                fresh[f++] = c;
            }
        }
        return fresh;
    }

    /**
     * Runs {@code work} for 0 … n - 1, each on a thread of its own, and {@code meanwhile} on this one; returns when all
     * are done. What a thread threw is thrown here (an Error first: running out of memory is the run's, as it would be
     * on one thread).
     */
    private static void onThreads(int n, java.util.function.IntConsumer work, Runnable meanwhile) {
        Thread[] threads = new Thread[n];
        Throwable[] failed = new Throwable[n + 1];
        int started = 0;
        try {
            for (int i = 0; i < n; i++) {
                int index = i;
                threads[i] = new Thread(() -> {
                    try {
                        work.accept(index);
                    } catch (RuntimeException | Error e) {
                        failed[index] = e;
                    }
                }, "qdl-csv-join-" + i);
                threads[i].start();
                started++;
            }
            meanwhile.run();
        } catch (RuntimeException | Error e) {
            failed[n] = e; // this thread's, or a thread that could not be started
        }
        for (int i = 0; i < started; i++) {
            join(threads[i]);
        }
        for (Throwable e : failed) {
            if (e instanceof Error) {
                throw (Error) e;
            }
        }
        for (Throwable e : failed) {
            if (e != null) {
                throw (RuntimeException) e;
            }
        }
    }

    private static long key(int part, int local) {
        return ((long) part << 32) | local;
    }

    // ----------------------------------------------------------------------------------------- building

    /** The part where candidate c first appears. */
    private int partOf(int c) {
        int k = Arrays.binarySearch(offset, c);
        if (k < 0) {
            return -k - 2;
        }
        // parts with no new candidates share an offset: the last of them is the one whose candidates start here
        while (k + 1 < offset.length - 1 && offset[k + 1] == c) {
            k++;
        }
        return k;
    }

    private Candidate candidate(int c) {
        int k = partOf(c);
        int local = newLocal[k][c - offset[k]];
        CsvPart part = parts.get(k);
        String id = part.ids.get(local);
        List<long[]> spans = later.isEmpty() ? null : later.get(key(k, local));
        if (spans != null) {
            List<Row> rows = new ArrayList<>();
            boolean rated = addRows(rows, parts.get(k), local);
            for (long[] span : spans) {
                rated |= addRows(rows, parts.get((int) span[0]), (int) span[1]);
            }
            return new Candidate(id, rated ? withRatings(rows) : plain(rows), problems(id, rows), registered(id, rows));
        }
        int from = part.first[local];
        int to = part.first[local + 1];
        if (plainOnly(k, part, from, to)) {
            // nearly every learner: rows of plain tuples, each its shared achievement at the row's line
            Achievement[] out = new Achievement[to - from];
            for (int i = from; i < to; i++) {
                out[i - from] = plain(part, part.tupleAt(i)).at(part.lineOf(i));
            }
            List<Problem> found = problemsOf.isEmpty() ? null : problemsOf.get(id);
            return new Candidate(id, List.of(out), found == null ? List.of() : new ArrayList<>(found), null);
        }
        boolean rated = false;
        List<Row> rows = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Row r = new Row(part, part.tupleAt(i), part.lineOf(i));
            rows.add(r);
            rated |= r.field(RowValues.CRITERION) != 0;
        }
        return new Candidate(id, rated ? withRatings(rows) : plain(rows), problems(id, rows), registered(id, rows));
    }

    /**
     * Whether the grouped rows [from, to) of part k are all plain: no rating, no registration date, no ambiguous date
     * (their candidate's achievements are then the tuples' own, and reading found nothing more about them).
     */
    private boolean plainOnly(int k, CsvPart part, int from, int to) {
        boolean[] plain = plainTuple[k];
        for (int i = from; i < to; i++) {
            if (!plain[part.tupleAt(i)]) {
                return false;
            }
        }
        return true;
    }

    /** Per part, per tuple: no criterion, no registration date, and no date read two ways. */
    private boolean[][] plainTuple;

    private void findPlainTuples() {
        plainTuple = new boolean[parts.size()][];
        for (int k = 0; k < parts.size(); k++) {
            CsvPart part = parts.get(k);
            boolean[] plain = new boolean[part.tuples.size()];
            for (int t = 0; t < plain.length; t++) {
                int date = part.tuples.get(t, RowValues.DATE);
                plain[t] = part.tuples.get(t, RowValues.CRITERION) == 0 && part.tuples.get(t, RowValues.REGISTERED) == 0
                        && (date == 0 || isoDates.get(part.values.get(date)) != AMBIGUOUS);
            }
            plainTuple[k] = plain;
        }
    }

    /**
     * The learner's registration date, from the first of their rows that gives one (ISO); null when none does or it is
     * ambiguous (E010, reported as a row's date is), or given twice over (E017: see {@link #registrations}).
     */
    private String registered(String id, List<Row> rows) {
        if (conflicting.contains(id)) {
            return null;
        }
        for (Row r : rows) {
            if (r.field(RowValues.REGISTERED) != 0) {
                Optional<String> iso = date(r.text(RowValues.REGISTERED));
                if (iso.isPresent()) {
                    return iso.get();
                }
            }
        }
        return null;
    }

    private List<Achievement> plain(List<Row> rows) {
        Achievement[] out = new Achievement[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Row r = rows.get(i);
            out[i] = plain(r.part(), r.tuple()).at(r.line());
        }
        return List.of(out);
    }

    /** What reading found about a candidate: its bad rows, an id like another's, its ambiguous dates. */
    private List<Problem> problems(String id, List<Row> rows) {
        List<Problem> found = problemsOf.isEmpty() ? null : problemsOf.get(id);
        List<Problem> out = found == null ? null : new ArrayList<>(found);
        for (Row r : rows) {
            int d = r.field(RowValues.DATE);
            if (d != 0 && isoDates.get(r.text(RowValues.DATE)) == AMBIGUOUS) {
                out = out == null ? new ArrayList<>() : out;
                String raw = r.text(RowValues.DATE);
                out.add(new Problem(Problem.Kind.AMBIGUOUS_DATE, r.text(RowValues.UNIT), null, raw,
                        dates.readings(raw), null, r.line()));
            }
        }
        return out == null ? List.of() : out;
    }

    /** A date as the engine is to read it: the ISO date it means, none when it is ambiguous (or not given). */
    private Optional<String> date(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String iso = isoDates.getOrDefault(raw, raw);
        return iso == AMBIGUOUS ? Optional.empty() : Optional.of(iso);
    }

    /** One row: a tuple of a part's values, and the line it starts on. */
    private record Row(CsvPart part, int tuple, long line) {
        int field(int f) {
            return part.tuples.get(tuple, f);
        }

        String text(int f) {
            return part.values.get(field(f));
        }
    }

    private static boolean addRows(List<Row> rows, CsvPart part, int local) {
        boolean rated = false;
        for (int i = part.first[local]; i < part.first[local + 1]; i++) {
            Row r = new Row(part, part.tupleAt(i), part.lineOf(i));
            rows.add(r);
            rated |= r.field(RowValues.CRITERION) != 0;
        }
        return rated;
    }

    /**
     * One achievement per distinct plain tuple of a part, shared by every candidate that has it (it is immutable;
     * two threads that make the same one at once each make an equal one): each row's is this one at its line.
     */
    private Achievement plain(CsvPart part, int t) {
        Achievement a = part.plain[t];
        if (a == null) {
            a = new Achievement(part.values.get(part.tuples.get(t, RowValues.UNIT)), optional(part, t, RowValues.RESULT),
                    Map.of(), date(optional(part, t, RowValues.DATE).orElse(null)), optional(part, t, RowValues.STATUS),
                    0, attempt(optional(part, t, RowValues.ATTEMPT).orElse(null)));
            part.plain[t] = a;
        }
        return a;
    }

    /** A rating row adds to the latest entry for its unit (or starts one); a plain row starts a new entry. */
    private List<Achievement> withRatings(List<Row> rows) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> latest = new HashMap<>();
        for (Row row : rows) {
            String unit = row.text(RowValues.UNIT);
            // a rating adds to the latest entry of its unit and attempt
            String key = unit + '\u0000' + row.text(RowValues.ATTEMPT);
            Entry e = row.field(RowValues.CRITERION) == 0 ? null : latest.get(key);
            if (e == null) {
                e = new Entry(unit, row.line());
                e.attempt = attempt(text(row, RowValues.ATTEMPT));
                entries.add(e);
                latest.put(key, e);
            }
            e.result = e.result != null ? e.result : text(row, RowValues.RESULT);
            e.status = e.status != null ? e.status : text(row, RowValues.STATUS);
            e.date = e.date != null ? e.date : text(row, RowValues.DATE);
            if (row.field(RowValues.CRITERION) != 0) {
                e.criteria.put(row.text(RowValues.CRITERION), row.text(RowValues.RATING));
                e.ratingLines.put(row.text(RowValues.CRITERION), row.line());
            }
        }
        List<Achievement> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(new Achievement(e.unit, Optional.ofNullable(e.result), e.criteria, date(e.date),
                    Optional.ofNullable(e.status), e.line, e.attempt, e.ratingLines));
        }
        return out;
    }

    /** An attempt number as read (checked when the row was: a whole number from 1), 0 when not given. */
    private static int attempt(String given) {
        return given == null || given.isBlank() ? 0 : Integer.parseInt(given.strip());
    }

    /** A row's value, or null when the row has none. */
    private static String text(Row row, int field) {
        return row.field(field) == 0 ? null : row.text(field);
    }

    private static final class Entry {
        final String unit;
        /** The line of the entry's first row. */
        final long line;
        String result;
        String status;
        String date;
        int attempt;
        final Map<String, String> criteria = new LinkedHashMap<>();
        /** By criterion: the line of the row that rated it. */
        final Map<String, Long> ratingLines = new HashMap<>();

        Entry(String unit, long line) {
            this.unit = unit;
            this.line = line;
        }
    }

    private static Optional<String> optional(CsvPart part, int tuple, int field) {
        int value = part.tuples.get(tuple, field);
        return value == 0 ? Optional.empty() : Optional.of(part.values.get(value));
    }
}
