package org.qdl.cli.spectest;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * `qdl test --format junit`: the JUnit XML that CI servers read (a test suite per test file, a test case per
 * case); a failing case's message is its expected vs got, a file that could not run is an error.
 */
public final class JunitTestReport {
    private JunitTestReport() {
    }

    public static String render(List<FileOutcome> outcomes) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            TestSummary t = TestSummary.of(outcomes);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "qdl test");
            x.writeAttribute("tests", Long.toString(t.passed() + t.failed() + t.brokenFiles()));
            x.writeAttribute("failures", Long.toString(t.failed()));
            x.writeAttribute("errors", Long.toString(t.brokenFiles()));
            x.writeCharacters("\n");
            for (FileOutcome f : outcomes) {
                suite(x, f);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toString();
    }

    private static void suite(XMLStreamWriter x, FileOutcome f) throws XMLStreamException {
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", f.display());
        x.writeAttribute("tests", Integer.toString(f.ran() ? f.cases().size() : 1));
        x.writeAttribute("failures", Long.toString(f.failed()));
        x.writeAttribute("errors", f.ran() ? "0" : "1");
        x.writeCharacters("\n");
        if (!f.ran()) {
            x.writeCharacters("    ");
            x.writeStartElement("testcase");
            x.writeAttribute("name", "(the test file)");
            x.writeAttribute("classname", f.display());
            x.writeStartElement("error");
            x.writeAttribute("message", f.errors().get(0));
            x.writeCharacters(String.join("\n", f.errors()));
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        for (CaseOutcome c : f.cases()) {
            x.writeCharacters("    ");
            x.writeStartElement("testcase");
            x.writeAttribute("name", c.testCase().name());
            x.writeAttribute("classname", f.display());
            x.writeAttribute("file", f.display());
            x.writeAttribute("line", Integer.toString(c.testCase().line()));
            if (!c.passed()) {
                StringBuilder text = new StringBuilder("learner " + c.testCase().learner() + " with units "
                        + Units.describe(c.testCase().units()));
                for (Mismatch m : c.mismatches()) {
                    text.append('\n').append(m.fact().key()).append(": expected ").append(m.expected())
                            .append(", got ").append(m.got());
                }
                Mismatch first = c.mismatches().get(0);
                x.writeStartElement("failure");
                x.writeAttribute("message", first.fact().key() + ": expected " + first.expected() + ", got "
                        + first.got());
                x.writeCharacters(text.toString());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeCharacters("  ");
        x.writeEndElement();
        x.writeCharacters("\n");
    }
}
