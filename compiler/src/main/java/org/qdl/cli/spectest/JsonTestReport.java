package org.qdl.cli.spectest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** `qdl test --format json`: one document with the totals, each file and each case (expected vs got). */
public final class JsonTestReport {
    private JsonTestReport() {
    }

    public static String render(List<FileOutcome> outcomes) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            TestSummary t = TestSummary.of(outcomes);
            g.writeStartObject();
            g.writeBooleanField("ok", t.ok());
            g.writeNumberField("passed", t.passed());
            g.writeNumberField("failed", t.failed());
            g.writeNumberField("brokenFiles", t.brokenFiles());
            g.writeArrayFieldStart("files");
            for (FileOutcome f : outcomes) {
                g.writeStartObject();
                g.writeStringField("file", f.display());
                g.writeStringField("spec", f.specDisplay());
                g.writeArrayFieldStart("errors");
                for (String e : f.errors()) {
                    g.writeString(e);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("cases");
                for (CaseOutcome c : f.cases()) {
                    g.writeStartObject();
                    g.writeStringField("name", c.testCase().name());
                    g.writeNumberField("line", c.testCase().line());
                    g.writeStringField("learner", c.testCase().learner());
                    g.writeBooleanField("passed", c.passed());
                    g.writeArrayFieldStart("mismatches");
                    for (Mismatch m : c.mismatches()) {
                        g.writeStartObject();
                        g.writeStringField("fact", m.fact().key());
                        g.writeStringField("expected", m.expected());
                        g.writeStringField("got", m.got());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
