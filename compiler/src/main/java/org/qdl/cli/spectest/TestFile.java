package org.qdl.cli.spectest;

import java.nio.file.Path;
import java.util.List;

/**
 * A spec's test file as read: where it is (as the user would name it), the spec it tests, and its cases.
 *
 * @param display the test file's path as messages name it
 * @param spec the spec file, resolved against the test file's folder
 * @param specDisplay the spec's path as messages name it
 */
public record TestFile(String display, Path spec, String specDisplay, List<TestCase> cases) {

    public TestFile {
        cases = List.copyOf(cases);
    }
}
