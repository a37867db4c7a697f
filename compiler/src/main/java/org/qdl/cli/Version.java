package org.qdl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** `qdl --version`: the version Maven recorded in the jar. */
final class Version implements CommandLine.IVersionProvider {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.qdl/qdl-compiler/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"qdl " + version()};
    }

    static String version() {
        try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "(development build)");
            }
        } catch (IOException e) {
            // fall through: a version we cannot read is not worth failing for
        }
        return "(development build)";
    }
}
