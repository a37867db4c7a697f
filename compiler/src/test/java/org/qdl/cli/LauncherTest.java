package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `qdl` launcher's choice of JVM settings, by the command and its input: the collector, the heap, the quick compiler
 * alone for a small class, the class-data archive. The launcher is run from a copy of the checkout's root with a jar
 * that is not stale, and a `java` on the PATH that only writes down the arguments it was given; no JVM starts. Input
 * files of hundreds of megabytes are sparse (their size is what the launcher reads).
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "qdl").toAbsolutePath().normalize();

    @TempDir
    Path root;
    private Path argsFile;
    private Path jar;
    private final List<String> extraEnv = new ArrayList<>();

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        Files.copy(LAUNCHER, root.resolve("qdl"));
        root.resolve("qdl").toFile().setExecutable(true);
        jar = root.resolve("compiler/target/qdl.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "");
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$QDL_TEST_ARGS\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        argsFile = root.resolve("args.txt");
        Assumptions.assumeTrue(runs(java), "programs cannot be run from the temporary directory (mounted noexec?)");
    }

    private boolean runs(Path program) {
        try {
            ProcessBuilder pb = new ProcessBuilder(program.toString());
            pb.environment().put("QDL_TEST_ARGS", argsFile.toString());
            return pb.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aSmallCsvClassRunsOnTheQuickCompilerAloneInTheThroughputCollector() throws Exception {
        Path csv = file("class.csv", 2_000_000);
        List<String> args = run("eval", "--format", "csv", "spec.qdl", csv.toString());
        assertThat(args).contains("-Xmx768m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-XX:MaxTenuringThreshold=1");
        assertThat(qdlArguments(args)).containsExactly("eval", "--format", "csv", "spec.qdl", csv.toString());
    }

    @Test
    void aCsvClassOf96MegabytesOrMoreKeepsBothCompilers() throws Exception {
        List<String> args = run("eval", "spec.qdl", file("class.csv", 96L << 20).toString());
        assertThat(args).contains("-XX:+UseParallelGC").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theHeapIsThreeTimesTheLargestCsvFileWhenThatIsMoreThan768Megabytes() throws Exception {
        List<String> args = run("eval", "spec.qdl", file("small.csv", 1 << 20).toString(),
                file("large.csv", 400L << 20).toString());
        // up to half the machine's memory
        long half = memoryMegabytes() / 2;
        assertThat(args).contains("-Xmx" + (half > 768 && half < 1200 ? half : 1200) + "m");
    }

    @Test
    void theResultsFileIsNotMeasuredAsInput() throws Exception {
        Path input = file("class.csv", 1 << 20);
        Path old = file("results.csv", 500L << 20);
        for (List<String> form : List.of(List.of("-o", old.toString()), List.of("--output", old.toString()),
                List.of("--output=" + old))) {
            List<String> command = new ArrayList<>(List.of("eval", "--format", "csv"));
            command.addAll(form);
            command.addAll(List.of("spec.qdl", input.toString()));
            assertThat(run(command.toArray(String[]::new))).as("%s", form)
                    .contains("-Xmx768m", "-XX:TieredStopAtLevel=1");
        }
    }

    @Test
    void aJsonByteWeighsThreeCsvBytes() throws Exception {
        assertThat(run("eval", "spec.qdl", file("class.jsonl", 30L << 20).toString()))
                .as("90 MB weighed").contains("-XX:TieredStopAtLevel=1");
        assertThat(run("eval", "spec.qdl", file("class.JSON", 33L << 20).toString()))
                .as("99 MB weighed (the extension in any case)").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(run("eval", "spec.qdl", file("class.ndjson", 400L << 20).toString()))
                .as("JSON is streamed: not held whole, so not the heap's measure").contains("-Xmx768m");
    }

    @Test
    void workbooksAndStandardInputKeepBothCompilers() throws Exception {
        assertThat(run("eval", "spec.qdl", file("class.xlsx", 1 << 20).toString()))
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(run("eval", "spec.qdl", file("class.csv", 1 << 20).toString(), file("more.xlsx", 1 << 10).toString()))
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(run("eval", "spec.qdl", "-")).doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void shortCommandsRunOnTheQuickCompilerWithTheSerialCollector() throws Exception {
        for (String command : List.of("check", "fmt", "explain", "--version")) {
            assertThat(run(command)).as(command).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                    .doesNotContain("-XX:+UseParallelGC");
        }
        assertThat(run("build", "spec.qdl")).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    @Test
    void aCollectorNamedInQdlJavaOptsReplacesOursAndItsOptionsComeLast() throws Exception {
        extraEnv.add("QDL_JAVA_OPTS=-XX:+UseG1GC -Xmx4g");
        List<String> args = run("eval", "spec.qdl", file("class.csv", 1 << 20).toString());
        assertThat(args).doesNotContain("-XX:+UseParallelGC").contains("-XX:+UseG1GC");
        assertThat(args.indexOf("-Xmx4g")).isGreaterThan(args.indexOf("-Xmx768m"));
    }

    @Test
    void theYoungGenerationIsASixthOfTheHeapAndFitsTheInitialHeap() throws Exception {
        List<String> args = run("eval", "spec.qdl", file("class.csv", 1 << 20).toString());
        // Java's own initial heap (a 64th of the memory), but never smaller than twice the young generation
        assertThat(args).contains("-Xmx768m", "-Xmn128m",
                "-Xms" + Math.min(768, Math.max(256, memoryMegabytes() / 64)) + "m");
    }

    private static long memoryMegabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(0);
    }

    @Test
    void aHeapOrACollectorOfTheUsersKeepsJavasOwnGenerations() throws Exception {
        for (String opts : List.of("-Xmx4g", "-Xms1g", "-XX:NewRatio=2", "-XX:NewSize=64m", "-XX:MaxHeapSize=2g",
                "-XX:InitialRAMPercentage=5", "-XX:+UseG1GC")) {
            extraEnv.clear();
            extraEnv.add("QDL_JAVA_OPTS=" + opts);
            List<String> args = run("eval", "spec.qdl", file("class.csv", 1 << 20).toString());
            assertThat(args).as(opts).contains(opts).noneMatch(a -> a.startsWith("-Xmn"))
                    .noneMatch(a -> a.startsWith("-Xms") && !a.equals(opts));
        }
        extraEnv.clear();
        extraEnv.add("QDL_JAVA_OPTS=-Dnote=NewSize");
        assertThat(run("eval", "spec.qdl", file("class.csv", 1 << 20).toString()))
                .as("a property that only mentions a size is not one").contains("-Xmn128m");
    }

    @Test
    void anArchiveMadeForThisJarIsMappedWhereItWasRecorded() throws Exception {
        Path archive = jar.resolveSibling("qdl.jsa");
        Files.writeString(archive, "");
        archive.toFile().setLastModified(jar.toFile().lastModified() + 2_000);
        Files.writeString(jar.resolveSibling("qdl.jsa.jar"), jar + "\n");
        extraEnv.add("QDL_CDS=on");
        List<String> args = run("check", "spec.qdl");
        assertThat(args).contains("-XX:SharedArchiveFile=" + archive, "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0");
        assertThat(args.indexOf("-XX:+UnlockDiagnosticVMOptions")).isLessThan(args.indexOf("-XX:ArchiveRelocationMode=0"));
        // made for a jar at another path (a checkout moved): recorded again (here the java on the PATH records
        // nothing), and meanwhile not given, as it would map nothing
        Files.writeString(jar.resolveSibling("qdl.jsa.jar"), "/elsewhere/qdl.jar\n");
        assertThat(run("check", "spec.qdl")).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"))
                .doesNotContain("-XX:ArchiveRelocationMode=0");
    }

    @Test
    void theCheckoutIsFoundHoweverTheLauncherIsNamed() throws Exception {
        Files.createDirectories(root.resolve("sub"));
        for (String named : List.of(root.resolve("qdl").toString(), "./qdl", "qdl", "sub/../qdl",
                root + "//qdl", "./sub/../qdl")) {
            List<String> args = runAs(List.of("/bin/bash", named), "check", "spec.qdl");
            assertThat(args.get(args.indexOf("-cp") + 1)).as(named).isEqualTo(jar.toString());
        }
    }

    @Test
    void onOneOrTwoCoresEvalRunsAThirdCompilerThread() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
        // the cores this process may run on (its affinity, which the launcher counts, as nproc does; a container's CPU
        // quota, which Java's own count also heeds, is not asked)
        String allowed = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Cpus_allowed_list:")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst().orElse("");
        Assumptions.assumeFalse(allowed.isEmpty(), "no affinity in /proc/self/status");
        int cores = 0;
        for (String range : allowed.split(",")) {
            String[] ends = range.split("-");
            cores += ends.length == 2 ? Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1 : 1;
        }
        String first = allowed.split("[,-]")[0];
        Path csv = file("class.csv", 1 << 20);
        assertThat(runAs(List.of("/usr/bin/taskset", "-c", first, "/bin/bash", root.resolve("qdl").toString()),
                "eval", "spec.qdl", csv.toString())).as("on core %s alone", first).contains("-XX:CICompilerCount=3");
        List<String> all = run("eval", "spec.qdl", csv.toString());
        if (cores > 2) {
            assertThat(all).as("on %s", allowed).doesNotContain("-XX:CICompilerCount=3");
        } else {
            assertThat(all).as("on %s", allowed).contains("-XX:CICompilerCount=3");
        }
    }

    @Test
    void transparentHugePagesAreAskedForOnlyWhereTheKernelOffersThem() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String offered = Files.isReadable(setting) ? Files.readString(setting) : "";
        boolean offers = offered.contains("[madvise]") || offered.contains("[always]");
        for (String command : List.of("check", "eval", "handbook", "build")) {
            List<String> args = run(command, "spec.qdl");
            if (offers) {
                assertThat(args).as("%s, the kernel offering %s", command, offered.trim())
                        .contains("-XX:+UseTransparentHugePages");
            } else {
                assertThat(args).as("%s, the kernel offering %s", command, offered.trim())
                        .doesNotContain("-XX:+UseTransparentHugePages");
            }
        }
    }

    @Test
    void theJarIsRebuiltWhenWhatItIsBuiltFromChangesAndNotForATest() throws Exception {
        long later = jar.toFile().lastModified() + 5_000;
        Path test = Files.createDirectories(root.resolve("compiler/src/test/java")).resolve("SomeTest.java");
        Files.writeString(test, "class SomeTest {}");
        test.toFile().setLastModified(later);
        assertThat(run("check", "spec.qdl")).as("a changed test: the jar as it is").contains("-cp");
        for (String source : List.of("web/src/main/java/Engine.java", "grammar/src/main/antlr4/Qdl.g4",
                "compiler/pom.xml")) {
            Path changed = root.resolve(source);
            Files.createDirectories(changed.getParent());
            Files.writeString(changed, "changed");
            changed.toFile().setLastModified(later);
            Launch launch = launch(List.of("/bin/bash", root.resolve("qdl").toString()), "check", "spec.qdl");
            // this copy of the checkout has no Maven Wrapper, so the build it starts fails, and says so
            assertThat(launch.output()).as(source).contains("qdl: building qdl.jar");
            assertThat(launch.exit()).as(source).isEqualTo(70);
            Files.delete(changed);
        }
    }

    /** A file of {@code bytes} bytes, sparse. */
    private Path file(String name, long bytes) throws IOException {
        Path p = root.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return p;
    }

    /** The launcher's arguments to java, one an element. */
    private List<String> run(String... qdlArgs) throws Exception {
        return runAs(List.of("/bin/bash", root.resolve("qdl").toString()), qdlArgs);
    }

    /** The launcher's arguments to java, the launcher run by {@code launcher} in the checkout's folder. */
    private List<String> runAs(List<String> launcher, String... qdlArgs) throws Exception {
        Launch launch = launch(launcher, qdlArgs);
        assertThat(launch.exit()).as(launch.output()).isZero();
        assertThat(argsFile).as("java was run: %s", launch.output()).exists();
        return Files.readAllLines(argsFile);
    }

    private record Launch(int exit, String output) {
    }

    /** Runs the launcher (its output, stdout and stderr together, and its exit code). */
    private Launch launch(List<String> launcher, String... qdlArgs) throws Exception {
        Files.deleteIfExists(argsFile);
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(qdlArgs));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QDL_") || k.equals("JDK_JAVA_OPTIONS")
                || k.equals("JAVA_TOOL_OPTIONS"));
        env.put("PATH", root.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        env.put("QDL_TEST_ARGS", argsFile.toString());
        env.put("QDL_CDS", "off");
        for (String e : extraEnv) {
            env.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Launch(p.exitValue(), output);
    }

    /** The arguments qdl itself is given: those after `-cp JAR org.qdl.cli.Main`. */
    private List<String> qdlArguments(List<String> javaArgs) {
        int at = javaArgs.indexOf("-cp");
        assertThat(javaArgs.get(at + 1)).isEqualTo(jar.toString());
        assertThat(javaArgs.get(at + 2)).isEqualTo("org.qdl.cli.Main");
        return javaArgs.subList(at + 3, javaArgs.size());
    }
}
