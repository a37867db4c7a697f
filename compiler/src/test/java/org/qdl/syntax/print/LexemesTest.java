package org.qdl.syntax.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;
import org.qdl.grammar.QdlLexer;

/**
 * The printer quotes a name spelt like a keyword: its list of keywords must be the lexer's, or a label named
 * `table` would be printed bare and not parse back (as happened when keywords were added to the grammar alone).
 */
class LexemesTest {

    @Test
    void theKeywordsAreTheLexersWords() {
        Vocabulary v = QdlLexer.VOCABULARY;
        Set<String> words = new TreeSet<>();
        for (int t = 1; t <= v.getMaxTokenType(); t++) {
            String literal = v.getLiteralName(t);
            if (literal != null && literal.matches("'[a-z][a-z-]*'")) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        assertThat(new TreeSet<>(Lexemes.KEYWORDS)).isEqualTo(words);
    }

    @Test
    void aNameSpeltLikeAKeywordIsQuoted() {
        assertThat(Lexemes.label("table")).isEqualTo("\"table\"");
        assertThat(Lexemes.reference("lead-in")).isEqualTo("\"lead-in\"");
        assertThat(Lexemes.label("Tables")).isEqualTo("Tables");
    }
}
