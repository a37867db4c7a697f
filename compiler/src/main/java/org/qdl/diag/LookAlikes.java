package org.qdl.diag;

/**
 * Letters of other scripts that a reader takes for Latin ones: Cyrillic and Greek capitals and lower-case letters
 * drawn the same, and the full-width Latin forms. From Unicode's confusables (UTS #39), the ones that matter for
 * unit references, names and labels.
 */
final class LookAlikes {
    private static final String FROM =
            // Cyrillic
            "АВЕКМНОРСТХУЅІЈаеорсухѕіјԁԛԝһӏ"
            // Greek
            + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧονι";
    private static final String TO =
            "ABEKMHOPCTXYSIJaeopcyxsijdqwhl"
            + "ABEZHIKMNOPTYXovi";

    private LookAlikes() {
    }

    /** The Latin letter {@code cp} looks like, or 0 when it is not a look-alike. */
    static int latin(int cp) {
        if (cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A || cp >= 0xFF10 && cp <= 0xFF19) {
            return cp - 0xFF10 + '0';
        }
        int at = cp <= 0xFFFF ? FROM.indexOf(cp) : -1;
        return at < 0 ? 0 : TO.charAt(at);
    }
}
