package org.qdl.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.qdl.cli.trace.Timeline;
import org.qdl.diag.DidYouMean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code qdl} command. {@link #run} takes the arguments and the streams and returns the exit code, so
 * that tests run the real command in-process; {@link #main} only connects it to the process.
 */
@Command(name = "qdl", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The Qualification Definition Language: check specs, build their rules, evaluate candidates.",
        footer = {"", "Exit codes: 0 done; 1 problems in the input; 2 usage (unknown option, missing file); "
                + "70 internal error.",
            "Run `qdl COMMAND --help` for a command's options."})
public final class Main implements Callable<Integer> {
    final Io io;

    /** eval's spec as guessed, compiled while picocli reads the command line; null when there is no guess. */
    final SpecAhead specAhead;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Never colour the output (also: the NO_COLOR variable).")
    boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT, hidden = true,
            description = "Show the stack trace of an internal error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    /**
     * The commands, in the order `qdl --help` lists them; made when first asked for, not as this class is loaded: they
     * are the first lambdas of the run, whose linking (~10 ms) would otherwise come before {@link #main} begins eval's
     * spec ahead.
     */
    private static final class Commands {
        static final Map<String, Supplier<Object>> ALL = commands();
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("check", CheckCommand::new);
        all.put("fmt", FmtCommand::new);
        all.put("build", BuildCommand::new);
        all.put("eval", EvalCommand::new);
        all.put("handbook", HandbookCommand::new);
        all.put("explain", ExplainCommand::new);
        all.put("test", TestCommand::new);
        all.put("init", InitCommand::new);
        return Collections.unmodifiableMap(all);
    }

    private Main(Io io, SpecAhead specAhead) {
        this.io = io;
        this.specAhead = specAhead;
    }

    public static void main(String[] args) {
        Timeline.mark("main");
        // first: until it begins, the other cores have nothing to do
        SpecAhead ahead = SpecAhead.begin(args, Path.of("").toAbsolutePath()); // Io.system()'s working directory
        quietLibraries();
        withoutReflectiveConverters();
        withoutGroovyClosures();
        int code = run(args, Io.system(), ahead);
        System.out.flush();
        Timeline.mark("exit");
        Timeline.print(System.err);
        System.err.flush();
        System.exit(code);
    }

    /** Runs {@code qdl ARGS} and returns its exit code. */
    public static int run(String[] args, Io io) {
        return run(args, io, SpecAhead.begin(args, io.cwd()));
    }

    /** The same, with eval's spec begun ahead ({@code ahead}: null when there is no guess). */
    private static int run(String[] args, Io io, SpecAhead ahead) {
        Main main = new Main(io, ahead);
        try {
            CommandLine cl = new CommandLine(main);
            Supplier<Object> named = args.length == 0 ? null : Commands.ALL.get(args[0]);
            if (named != null) {
                // `qdl eval …`: only the command run is read (picocli reads each command's options by reflection,
                // a cost every short run paid eight times over)
                cl.addSubcommand(named.get());
            } else {
                Commands.ALL.values().forEach(command -> cl.addSubcommand(command.get()));
                optionalSubcommand(cl, "org.qdl.lsp.LspCommand");
            }
            Help.Ansi ansi = io.stdoutTerminal().getAsBoolean() && !io.noColorVariable() ? Help.Ansi.AUTO
                    : Help.Ansi.OFF;
            cl.setColorScheme(Help.defaultColorScheme(ansi));
            cl.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
            cl.setErr(new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            Handlers handlers = new Handlers(main);
            cl.setParameterExceptionHandler(handlers);
            cl.setExecutionExceptionHandler(handlers);
            int code = cl.execute(args);
            cl.getOut().flush();
            return main.delivered(code);
        } catch (Throwable e) {
            return main.failure(e);
        } finally {
            io.out().flush();
            io.err().flush();
        }
    }

    /**
     * `qdl lsp` lives in the lsp module, which builds on this one; it is a command wherever that module is on the
     * class path (the launcher's `qdl lsp` runs that module's jar).
     */
    private static void optionalSubcommand(CommandLine cl, String className) {
        try {
            cl.addSubcommand(Class.forName(className).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            // not on the class path: not a command of this jar
        }
    }

    @Override
    public Integer call() {
        io.err().print(spec.commandLine().getUsageMessage(Help.Ansi.OFF));
        return ExitCode.USAGE;
    }

    /** Colour for what goes to stderr: only on a terminal, and never when the user said no. */
    Style errStyle() {
        return Style.of(!noColor && !io.noColorVariable() && io.stderrTerminal().getAsBoolean());
    }

    /** Colour for a person's report on stdout. */
    Style outStyle() {
        return Style.of(!noColor && !io.noColorVariable() && io.stdoutTerminal().getAsBoolean());
    }

    /** Prints `error: MESSAGE` on stderr. */
    void error(String message) {
        io.err().println(errStyle().error("error") + ": " + message);
    }

    /** picocli's setting: the built-in converters it registers by reflection that it leaves out (regular expressions). */
    static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

    /**
     * picocli registers converters for java.time's and java.sql's types and for {@code java.nio.file.Path} by
     * reflection in every CommandLine it makes (loading and initialising java.sql's DriverManager among them). No option
     * of qdl's has such a type ({@code MainTest} holds every command to that), so none is registered: 4–7 ms off every
     * start (1–3% of `qdl --version`, 10 interleaved pairs; 14 and 35 ms on a slower minute, before the class-data
     * archive was recorded so).
     */
    static void withoutReflectiveConverters() {
        if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
            System.setProperty(CONVERTERS_EXCLUDED, ".*");
        }
    }

    /** picocli's setting: no look-up of Groovy's closures (for annotations written in Groovy). */
    static final String CLOSURES_DISABLED = "picocli.disable.closures";

    /**
     * picocli looks for Groovy's closure class when it makes its first CommandLine, by name, on the class path. qdl has
     * no Groovy, so the look-up always failed, and only after opening the jar and reading its 17,000 entries: 10-15 ms
     * of every start, on the one thread at work then.
     */
    static void withoutGroovyClosures() {
        if (System.getProperty(CLOSURES_DISABLED) == null) {
            System.setProperty(CLOSURES_DISABLED, "true");
        }
    }

    /** The commands, in the order `qdl --help` lists them: a new instance of each. */
    static List<Object> newCommands() {
        return Commands.ALL.values().stream().map(Supplier::get).toList();
    }

    /**
     * Apache POI logs through the Log4j API, which with no logging set up says so on stderr: qdl's stderr carries
     * qdl's own messages only, so the API's simple logger is chosen and switched off (unless the user set them).
     */
    static void quietLibraries() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    void warning(String message) {
        io.err().println(errStyle().warning("warning") + ": " + message);
    }

    /** Something qdl found and did that the user should know of, which is not wrong (how a file was read). */
    void note(String message) {
        io.err().println("note: " + message);
    }

    /**
     * What picocli calls on a usage error and on a failure in a command. A class of its own, not two lambdas: picocli's
     * class files are of Java 5's format, and the class-data archive leaves out such an interface when a lambda for it
     * is made while the archive is written, and with it picocli's own handlers. Every run then loaded those from the
     * jar, which opened the jar's 17,000 entries and verified the classes the old way: 10-20 ms of every start.
     */
    private static final class Handlers
            implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        private final Main main;

        Handlers(Main main) {
            this.main = main;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            return main.usageError(e, args);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
            return main.failure(e);
        }
    }

    private int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        Optional<String> unknown = e instanceof CommandLine.MissingParameterException
                ? optionLike(cl.getUnmatchedArguments()) : Optional.empty();
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            unmatched((CommandLine.UnmatchedArgumentException) e);
        } else if (unknown.isPresent()) {
            // `qdl eval --fromat spec.qdl`: picocli says INPUT is missing before it says the option is unknown, and
            // the misspelt option is the mistake to show
            unknownOption(cl.getCommandSpec(), unknown.get());
        } else {
            String message = e.getMessage();
            error(message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1));
        }
        io.err().println("  try `" + cl.getCommandSpec().qualifiedName() + " --help`");
        return ExitCode.USAGE;
    }

    /** The first unknown option (or command), with the nearest known one, rather than picocli's list of leftovers. */
    private void unmatched(CommandLine.UnmatchedArgumentException e) {
        CommandSpec command = e.getCommandLine().getCommandSpec();
        List<String> unmatched = e.getUnmatched();
        Optional<String> option = optionLike(unmatched);
        if (option.isPresent()) {
            unknownOption(command, option.get());
        } else if (!command.subcommands().isEmpty()) {
            String word = unmatched.get(0);
            error("unknown command `" + word + "`" + nearest(word, command.subcommands().keySet()));
        } else {
            error("unexpected argument " + String.join(" ", unmatched.stream().map(a -> "`" + a + "`").toList()));
        }
    }

    /** Says that {@code given} (an option, or `option=value`) is not an option of {@code command}, with the nearest. */
    private void unknownOption(CommandSpec command, String given) {
        String word = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        error("unknown option `" + word + "`" + nearest(word, command.optionsMap().keySet()));
    }

    /** "; did you mean `…`?" for the known word nearest {@code word} (or one it begins with), or nothing. */
    private static String nearest(String word, Collection<String> known) {
        return DidYouMean.suggest(word, known)
                .or(() -> known.stream().filter(k -> k.length() > 2 && word.startsWith(k)).findFirst())
                .map(n -> "; did you mean `" + n + "`?").orElse("");
    }

    /** The first of the arguments picocli matched to nothing that is written as an option. */
    private static Optional<String> optionLike(List<String> unmatched) {
        return unmatched.stream().filter(a -> a.startsWith("-") && a.length() > 1).findFirst();
    }

    /**
     * The exit code once stdout is flushed: a write to stdout that failed anywhere in the command (`> /dev/full`,
     * a closed pipe) means results were lost, which is never a success whatever the command returned.
     */
    private int delivered(int code) {
        io.out().flush();
        if (!io.out().checkError() || code == ExitCode.USAGE || code == ExitCode.INTERNAL) {
            return code;
        }
        error(StdoutStream.failure(io.out()).getMessage());
        return ExitCode.OUTPUT;
    }

    private int failure(Throwable e) {
        if (e instanceof CliException) {
            error(e.getMessage());
            return ((CliException) e).exitCode();
        }
        if (e instanceof WriteFailure) {
            return failure(((WriteFailure) e).toCli());
        }
        if (e instanceof OutOfMemoryError) {
            error("qdl ran out of memory; give Java more, e.g. QDL_JAVA_OPTS=-Xmx4g ./qdl ...");
            return ExitCode.INTERNAL;
        }
        error("internal error: " + e + (debug ? "" : " (this is a bug in qdl; run again with --debug to see where)"));
        if (debug) {
            e.printStackTrace(io.err());
        }
        return ExitCode.INTERNAL;
    }
}
