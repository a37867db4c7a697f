package org.qdl.syntax.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.DidYouMean;
import org.qdl.grammar.QdlLexer;
import org.qdl.grammar.QdlParser;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;

/**
 * Turns ANTLR's syntax errors into diagnostics in the author's words: "expected a group name after `group`",
 * never "mismatched input ... expecting {...}". What is expected is named from the rule being parsed (a unit
 * reference, a group name, a level) rather than from the raw token set.
 */
final class SyntaxErrorReporter extends BaseErrorListener {
    /** Thrown to stop parsing once the error limit is reached. */
    static final class TooManyErrors extends RuntimeException {
        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    private static final int[] NAME_TOKENS = {QdlLexer.IDENT, QdlLexer.CODE, QdlLexer.NUMBER};

    private final SourceFile source;
    private final int limit;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    SyntaxErrorReporter(SourceFile source, int limit) {
        this.source = source;
        this.limit = limit;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
            RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = (Token) offendingSymbol;
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : parser.getExpectedTokens();
        Token previous = previous(parser, offending);
        RuleContext context = e != null && e.getCtx() != null ? e.getCtx() : parser.getContext();

        String wanted = Expectations.describe(expected, context);
        StringBuilder message = new StringBuilder("expected ").append(wanted);
        if (previous != null) {
            message.append(" after `").append(shorten(previous.getText())).append('`');
        }
        message.append(", found ").append(describe(offending));

        Span span = offending.getType() == Token.EOF && previous != null
                ? new Span(source, previous.getStopIndex() + 1, previous.getStopIndex() + 1)
                : new Span(source, offending.getStartIndex(), offending.getStopIndex() + 1);
        Diagnostic d = Diagnostic.of(Code.Q0001, span, message.toString())
                .withLabel("expected " + wanted + " here");
        Optional<String> help = help(offending, expected);
        if (help.isPresent()) {
            d = d.withHelp(help.get());
        }
        diagnostics.add(d);
        if (diagnostics.size() >= limit) {
            diagnostics.add(Diagnostic.of(Code.Q0007, span,
                    "too many syntax errors in `" + source.path() + "`; stopped after " + limit));
            throw new TooManyErrors();
        }
    }

    private static Token previous(Parser parser, Token offending) {
        int index = offending.getTokenIndex() - 1;
        while (index >= 0) {
            Token t = parser.getTokenStream().get(index);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
            index--;
        }
        return null;
    }

