package org.qdl.emit.handbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker, run in-process: every error and warning on a page, as "line:column: message". */
final class NuChecker {
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuChecker() throws Exception {
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The problems the checker finds in an HTML file; empty when it is valid. */
    List<String> checkHtml(Path file) throws Exception {
        collector.problems.clear();
        validator.checkHtmlFile(file.toFile(), true);
        return List.copyOf(collector.problems);
    }

    /** The problems the checker finds in a stylesheet. */
    List<String> checkCss(Path file) throws Exception {
        collector.problems.clear();
        validator.checkCssFile(file.toFile(), true);
        return List.copyOf(collector.problems);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> problems = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            problems.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void error(SAXParseException e) {
            problems.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            problems.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
    }

}
