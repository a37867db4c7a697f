package org.qdl.cli.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimelineTest {
    @AfterEach
    void off() {
        Timeline.turn(false);
    }

    private static String printed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Timeline.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void offItNotesNothingAndPrintsNothing() {
        Timeline.turn(false);
        Timeline.mark("main");
        Timeline.mark("reading stretch", 0);
        assertThat(printed()).isEmpty();
    }

    @Test
    void onItPrintsEachStageInTheOrderTheyBeganWithItsThread() throws Exception {
        Timeline.turn(true);
        Timeline.mark("main");
        Thread reader = new Thread(() -> Timeline.mark("reading stretch", 1), "qdl-csv-1");
        reader.start();
        reader.join();
        Timeline.mark("exit");
        String[] lines = printed().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("qdl timeline: ms since the JVM started, stage, thread");
        String here = java.util.regex.Pattern.quote(Thread.currentThread().getName());
        assertThat(lines[1]).matches(" *\\d+\\.\\d  main +" + here);
        assertThat(lines[2]).matches(" *\\d+\\.\\d  reading stretch 1 +qdl-csv-1");
        assertThat(lines[3]).matches(" *\\d+\\.\\d  exit +" + here);
        double first = Double.parseDouble(lines[1].trim().split(" +")[0]);
        double last = Double.parseDouble(lines[3].trim().split(" +")[0]);
        assertThat(last).isGreaterThanOrEqualTo(first).isPositive();
    }
}
