package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 3: `qdl handbook site/pq.qdl -o site`, where site/ holds an earlier handbook and the user's own
 * files, replaces the handbook and nothing else.
 */
class HandbookOutputTest {
    @TempDir
    Path tmp;

    private Path site() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        assertThat(Qdl.in(tmp).run("handbook", "svq.qdl", "-o", "site").exit()).isZero();
        return site;
    }

    @Test
    void renderingAgainKeepsTheUsersFilesAndTheSpec() throws IOException {
        Files.copy(Fixtures.repo().resolve("specs/svq-customer-service-scqf5.qdl"), tmp.resolve("svq.qdl"));
        Path site = site();
        assertThat(site.resolve("units")).isDirectory();
        Path spec = Files.copy(Fixtures.repo().resolve("specs/proqual-l2-principles-customer-service.qdl"),
                site.resolve("pq.qdl"));
        Path notes = Files.writeString(site.resolve("notes.txt"), "my notes");
        Path logo = Files.write(Files.createDirectories(site.resolve("img")).resolve("logo.png"), new byte[] {1, 2});
        Path mine = Files.writeString(site.resolve("units").resolve("my-page.html"), "mine");

        Qdl.Run run = Qdl.in(tmp).run("handbook", "site/pq.qdl", "-o", "site");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(spec).exists();
        assertThat(notes).hasContent("my notes");
        assertThat(logo).exists();
        assertThat(mine).hasContent("mine");
        assertThat(site.resolve("index.html")).content().contains("Principles of Customer Service");
        // the first handbook's unit pages are gone: it wrote them, this one does not
        try (var units = Files.list(site.resolve("units"))) {
            assertThat(units.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("unit-4427")).contains("my-page.html");
        }
    }

    @Test
    void aFileInTheWayThatTheHandbookDidNotWriteIsNotOverwritten() throws IOException {
        Files.copy(Fixtures.repo().resolve("specs/svq-customer-service-scqf5.qdl"), tmp.resolve("svq.qdl"));
        Path site = site();
        Files.copy(Fixtures.repo().resolve("specs/proqual-l2-principles-customer-service.qdl"), tmp.resolve("pq.qdl"));
        // the proqual handbook has a page for unit K/503/0323, which the first handbook did not write
        Path theirs = Files.writeString(site.resolve("units").resolve("unit-k-503-0323.html"), "theirs");
        String index = Files.readString(site.resolve("index.html"));

        Qdl.Run run = Qdl.in(tmp).run("handbook", "pq.qdl", "-o", "site");

        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("`units/unit-k-503-0323.html` is already there and `qdl handbook` did not "
                + "write it");
        assertThat(theirs).hasContent("theirs");
        assertThat(site.resolve("index.html")).hasContent(index);
    }

    @Test
    void aKilledRunsStagingFolderIsRemovedAndNoneIsLeft() throws IOException {
        Files.copy(Fixtures.repo().resolve("specs/svq-customer-service-scqf5.qdl"), tmp.resolve("svq.qdl"));
        Path site = site();
        Path stale = Files.createDirectories(site.resolve(".qdl-handbook-staging-4000001-7"));
        Files.writeString(stale.resolve("index.html"), "half");
        assertThat(Qdl.in(tmp).run("handbook", "svq.qdl", "-o", "site").exit()).isZero();
        try (var left = Files.list(site)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
    }
}
