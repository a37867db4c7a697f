package org.qdl.syntax.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
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
    /** Keywords that start something only a qualification holds, when found at the top of a file. */
    private static final IntervalSet INSIDE_QUALIFICATION = new IntervalSet();

    static {
        INSIDE_QUALIFICATION.add(QdlLexer.RULES);
        INSIDE_QUALIFICATION.add(QdlLexer.GRADING);
        INSIDE_QUALIFICATION.add(QdlLexer.PATHWAY);
        INSIDE_QUALIFICATION.add(QdlLexer.ENDORSEMENT);
        INSIDE_QUALIFICATION.add(QdlLexer.LEVEL);
        INSIDE_QUALIFICATION.add(QdlLexer.TQT);
        INSIDE_QUALIFICATION.add(QdlLexer.GLH);
        INSIDE_QUALIFICATION.add(QdlLexer.AWARDING);
    }

    /** Every keyword, for a "did you mean" where prediction failed and the expected set says little. */
    private static final IntervalSet ALL_KEYWORDS = keywords();

    private static IntervalSet keywords() {
        IntervalSet all = new IntervalSet();
        for (int t = 1; t <= QdlLexer.VOCABULARY.getMaxTokenType(); t++) {
            if (Expectations.isKeyword(t)) {
                all.add(t);
            }
        }
        return all;
    }

    private final TokenSpans spans;
    private final int limit;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int lastLine = -1;
    private boolean firstAtEnd;

    SyntaxErrorReporter(TokenSpans spans, int limit) {
        this.spans = spans;
        this.limit = limit;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Whether the first error is that the file ended too soon. */
    boolean firstAtEndOfFile() {
        return firstAtEnd;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
            RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = (Token) offendingSymbol;
        Token previous = previous(parser, offending);
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : parser.getExpectedTokens();
        // Something missing at the end of a line is shown there, not at whatever starts the next line; a token
        // that could have ended the construct instead is itself the mistake, and is shown where it is.
        boolean missingAtLineEnd = previous != null && (offending.getType() == Token.EOF
                || offending.getLine() > previous.getLine() && !expected.contains(QdlLexer.RBRACE)
                        && !expected.contains(Token.EOF));
        Span span = missingAtLineEnd ? spans.after(previous) : spans.span(offending);
        // One error a line: what follows a mistake on the same line is usually the same mistake again.
        int errorLine = offending.getType() == Token.EOF ? span.line() : offending.getLine();
        if (errorLine == lastLine) {
            return;
        }
        lastLine = errorLine;
        if (diagnostics.isEmpty()) {
            firstAtEnd = offending.getType() == Token.EOF;
        }

        RuleContext context = e != null && e.getCtx() != null ? e.getCtx() : parser.getContext();
        boolean predictedEarlier = e instanceof NoViableAltException nv && previous != null
                && nv.getStartToken() != null && nv.getStartToken().getTokenIndex() <= previous.getTokenIndex();
        String wanted = Expectations.describe(expected, context, previous, predictedEarlier);

        StringBuilder message = new StringBuilder("expected ").append(wanted);
        if (previous != null && previous.getType() != QdlLexer.STRING) {
            message.append(" after `").append(shorten(previous.getText())).append('`');
        }
        message.append(", found ").append(describe(offending));
        String label = offending.getType() == Token.EOF ? "the file ends here"
                : missingAtLineEnd || wanted.length() <= 40 ? "expected " + shortWanted(wanted) : "not expected here";
        Diagnostic d = Diagnostic.of(Code.Q0001, span, message.toString()).withLabel(label);
        Optional<String> help = help(offending, previous, predictedEarlier ? ALL_KEYWORDS : expected, wanted, parser);
        if (help.isPresent()) {
            d = d.withHelp(help.get());
        }
        diagnostics.add(d);
        if (diagnostics.size() >= limit) {
            diagnostics.add(Diagnostic.of(Code.Q0007, span,
                    "too many syntax errors in `" + spans.source().path() + "`; stopped after " + limit)
                    .withHelp("fix the first errors and check again: later ones often follow from them"));
            throw new TooManyErrors();
        }
    }

    /** The expectation without its examples, for the label under the caret. */
    private static String shortWanted(String wanted) {
        int cut = wanted.indexOf(", such as");
        int colon = wanted.indexOf(':');
        if (colon > 0 && (cut < 0 || colon < cut)) {
            cut = colon;
        }
        return cut > 0 ? wanted.substring(0, cut) : wanted;
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

    /** A misspelt, capitalised, repeated or reserved keyword gets a hint. */
    /**
     * {@code expected}: the keywords a hint may name; {@code wanted}: what the message says was expected, whose
     * `quoted` words a misspelt word is matched against first ("lest" is `least` after `at`, though `best` is as
     * near).
     */
    private static Optional<String> help(Token offending, Token previous, IntervalSet expected, String wanted,
            Parser parser) {
        int type = offending.getType();
        String text = offending.getText();
        Token beforePrevious = previous == null ? null : previous(parser, previous);
        if (previous != null && previous.getType() == QdlLexer.STRING && beforePrevious != null
                && expected.contains(QdlLexer.STRING)) {
            switch (beforePrevious.getType()) {
                case QdlLexer.CRITERION:
                    return Optional.of("a criterion's id comes before its text: `criterion 1.1 \"...\"`");
                case QdlLexer.KNOWLEDGE:
                    return Optional.of("a knowledge item's id comes before its text: `knowledge a \"...\"`");
                case QdlLexer.OUTCOME:
                    return Optional.of("an outcome's number comes before its text: `learning outcome 1 \"...\"`");
                default:
                    break;
            }
        }
        if (Expectations.isKeyword(type)) {
            if (previous != null && previous.getType() == type) {
                return Optional.of("`" + text + "` is written twice; remove one");
            }
            if (type == QdlLexer.INCLUDING && previous != null && previous.getType() == QdlLexer.SHARED) {
                return Optional.of("write `including ...` before `shared`");
            }
            if (expected.contains(QdlLexer.QUALIFICATION) && INSIDE_QUALIFICATION.contains(type)) {
                return Optional.of("`" + text + "` belongs inside the qualification: `qualification NAME \"Title\" { "
                        + text + " ... }`");
            }
            if (expected.contains(QdlLexer.IDENT) && !expectsKeyword(expected)) {
                if (expected.contains(QdlLexer.STRING)) {
                    return Optional.of("`" + text + "` is a reserved word; to use it as a name, put it in quotes: \""
                            + text + "\"");
                }
                // names of qualifications, groups, scales and frameworks are never quoted: suggest a spelling that lexes
                return Optional.of("`" + text + "` is a reserved word and a name here cannot be quoted; spell it "
                        + "another way, such as `" + Character.toUpperCase(text.charAt(0)) + text.substring(1)
                        + "` or `" + text + "-1`");
            }
            return Optional.empty();
        }
        if (type == QdlLexer.STRING && expected.contains(QdlLexer.OVERVIEW)) {
            return Optional.of("text in quotes follows a keyword that says what it is, such as `overview \"...\"`");
        }
        if (type != QdlLexer.IDENT && type != QdlLexer.CODE) {
            return Optional.empty();
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (int t : expected.toArray()) {
            if (Expectations.isKeyword(t)) {
                keywords.add(Expectations.literal(t));
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (keywords.contains(lower)) {
            return Optional.of("keywords are written in lower case: `" + lower + "`");
        }
        Set<String> namedKeywords = new LinkedHashSet<>();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("`([a-z-]+)`").matcher(wanted);
        while (quoted.find()) {
            namedKeywords.add(quoted.group(1));
        }
        Optional<String> near = DidYouMean.suggest(text, namedKeywords).or(() -> DidYouMean.suggest(text, keywords))
                .map(k -> "did you mean `" + k + "`?");
        if (near.isEmpty() && !keywords.isEmpty() && previous != null && previous.getLine() < offending.getLine()) {
            return Optional.of("is a keyword missing before `" + shorten(text) + "`?");
        }
        return near;
    }

    private static boolean expectsKeyword(IntervalSet expected) {
        for (int t : expected.toArray()) {
            if (Expectations.isKeyword(t)) {
                return true;
            }
        }
        return false;
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

        static String describe(IntervalSet expected, RuleContext context, Token previous, boolean predictedEarlier) {
            List<Integer> rules = new ArrayList<>();
            for (RuleContext c = context; c != null; c = c.parent) {
                rules.add(c.getRuleIndex());
            }
            // Mid-construct (nothing could end here), what comes next is decided by the keyword just read; so is
            // it when prediction failed after reading it, and the expected set describes the construct's start.
            boolean midConstruct = !expected.contains(QdlLexer.RBRACE) && !expected.contains(Token.EOF);
            if (previous != null && (predictedEarlier || midConstruct)) {
                String after = afterKeyword(previous.getType(), rules);
                if (after != null) {
                    return after;
                }
            }
            if (fewKeywords(expected)) {
                return tokens(expected);
            }
            String noun = nounFor(expected, context, rules, previous);
            return noun != null ? noun : tokens(expected);
        }

        /** What follows a keyword, in words; null where that depends on more than the keyword. */
        private static String afterKeyword(int keyword, List<Integer> rules) {
            boolean inRule = rules.contains(QdlParser.RULE_ruleItem) || rules.contains(QdlParser.RULE_ruleBody);
            boolean inGrading = rules.contains(QdlParser.RULE_gradingItem) || rules.contains(QdlParser.RULE_gradingBlock);
            boolean inAttribute = rules.contains(QdlParser.RULE_attribute);
            if (rules.contains(QdlParser.RULE_condition) && keyword != QdlLexer.WHEN) {
                return null;
            }
            return switch (keyword) {
                case QdlLexer.TITLE, QdlLexer.BODY -> "text in quotes";
                case QdlLexer.AWARDING -> "`body`";
                case QdlLexer.NUMBER_KW, QdlLexer.REGULATOR -> "a number such as `601/4768/4`, or one in quotes";
                case QdlLexer.LEVEL -> "a level, such as `3`, `entry 3` or a named level";
                case QdlLexer.SIZE -> "a size word such as `award`, `certificate` or `diploma`";
                case QdlLexer.TQT, QdlLexer.GLH -> inAttribute ? "a number of hours, such as `120` or `120 to 150`"
                        : "a number";
                case QdlLexer.DATE_KW -> "which date, such as `start`, then the date";
                case QdlLexer.AIMS, QdlLexer.REQUIREMENTS, QdlLexer.PROGRESSION, QdlLexer.ASSESSMENT,
                        QdlLexer.DELIVERY, QdlLexer.OVERVIEW, QdlLexer.GUIDANCE, QdlLexer.EVIDENCE, QdlLexer.CONTENT ->
                        "text in quotes, or `{` with paragraphs and `-` bullet points";
                case QdlLexer.SECTION -> "the section's title in quotes";
                case QdlLexer.LEARNING, QdlLexer.PERFORMANCE -> "`outcome`";
                case QdlLexer.OUTCOME -> "an outcome number such as `1`, then its text in quotes";
                case QdlLexer.CRITERION -> inAttribute
                        ? "a criterion id such as `1.1` and its text in quotes, or `scale` and a scale name" : null;
                case QdlLexer.KNOWLEDGE -> "a knowledge item id such as `a`, then its text in quotes";
                case QdlLexer.SCALE -> inAttribute ? "a scale name" : "a name for the scale";
                case QdlLexer.WHEN -> inGrading ? "a condition, such as `every unit graded Merit or above`"
                        : "a condition, such as `every criterion at S or above`";
                case QdlLexer.ALL -> "`units from` and the groups to take them from";
                case QdlLexer.FROM -> inGrading ? "a number of points"
                        : inRule ? "what to count from: `group B`, `any of groups B, C`, `each of groups A, B` or "
                                + "`units X, Y`" : null;
                case QdlLexer.INCLUDING -> "a unit reference, or `one of` and unit references";
                case QdlLexer.AT -> inRule ? "`least`, `most` or `level`" : null;
                case QdlLexer.BARRED, QdlLexer.EQUIVALENT -> "the units' references, such as `units 4427-202, 4427-662`";
                case QdlLexer.GRADE -> "a grade, such as `Pass` or \"D*\"";
                case QdlLexer.QUALIFICATION -> inRule ? null : "a name for the qualification, such as `my-award`";
                case QdlLexer.GROUP -> rules.contains(QdlParser.RULE_pool) || inRule ? "a group name"
                        : "a name for the group";
                case QdlLexer.GROUPS -> "group names";
                case QdlLexer.UNIT, QdlLexer.MODULE, QdlLexer.COMPETENCY -> inRule ? null
                        : "a unit reference such as `4427-450` or `R/506/4854`";
                case QdlLexer.IMPORT -> "the path of the file to import, in quotes";
                case QdlLexer.FRAMEWORK -> inAttribute ? "a framework name such as `RQF` or `SCQF`"
                        : "a name for the framework";
                case QdlLexer.LEVELS -> "level names, lowest first";
                case QdlLexer.PATHWAY, QdlLexer.ENDORSEMENT -> "a name, then the title in quotes";
                case QdlLexer.DEFAULT -> "a label of the scale";
                case QdlLexer.GRADING -> rules.contains(QdlParser.RULE_qualificationMember)
                        ? "`{` to start the grading, or `scale` and a scale name" : "`scale` and a scale name";
                default -> null;
            };
        }

        /** A handful of keywords or punctuation: naming them is clearest. */
        private static boolean fewKeywords(IntervalSet expected) {
            int[] types = expected.toArray();
            if (types.length == 0 || types.length > 3) {
                return false;
            }
            for (int t : types) {
                if (t == Token.EOF || t == QdlLexer.IDENT || t == QdlLexer.CODE || t == QdlLexer.NUMBER
                        || t == QdlLexer.STRING || t == QdlLexer.DATE) {
                    return false;
                }
            }
            return true;
        }

        private static String nounFor(IntervalSet expected, RuleContext context, List<Integer> rules,
                Token previous) {
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
                        case QdlParser.RULE_groupDecl -> "a name for the group";
                        case QdlParser.RULE_scaleDecl -> "a name for the scale";
                        case QdlParser.RULE_frameworkDecl -> "a framework or level name";
                        case QdlParser.RULE_pathwayDecl -> "a name, then the title in quotes";
                        case QdlParser.RULE_attribute -> attributeName(context, previous);
                        default -> "a name";
                    };
                }
                if (rules.contains(QdlParser.RULE_reference) || rules.contains(QdlParser.RULE_referenceList)
                        || rule == QdlParser.RULE_unitEntry || rule == QdlParser.RULE_pool) {
                    if (rules.contains(QdlParser.RULE_attribute)) {
                        return attributeName(context, previous);
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
                return expected.contains(QdlLexer.RBRACE)
                        ? "a rule, such as `1 unit from group B`, or `}`"
                        : "a rule, such as `1 unit from group B` or `at least 58 credits in total`";
            }
            if (rule == QdlParser.RULE_pool || rule == QdlParser.RULE_scope && expected.contains(QdlLexer.GROUP)) {
                return "what to count from: `group B`, `any of groups B, C`, `each of groups A, B` or `units X, Y`";
            }
            if (rule == QdlParser.RULE_quantityValue) {
                return "a number";
            }
            if (rule == QdlParser.RULE_prose || rule == QdlParser.RULE_proseItem) {
                if (expected.contains(QdlLexer.RBRACE)) {
                    return "text in quotes, a bullet point (`- \"...\"`) or `}`";
                }
                return expected.contains(QdlLexer.LBRACE)
                        ? "text in quotes, or `{` with paragraphs and `-` bullet points" : "text in quotes";
            }
            if (rule == QdlParser.RULE_condition || rule == QdlParser.RULE_conditionAtom) {
                return rules.contains(QdlParser.RULE_gradingItem)
                        ? "a condition, such as `every unit graded Merit or above`"
                        : "a condition, such as `every criterion at S or above`";
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
                if (rule == QdlParser.RULE_groupDecl || rule == QdlParser.RULE_groupMember) {
                    return "a unit, `units`, `groups`, an attribute or `}`";
                }
                return rule == QdlParser.RULE_block ? "an attribute or `}`" : "a rule, an attribute or `}`";
            }
            if (rule == QdlParser.RULE_attribute) {
                return attributeName(context, previous);
            }
            return null;
        }

        private static String attributeName(RuleContext context, Token previous) {
            int after = previous == null ? -1 : previous.getType();
            for (RuleContext c = context; c != null; c = c.parent) {
                if (c instanceof QdlParser.CriterionScaleAttrContext || c instanceof QdlParser.GradingScaleAttrContext) {
                    return "a scale name";
                } else if (c instanceof QdlParser.CriterionAttrContext) {
                    return after == QdlLexer.CRITERION ? "a criterion id such as `1.1`, then its text in quotes"
                            : "the criterion's text in quotes";
                } else if (c instanceof QdlParser.LearningOutcomeAttrContext
                        || c instanceof QdlParser.PerformanceOutcomeAttrContext) {
                    return after == QdlLexer.OUTCOME ? "an outcome number such as `1`, then its text in quotes"
                            : "the outcome's text in quotes";
                } else if (c instanceof QdlParser.KnowledgeAttrContext) {
                    return after == QdlLexer.KNOWLEDGE ? "a knowledge item id such as `a`, then its text in quotes"
                            : "the knowledge item's text in quotes";
                } else if (c instanceof QdlParser.NumberAttrContext) {
                    return "a number such as `601/4768/4`, or one in quotes";
                } else if (c instanceof QdlParser.FrameworkAttrContext) {
                    return "a framework name such as `RQF` or `SCQF`";
                } else if (c instanceof QdlParser.DateAttrContext) {
                    return after == QdlLexer.DATE_KW ? "which date, such as `start`, then the date"
                            : "a date such as `2014-11-01`, or a note in quotes";
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
