package org.qdl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** `qdl explain CODE` has a long explanation for every code: what it means, an example, and the fix. */
class ExplanationTest {

    @ParameterizedTest
    @EnumSource(Code.class)
    void everyCodeIsExplained(Code code) {
        String text = code.explanation();

        assertThat(text).as("explain/%s.md exists", code).isNotEqualTo(code.summary());
        assertThat(text).startsWith(code.name() + " (" + code.severity().word() + "): " + code.summary() + "\n");
        assertThat(text).contains("\nFor example:\n\n    ").contains("\nHow to fix it: ");
    }

    @ParameterizedTest
    @EnumSource(Code.class)
    void codesParseAsUsersTypeThem(Code code) {
        assertThat(Code.parse(code.name().toLowerCase(java.util.Locale.ROOT))).contains(code);
        assertThat(Code.parse(code.name().substring(1))).contains(code);
    }
}
