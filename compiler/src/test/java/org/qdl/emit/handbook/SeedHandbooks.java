package org.qdl.emit.handbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.corpus.Corpus;
import org.qdl.model.Qualification;
import org.qdl.syntax.Specs;

/**
 * The qualifications whose handbooks the tests render: the seed specs in `specs/` that the checker turns into a
 * qualification, the hand-built models of the same seeds (which do not wait for the checker), and the specs of the
 * domain corpus.
 */
final class SeedHandbooks {
    static final List<String> SPECS = List.of("svq-customer-service-scqf5.qdl",
            "proqual-l2-principles-customer-service.qdl", "ingots-unit-46-customer-service-skills.qdl",
            "customer1st-award-cs-professionals.qdl", "ipla-customer-service.qdl");

    private SeedHandbooks() {
    }

    static List<Qualification> qualifications() {
        List<Qualification> out = new ArrayList<>(SampleModels.seeds());
        for (String name : SPECS) {
            fromSpec(name).ifPresent(out::add);
        }
        for (String name : Corpus.specs()) {
            out.add(fromCorpus(name));
        }
        return out;
    }

    /** The checked qualification of a spec of the domain corpus (which always checks clean: CorpusTest). */
    static Qualification fromCorpus(String name) {
        return Frontend.compile(Corpus.directory().resolve(name), name).qualification().orElseThrow();
    }

    /** The checked qualification of `specs/NAME`, when the spec exists and the checker builds it. */
    static Optional<Qualification> fromSpec(String name) {
        Path spec = Specs.root().resolve("specs").resolve(name);
        if (!Files.isRegularFile(spec)) {
            return Optional.empty();
        }
        Compilation c = Frontend.compile(spec, "specs/" + name);
        return c.qualification();
    }
}
