package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qdl.cli.Fixtures.golden;
import static org.qdl.cli.Fixtures.qdl;

import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** What every command shares: help, version, usage errors, internal errors, `explain`. */
class MainTest {
    @Test
    void withoutACommandPrintsUsageAndExits2() {
        Qdl.Run run = qdl();
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Usage: qdl", "eval", "check");
        golden("no-command", run);
    }

    @Test
    void helpGoesToStdout() {
        Qdl.Run run = qdl("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: qdl").contains("Exit codes");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"check", "fmt", "build", "eval", "explain"}) {
            Qdl.Run run = qdl(command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: qdl " + command);
        }
        golden("eval-help", qdl("eval", "--help"));
    }

    /**
     * The launcher's qdl leaves out picocli's converters registered by reflection (java.time, java.sql, Path:
     * {@link Main#withoutReflectiveConverters}), so no option or parameter of any command may need one.
     */
    @Test
    void noOptionNeedsAConverterPicocliRegistersByReflection() {
        java.util.Deque<CommandSpec> specs = new java.util.ArrayDeque<>();
        Main.newCommands().forEach(command -> specs.add(new CommandLine(command).getCommandSpec()));
        assertThat(specs).hasSize(8);
        int checked = 0;
        while (!specs.isEmpty()) {
            CommandSpec spec = specs.pop();
            spec.subcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
            for (ArgSpec arg : spec.args()) {
                List<Class<?>> types = new java.util.ArrayList<>(List.of(arg.type()));
                types.addAll(List.of(arg.auxiliaryTypes()));
                for (Class<?> type : types) {
                    checked++;
                    assertThat(type.getName()).as("%s %s", spec.name(), arg)
                            .doesNotStartWith("java.time.").doesNotStartWith("java.sql.");
                    assertThat(java.nio.file.Path.class.isAssignableFrom(type)).as("%s %s", spec.name(), arg).isFalse();
                }
            }
        }
        assertThat(checked).as("the options' and parameters' types looked at").isGreaterThan(40);
    }

    @Test
    void versionNamesQdl() {
        Qdl.Run run = qdl("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("qdl ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Qdl.Run run = qdl("eval", "--frmat", "json", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        golden("unknown-option", run);
    }

    /**
     * A misspelt option with a parameter missing: picocli finds the parameter missing first, but the misspelt option is
     * the mistake to show (it may have been meant to take the parameter's place).
     */
    @Test
    void aMisspeltOptionIsSaidBeforeAMissingParameter() {
        Qdl.Run run = qdl("eval", "--fromat", "mini.qdl.json");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error: unknown option `--fromat`; did you mean `--format`?")
                .contains("try `qdl eval --help`").doesNotContain("missing");
        Qdl.Run valued = qdl("eval", "--no-color", "-o", "out.csv", "--explian=yes", "mini.qdl.json");
        assertThat(valued.err()).contains("unknown option `--explian`; did you mean `--explain`?");
        // an option's value is not an option, nor is anything after `--`: the parameter is what is missing
        for (String[] args : List.of(new String[] {"eval", "--format", "json", "mini.qdl.json"},
                new String[] {"eval", "-o", "-x.csv", "mini.qdl.json"}, new String[] {"eval", "--", "-spec.qdl"},
                new String[] {"eval", "-ojson.out", "mini.qdl.json"})) {
            Qdl.Run missing = qdl(args);
            assertThat(missing.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(missing.err()).as(String.join(" ", args)).contains("missing required parameter")
                    .doesNotContain("unknown option");
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        Qdl.Run run = qdl("evaluate", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        golden("unknown-command", run);
    }

    @Test
    void anInternalErrorExits70WithoutAStackTrace() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("stdout exploded");
            }
        };
        Qdl.Run run = Qdl.in(Fixtures.dir()).stdout(broken).run("eval", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).startsWith("error: internal error: java.lang.IllegalStateException: stdout exploded")
                .contains("--debug").doesNotContain("\tat ");

        Qdl.Run debug = Qdl.in(Fixtures.dir()).stdout(broken).run("--debug", "eval", "mini.qdl.json", "class.csv");
        assertThat(debug.exit()).isEqualTo(ExitCode.INTERNAL);
        assertThat(debug.err()).contains("\tat org.qdl.cli.");
    }

    @Test
    void explainPrintsTheLongDescription() {
        Qdl.Run run = qdl("explain", "q0102");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Q0102");
        golden("explain-e001", qdl("explain", "E001"));
    }

    @Test
    void explainAnUnknownCodeSuggestsTheNearOnes() {
        Qdl.Run run = qdl("explain", "Q0199");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("did you mean").contains("Q0119");
        golden("explain-unknown", run);
        // one edit from Q0102 and from Q0122: both are offered, not every code two edits away
        Qdl.Run one = qdl("explain", "Q01022");
        assertThat(one.err()).contains("did you mean one of `Q0102`, `Q0122`?");
    }
}
