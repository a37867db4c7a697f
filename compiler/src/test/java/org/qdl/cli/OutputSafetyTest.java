package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, items 1, 2, 4 and 5: every write is checked, `-o` and `fmt --write` replace only regular files and
 * never a file the command reads, and the temporary files of a killed run do not pile up.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    /** Stdout on a full disk (`> /dev/full`): every write fails. */
    private static final class Full extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private Qdl full() {
        return Qdl.in(Fixtures.dir()).stdout(new Full());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval mini.qdl.json class.csv", "eval --format json mini.qdl.json class.jsonl",
        "fmt untidy.qdl", "fmt --check untidy.qdl", "check --format json tidy.qdl", "explain Q0102",
        "--help", "eval --help"})
    void aFullStdoutIsAnErrorForEveryCommand(String command) {
        Qdl.Run run = full().run(command.split(" "));
        assertThat(run.exit()).isEqualTo(ExitCode.OUTPUT);
        assertThat(run.err()).contains("error: cannot write to stdout: no space left on device")
                .doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void outputNamingTheSpecOrTheInputIsRefusedAndBothAreKept() throws IOException {
        Path spec = Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Path input = Files.copy(Fixtures.dir().resolve("class.csv"), tmp.resolve("class.csv"));
        byte[] specBytes = Files.readAllBytes(spec);
        byte[] inputBytes = Files.readAllBytes(input);
        for (String target : List.of("mini.qdl.json", "./class.csv")) {
            Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "csv", "-o", target, "mini.qdl.json", "class.csv");
            assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("cannot write the output to `" + target + "`: this command reads that file");
        }
        assertThat(Files.readAllBytes(spec)).isEqualTo(specBytes);
        assertThat(Files.readAllBytes(input)).isEqualTo(inputBytes);
    }

    @Test
    void aSymbolicLinkIsNotReplaced() throws IOException {
        Path target = Files.writeString(tmp.resolve("kept.csv"), "precious\n");
        Path link = Files.createSymbolicLink(tmp.resolve("out.csv"), target);
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Files.copy(Fixtures.dir().resolve("class.csv"), tmp.resolve("class.csv"));
        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "csv", "-o", "out.csv", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("`out.csv`: it is a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("precious\n");
    }

    @Test
    void fmtWriteDoesNotReplaceASymbolicLink() throws IOException {
        Path real = Files.copy(Fixtures.dir().resolve("untidy.qdl"), tmp.resolve("real.qdl"));
        Path link = Files.createSymbolicLink(tmp.resolve("link.qdl"), real);
        String before = Files.readString(real);
        Qdl.Run run = Qdl.in(tmp).run("fmt", "--write", "link.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("`link.qdl`: it is a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(before);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoIsNotReplaced() throws Exception {
        Path fifo = tmp.resolve("out.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Files.copy(Fixtures.dir().resolve("class.csv"), tmp.resolve("class.csv"));
        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "csv", "-o", "out.csv", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("`out.csv`: it is not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aKilledRunsTemporaryFileIsRemovedByTheNextWriteAndALiveOnesIsNot() throws IOException {
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Files.copy(Fixtures.dir().resolve("class.csv"), tmp.resolve("class.csv"));
        long dead = deadPid();
        Path stale = Files.writeString(tmp.resolve(".out.csv.qdl-" + dead + "-123.tmp"), "83 MB of half a run");
        Path live = Files.writeString(tmp.resolve(".other.csv.qdl-" + ProcessHandle.current().parent()
                .map(ProcessHandle::pid).orElseThrow() + "-5.tmp"), "being written now");
        Path someoneElses = Files.writeString(tmp.resolve(".notes.tmp"), "not ours");
        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "csv", "-o", "out.csv", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(someoneElses).exists();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.csv"))).isEmpty();
        }
    }

    /** A process id no process has now. */
    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }

    /**
     * The output file is opened while the input is read (OutputAhead), and what opening it throws is said where eval
     * takes the file: a broken input first, as when the file was opened after the reading. /proc takes no new file,
     * even from root, and passes the checks made before the reading (its folder exists; nothing is there).
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aBrokenInputIsReportedBeforeAnOutputThatCannotBeMade() throws IOException {
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Files.copy(Fixtures.dir().resolve("class.csv"), tmp.resolve("class.csv"));
        Files.writeString(tmp.resolve("bad.csv"), "candidate,unit\nX,\n");
        String target = "/proc/qdl-output-safety-" + ProcessHandle.current().pid() + ".csv";
        Qdl.Run broken = Qdl.in(tmp).run("eval", "--format", "csv", "-o", target, "mini.qdl.json", "bad.csv");
        assertThat(broken.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(broken.err()).contains("bad.csv:2:").doesNotContain("cannot write");
        Qdl.Run good = Qdl.in(tmp).run("eval", "--format", "csv", "-o", target, "mini.qdl.json", "class.csv");
        assertThat(good.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(good.err()).isEqualTo("error: cannot write `" + target + "`: no such file or directory\n");
    }

    @Test
    void anUnwritableOutputSaysWhy() throws IOException {
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Files.copy(Fixtures.dir().resolve("class.csv"), tmp.resolve("class.csv"));
        assertThat(locked.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as root: every folder is writable");
            Qdl.Run run = Qdl.in(tmp).run("eval", "-o", "locked/out.txt", "mini.qdl.json", "class.csv");
            assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo("error: cannot write `locked/out.txt`: permission denied\n");
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }
}
