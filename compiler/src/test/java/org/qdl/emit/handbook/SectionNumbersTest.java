package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.check.Frontend;
import org.qdl.model.Qualification;

/** The awarding body's own section numbers where the spec gives them; the handbook's own otherwise. */
class SectionNumbersTest {
    private static final String UNITS = """
              unit A1 "Communicate with customers" { credit 3 }
              rules { all units from units A1 }
            }
            """;

    @Test
    void withoutNumbersTheHandbookNumbersItsSections(@TempDir Path dir) throws Exception {
        String html = index(dir, """
                qualification q "Award" {
                  aims "Why."
                  section "Centre requirements" { heading "Assessors" "Who may assess." }
                """ + UNITS);
        assertThat(html).contains("<span class=\"number\">1</span> Qualification profile")
                .contains("<span class=\"number\">2</span> Aims")
                .contains("<span class=\"number\">3</span> Qualification structure")
                .contains("<h2>5 Centre requirements</h2>").contains("<h3>Assessors</h3>");
    }

    @Test
    void theAwardingBodysNumbersNestAndKeepTheSpecsOrder(@TempDir Path dir) throws Exception {
        String html = index(dir, """
                qualification q "Award" {
                  aims 1 "Introduction" "Why."
                  section 1.1 "Qualification structure" "The rules."
                  section 2 "Centre requirements" {
                    table "Roles" {
                      header "Role", "May assess"
                      row "Assessor", "**yes**"
                    }
                  }
                  entry requirements 2.1 "Candidate entry requirements" "None."
                """ + UNITS);
        assertThat(html).contains("<h2>1 Introduction</h2>").contains("<h3>1.1 Qualification structure</h3>")
                .contains("<h2>2 Centre requirements</h2>").contains("<h3>2.1 Candidate entry requirements</h3>")
                .contains("<caption>Roles</caption>").contains("<th scope=\"col\">May assess</th>")
                .contains("<td><strong>yes</strong></td>");
        assertThat(html.indexOf("1 Introduction")).isLessThan(html.indexOf("1.1 Qualification structure"));
        assertThat(html.indexOf("2 Centre requirements")).isLessThan(html.indexOf("2.1 Candidate entry"));
        // the handbook's own sections carry no number among the awarding body's
        assertThat(html).contains("<a href=\"#profile\">Qualification profile</a>").contains("<h2>Grading</h2>");
    }

    private static String index(Path dir, String spec) throws Exception {
        Path source = dir.resolve("q.qdl");
        Files.writeString(source, spec);
        Qualification q = Frontend.compile(source, "q.qdl").qualification().orElseThrow();
        HandbookEmitter.render(q, dir.resolve("out"), Optional.empty());
        return Files.readString(dir.resolve("out/index.html"));
    }
}
