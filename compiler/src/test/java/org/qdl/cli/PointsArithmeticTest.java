package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6: points beyond what the engine adds up exactly gave wrong grades, not even monotonic in credit
 * (200000 → Pass, 400000 → Distinction, 800000 → Pass). Now the checker refuses them, and within the limit the
 * grade follows the credit.
 */
class PointsArithmeticTest {
    @TempDir
    Path tmp;

    private Path spec(String credit, String points, String threshold) throws IOException {
        return Files.writeString(tmp.resolve("award.qdl"), """
                qualification award "Award" {
                  scale pmd "Grades" { Fail < Pass < Merit < Distinction  achieved Pass or above }
                  unit A1 "One" { credit %s grading scale pmd }
                  rules { all units from units A1 }
                  grading {
                    points per credit { Pass %s, Merit %s, Distinction %s }
                    grade Distinction from %s points
                    grade Pass otherwise
                  }
                }
                """.formatted(credit, points, points, points, threshold));
    }

    @Test
    void pointsBeyondExactSumsAreRefusedAtCheckTime() throws IOException {
        for (String credit : List.of("200000", "400000", "800000", "1000000")) {
            spec(credit, "1000000", "1000000");
            Qdl.Run run = Qdl.in(tmp).run("check", "award.qdl");
            assertThat(run.exit()).as(credit).isEqualTo(ExitCode.INPUT);
            assertThat(run.err()).contains("error[Q0217]: the units can be worth up to ")
                    .contains("more than the 1000000000 points QDL adds up exactly");
        }
    }

    @Test
    void pointsFinerThanAThousandthAreRefused() throws IOException {
        spec("0.125", "0.125", "1");
        Qdl.Run run = Qdl.in(tmp).run("check", "award.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("`Pass 0.125` per credit makes unit `A1` (credit 0.125) worth 0.015625 points");
    }

    @Test
    void withinTheLimitTheGradeFollowsTheCredit() throws IOException {
        Files.writeString(tmp.resolve("c.csv"), "candidate,unit,result\nC1,A1,Pass\n");
        List<String> grades = new ArrayList<>();
        for (String credit : List.of("1", "250", "299.999", "300", "400000", "800000", "1000000")) {
            spec(credit, "1000", "300000");
            Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "csv", "award.qdl", "c.csv");
            assertThat(run.exit()).as(run.err()).isZero();
            grades.add(run.out().lines().skip(1).findFirst().orElseThrow().split(",")[2]);
        }
        assertThat(grades).containsExactly("Pass", "Pass", "Pass", "Distinction", "Distinction", "Distinction",
                "Distinction");
    }
}