    private static String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "the end of the file";
            case QdlLexer.STRING -> "text in quotes";
            case QdlLexer.NUMBER -> "the number `" + token.getText() + "`";
            case QdlLexer.DATE -> "the date `" + token.getText() + "`";
            default -> "`" + shorten(token.getText()) + "`";
        };
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }

    /** A misspelt or capitalised keyword gets a "did you mean". */
    private static Optional<String> help(Token offending, IntervalSet expected) {
        int type = offending.getType();
        if (type != QdlLexer.IDENT && type != QdlLexer.CODE) {
            if (Expectations.isKeyword(type) && expected.contains(QdlLexer.IDENT)) {
                return Optional.of("`" + offending.getText() + "` is a reserved word; put the name in quotes: \""
                        + offending.getText() + "\"");
            }
            return Optional.empty();
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (int t : expected.toArray()) {
            if (Expectations.isKeyword(t)) {
                keywords.add(Expectations.literal(t));
            }
        }
        String text = offending.getText();
        String lower = text.toLowerCase(Locale.ROOT);
        if (keywords.contains(lower)) {
            return Optional.of("keywords are written in lower case: `" + lower + "`");
        }
        return DidYouMean.suggest(text, keywords).map(k -> "did you mean `" + k + "`?");
    }

    static boolean expectsName(IntervalSet expected) {
        for (int t : NAME_TOKENS) {
            if (!expected.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** What the parser expected, in words, from the rule it was in. */
    static final class Expectations {
        private Expectations() {
        }

        static String describe(IntervalSet expected, RuleContext context) {
            List<Integer> rules = new ArrayList<>();
            for (RuleContext c = context; c != null; c = c.parent) {
                rules.add(c.getRuleIndex());
            }
            String noun = nounFor(expected, context, rules);
            return noun != null ? noun : tokens(expected);
        }

        private static String nounFor(IntervalSet expected, RuleContext context, List<Integer> rules) {
            int rule = rules.isEmpty() ? -1 : rules.get(0);
            int parent = rules.size() > 1 ? rules.get(1) : -1;
            if (expectsName(expected)) {
                if (rule == QdlParser.RULE_name || rule == QdlParser.RULE_nameList) {
                    int owner = rule == QdlParser.RULE_name ? parent : rule;
                    if (owner == QdlParser.RULE_nameList) {
                        owner = rules.size() > 2 ? rules.get(2) : -1;
                    }
                    return switch (owner) {
                        case QdlParser.RULE_pool, QdlParser.RULE_groupMember -> "a group name";
                        case QdlParser.RULE_qualificationDecl -> "a name for the qualification, such as `my-award`";
                        case QdlParser.RULE_groupDecl -> "a group name";
                        case QdlParser.RULE_scaleDecl -> "a scale name";
                        case QdlParser.RULE_frameworkDecl -> "a framework or level name";
                        case QdlParser.RULE_pathwayDecl -> "a pathway name";
                        case QdlParser.RULE_attribute -> attributeName(context);
                        default -> "a name";
                    };
                }
                if (rules.contains(QdlParser.RULE_reference) || rules.contains(QdlParser.RULE_referenceList)
                        || rule == QdlParser.RULE_unitEntry || rule == QdlParser.RULE_pool) {
                    if (rules.contains(QdlParser.RULE_attribute)) {
                        return attributeName(context);
                    }
                    return "a unit reference";
                }
                if (rules.contains(QdlParser.RULE_levelValue) || rules.contains(QdlParser.RULE_levelFilter)) {
                    return "a level, such as `3`, `entry 3` or a named level";
                }
            }
            if (rule == QdlParser.RULE_label || rule == QdlParser.RULE_labelBound
                    || rule == QdlParser.RULE_pointsEntry) {
                return "a scale label, such as `S` or \"Not yet passed\"";
            }
            if (rule == QdlParser.RULE_measure || expected.contains(QdlLexer.CREDITS) && expected.contains(QdlLexer.UNITS)
                    && rule == QdlParser.RULE_amount) {
                return "`units` or `credits`";
            }
            if (rule == QdlParser.RULE_rulesBlock || rule == QdlParser.RULE_ruleItem || rule == QdlParser.RULE_ruleBody) {
                return "a rule, such as `1 unit from group B` or `at least 58 credits in total`";
            }
            if (rule == QdlParser.RULE_pool || rule == QdlParser.RULE_scope && expected.contains(QdlLexer.GROUP)) {
                return "`group`, `groups` or `units` and what to count from";
            }
            if (rule == QdlParser.RULE_quantityValue) {
                return "a number";
            }
            if (rule == QdlParser.RULE_prose) {
                return "text in quotes, or `{` to start paragraphs and `-` bullet points";
            }
            if (rule == QdlParser.RULE_proseItem && !expected.contains(QdlLexer.DASH)) {
                return "text in quotes";
            }
            if (rule == QdlParser.RULE_condition || rule == QdlParser.RULE_conditionAtom) {
                return "a condition, such as `every criterion at S or above`";
            }
            if (rule == QdlParser.RULE_qualificationMember || rule == QdlParser.RULE_qualificationDecl
                    && expected.contains(QdlLexer.RULES)) {
                return "an attribute, a unit, a group, `rules`, `grading` or `}`";
            }
            if (rule == QdlParser.RULE_topDecl || rule == QdlParser.RULE_spec) {
                return "`qualification`, `unit`, `group`, `scale`, `framework` or `import`";
            }
            if (rule == QdlParser.RULE_gradingBlock || rule == QdlParser.RULE_gradingItem) {
                return "`grade`, `points per credit`, `points per unit`, `no overall grade` or `}`";
            }
            if (rule == QdlParser.RULE_pointsRow || rule == QdlParser.RULE_pointsKey) {
                return "a row of points such as `level 3: P 7, M 8, D 9`, or `}`";
            }
            if (rule == QdlParser.RULE_scaleDecl || rule == QdlParser.RULE_scaleMember) {
                return "scale labels such as `N < L < S < H`, `default`, `achieved` or `}`";
            }
            if (rule == QdlParser.RULE_block || rule == QdlParser.RULE_groupDecl || rule == QdlParser.RULE_groupMember
                    || rule == QdlParser.RULE_pathwayDecl || rule == QdlParser.RULE_pathwayMember) {
                return rule == QdlParser.RULE_groupDecl || rule == QdlParser.RULE_groupMember
                        ? "a unit, `units`, `groups`, an attribute or `}`" : "an attribute or `}`";
            }
            if (rule == QdlParser.RULE_attribute) {
                return attributeName(context);
            }
            return null;
        }

        private static String attributeName(RuleContext context) {
            for (RuleContext c = context; c != null; c = c.parent) {
                if (c instanceof QdlParser.CriterionAttrContext || c instanceof QdlParser.CriterionScaleAttrContext) {
                    return c instanceof QdlParser.CriterionScaleAttrContext ? "a scale name"
                            : "a criterion id such as `1.1`, then its text in quotes";
                } else if (c instanceof QdlParser.LearningOutcomeAttrContext
                        || c instanceof QdlParser.PerformanceOutcomeAttrContext) {
                    return "an outcome number, then its text in quotes";
                } else if (c instanceof QdlParser.KnowledgeAttrContext) {
                    return "a knowledge item id such as `a`, then its text in quotes";
                } else if (c instanceof QdlParser.NumberAttrContext) {
                    return "a number such as `601/4768/4`, or one in quotes";
                } else if (c instanceof QdlParser.FrameworkAttrContext) {
                    return "a framework name such as `RQF` or `SCQF`";
                } else if (c instanceof QdlParser.GradingScaleAttrContext) {
                    return "a scale name";
                } else if (c instanceof QdlParser.DateAttrContext) {
                    return "which date, such as `operational-start`, then the date";
                } else if (c instanceof QdlParser.TitleAttrContext || c instanceof QdlParser.AwardingBodyAttrContext) {
                    return "text in quotes";
                } else if (c instanceof QdlParser.QuantityAttrContext) {
                    return "a number";
                } else if (c instanceof QdlParser.LevelAttrContext) {
                    return "a level, such as `3`, `entry 3` or a named level";
                }
            }
            return "an attribute, such as `title`, `level`, `credit` or `overview`";
        }

        private static String tokens(IntervalSet expected) {
            List<String> words = new ArrayList<>();
            boolean name = expectsName(expected);
            if (name) {
                words.add("a name");
            }
            for (int t : expected.toArray()) {
                if (name && (t == QdlLexer.IDENT || t == QdlLexer.CODE || t == QdlLexer.NUMBER)) {
                    continue;
                }
                words.add(token(t));
            }
            if (words.isEmpty()) {
                return "something else";
            }
            if (words.size() > 6) {
                return String.join(", ", words.subList(0, 5)) + " or another keyword";
            }
            if (words.size() == 1) {
                return words.get(0);
            }
            return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
        }

        private static String token(int type) {
            return switch (type) {
                case Token.EOF -> "the end of the file";
                case QdlLexer.STRING -> "text in quotes";
                case QdlLexer.NUMBER -> "a number";
                case QdlLexer.IDENT, QdlLexer.CODE -> "a name";
                case QdlLexer.DATE -> "a date such as `2024-09-01`";
                default -> "`" + literal(type) + "`";
            };
        }

        static boolean isKeyword(int type) {
            String literal = QdlLexer.VOCABULARY.getLiteralName(type);
            return literal != null && Character.isLetter(literal.charAt(1));
        }

        static String literal(int type) {
            String literal = QdlLexer.VOCABULARY.getLiteralName(type);
            if (literal == null) {
                return QdlLexer.VOCABULARY.getDisplayName(type);
            }
            return literal.substring(1, literal.length() - 1);
        }
    }
}
