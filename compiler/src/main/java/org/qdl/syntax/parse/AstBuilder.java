package org.qdl.syntax.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.qdl.grammar.QdlParser;
import org.qdl.grammar.QdlParser.*;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.Comment;
import org.qdl.syntax.tree.Condition;
import org.qdl.syntax.tree.Decl;
import org.qdl.syntax.tree.FrameworkDecl;
import org.qdl.syntax.tree.GradingBlock;
import org.qdl.syntax.tree.GroupDecl;
import org.qdl.syntax.tree.GroupMember;
import org.qdl.syntax.tree.Import;
import org.qdl.syntax.tree.LevelValue;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.Num;
import org.qdl.syntax.tree.PathwayDecl;
import org.qdl.syntax.tree.PathwayMember;
import org.qdl.syntax.tree.Prose;
import org.qdl.syntax.tree.QualificationDecl;
import org.qdl.syntax.tree.QualificationMember;
import org.qdl.syntax.tree.RuleNode;
import org.qdl.syntax.tree.RulesBlock;
import org.qdl.syntax.tree.ScaleDecl;
import org.qdl.syntax.tree.SpecFile;
import org.qdl.syntax.tree.Text;
import org.qdl.syntax.tree.UnitEntry;

/**
 * Turns a parse tree that has no syntax errors into the AST. This class, with the parser driver beside it,
 * is the only code that knows ANTLR exists.
 */
final class AstBuilder {
    private final SourceFile source;
    private final TokenSpans spans;

    AstBuilder(TokenSpans spans) {
        this.source = spans.source();
        this.spans = spans;
    }

    SpecFile spec(SpecContext ctx, List<Token> commentTokens) {
        List<Import> imports = ctx.importDecl().stream()
                .map(i -> new Import(text(i.path), span(i)))
                .toList();
        List<Decl> decls = ctx.topDecl().stream().map(this::topDecl).toList();
        List<Comment> comments = commentTokens.stream()
                .map(t -> new Comment(t.getText().stripTrailing(), span(t)))
                .toList();
        return new SpecFile(source, imports, decls, comments, new Span(source, 0, source.text().length()));
    }

    private Decl topDecl(TopDeclContext ctx) {
        if (ctx.qualificationDecl() != null) {
            return qualification(ctx.qualificationDecl());
        } else if (ctx.unitEntry() != null) {
            return unitEntry(ctx.unitEntry());
        } else if (ctx.groupDecl() != null) {
            return group(ctx.groupDecl());
        } else if (ctx.scaleDecl() != null) {
            return scale(ctx.scaleDecl());
        }
        return framework(ctx.frameworkDecl());
    }

    // ----------------------------------------------------------------------------------------- declarations

    private QualificationDecl qualification(QualificationDeclContext ctx) {
        List<QualificationMember> members = new ArrayList<>();
        for (QualificationMemberContext m : ctx.qualificationMember()) {
            if (m.attribute() != null) {
                members.add(attribute(m.attribute()));
            } else if (m.unitEntry() != null) {
                members.add(unitEntry(m.unitEntry()));
            } else if (m.groupDecl() != null) {
                members.add(group(m.groupDecl()));
            } else if (m.scaleDecl() != null) {
                members.add(scale(m.scaleDecl()));
            } else if (m.rulesBlock() != null) {
                members.add(rules(m.rulesBlock()));
            } else if (m.pathwayDecl() != null) {
                members.add(pathway(m.pathwayDecl()));
            } else {
                members.add(grading(m.gradingBlock()));
            }
        }
        return new QualificationDecl(name(ctx.name()), optionalText(ctx.title), members, span(ctx));
    }

    private UnitEntry unitEntry(UnitEntryContext ctx) {
        UnitEntry.UnitKind kind = switch (ctx.unitKind().getStart().getType()) {
            case QdlParser.MODULE -> UnitEntry.UnitKind.MODULE;
            case QdlParser.COMPETENCY -> UnitEntry.UnitKind.COMPETENCY;
            default -> UnitEntry.UnitKind.UNIT;
        };
        Name ref = reference(ctx.reference());
        if (ctx.title == null) {
            return new UnitEntry.UnitRef(kind, ref, span(ctx));
        }
        return new UnitEntry.UnitDecl(kind, ref, text(ctx.title), block(ctx.block()), span(ctx));
    }

    private GroupDecl group(GroupDeclContext ctx) {
        List<GroupMember> members = new ArrayList<>();
        for (GroupMemberContext m : ctx.groupMember()) {
            if (m instanceof GroupUnitContext u) {
                members.add(unitEntry(u.unitEntry()));
            } else if (m instanceof GroupUnitsContext u) {
                members.add(new GroupMember.UnitList(references(u.referenceList()), span(u)));
            } else if (m instanceof GroupGroupsContext g) {
                members.add(new GroupMember.GroupList(names(g.nameList()), span(g)));
            } else {
                members.add(attribute(((GroupAttributeContext) m).attribute()));
            }
        }
        return new GroupDecl(name(ctx.name()), optionalText(ctx.title), members, span(ctx));
    }

    private ScaleDecl scale(ScaleDeclContext ctx) {
        List<ScaleDecl.Member> members = new ArrayList<>();
        for (ScaleMemberContext m : ctx.scaleMember()) {
            if (m instanceof ScaleLabelsContext l) {
                List<ScaleDecl.Label> labels = l.scaleLabel().stream()
                        .map(s -> new ScaleDecl.Label(label(s.label()), optionalText(s.description), span(s)))
                        .toList();
                members.add(new ScaleDecl.Labels(labels, span(l)));
            } else if (m instanceof ScaleDefaultContext d) {
                members.add(new ScaleDecl.Default(label(d.label()), span(d)));
            } else {
                ScaleAchievedContext a = (ScaleAchievedContext) m;
                members.add(new ScaleDecl.Achieved(a.label().stream().map(this::label).toList(), a.ABOVE() != null,
                        span(a)));
            }
        }
        return new ScaleDecl(name(ctx.name()), optionalText(ctx.title), members, span(ctx));
    }

    private FrameworkDecl framework(FrameworkDeclContext ctx) {
        List<NameContext> names = ctx.name();
        List<Name> levels = names.subList(1, names.size()).stream().map(this::name).toList();
        return new FrameworkDecl(name(names.get(0)), optionalText(ctx.title), levels, span(ctx));
    }

    // ----------------------------------------------------------------------------------------- attributes

    private List<Attribute> block(BlockContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        return ctx.attribute().stream().map(this::attribute).toList();
    }

    private Attribute attribute(AttributeContext ctx) {
        Span span = span(ctx);
        if (ctx instanceof TitleAttrContext c) {
            return new Attribute.Title(text(c.STRING().getSymbol()), span);
        } else if (ctx instanceof NumberAttrContext c) {
            return new Attribute.Number(c.REGULATOR() != null, reference(c.value), optionalText(c.caption), span);
        } else if (ctx instanceof AwardingBodyAttrContext c) {
            return new Attribute.AwardingBody(text(c.STRING().getSymbol()), span);
        } else if (ctx instanceof FrameworkAttrContext c) {
            return new Attribute.Framework(name(c.name()), span);
        } else if (ctx instanceof LevelAttrContext c) {
            return new Attribute.Level(level(c.levelValue()), span);
        } else if (ctx instanceof SizeAttrContext c) {
            SizeWordContext w = c.sizeWord();
            Text word = w.STRING() != null ? text(w.STRING().getSymbol()) : new Text(w.getText(), span(w));
            return new Attribute.Size(word, span);
        } else if (ctx instanceof QuantityAttrContext c) {
            Attribute.QuantityKind kind = switch (c.quantityKind().getStart().getType()) {
                case QdlParser.TQT -> Attribute.QuantityKind.TQT;
                case QdlParser.GLH -> Attribute.QuantityKind.GLH;
                default -> Attribute.QuantityKind.CREDIT;
            };
            QuantityValueContext v = c.quantityValue();
            return new Attribute.Quantity(kind, num(v.low), Optional.ofNullable(v.high).map(this::num), span);
        } else if (ctx instanceof DateAttrContext c) {
            Token value = c.dateValue().getStart();
            boolean quoted = value.getType() == QdlParser.STRING;
            Name v = quoted ? new Name(text(value).value(), span(value)) : new Name(value.getText(), span(value));
            return new Attribute.Date(name(c.name()), v, quoted, span);
        } else if (ctx instanceof ProseAttrContext c) {
            return new Attribute.Section(sectionKind(c.proseKind()), Optional.empty(), prose(c.prose()), span);
        } else if (ctx instanceof SectionAttrContext c) {
            return new Attribute.Section(Attribute.SectionKind.SECTION, Optional.of(text(c.title)), prose(c.prose()),
                    span);
        } else if (ctx instanceof LearningOutcomeAttrContext c) {
            return new Attribute.Outcome(Attribute.OutcomeKind.LEARNING, reference(c.reference()), text(c.text),
                    block(c.block()), span);
        } else if (ctx instanceof PerformanceOutcomeAttrContext c) {
            return new Attribute.Outcome(Attribute.OutcomeKind.PERFORMANCE, reference(c.reference()), text(c.text),
                    block(c.block()), span);
        } else if (ctx instanceof CriterionAttrContext c) {
            return new Attribute.Criterion(reference(c.reference()), text(c.text), block(c.block()), span);
        } else if (ctx instanceof KnowledgeAttrContext c) {
            return new Attribute.Knowledge(reference(c.reference()), text(c.text), span);
        } else if (ctx instanceof GradingScaleAttrContext c) {
            return new Attribute.ScaleRef(Attribute.ScaleRole.GRADING, name(c.name()), span);
        } else if (ctx instanceof CriterionScaleAttrContext c) {
            return new Attribute.ScaleRef(Attribute.ScaleRole.CRITERION, name(c.name()), span);
        } else if (ctx instanceof AchievedWhenAttrContext c) {
            return new Attribute.AchievedWhen(condition(c.condition()), span);
        }
        UnitGradeAttrContext c = (UnitGradeAttrContext) ctx;
        return new Attribute.UnitGrade(label(c.label()), Optional.ofNullable(c.condition()).map(this::condition),
                span);
    }

    private static Attribute.SectionKind sectionKind(ProseKindContext ctx) {
        return switch (ctx.getStart().getType()) {
            case QdlParser.AIMS -> Attribute.SectionKind.AIMS;
            case QdlParser.ENTRY -> Attribute.SectionKind.ENTRY_REQUIREMENTS;
            case QdlParser.PROGRESSION -> Attribute.SectionKind.PROGRESSION;
            case QdlParser.ASSESSMENT -> Attribute.SectionKind.ASSESSMENT;
            case QdlParser.DELIVERY -> Attribute.SectionKind.DELIVERY;
            case QdlParser.OVERVIEW -> Attribute.SectionKind.OVERVIEW;
            case QdlParser.GUIDANCE -> Attribute.SectionKind.GUIDANCE;
            case QdlParser.EVIDENCE -> Attribute.SectionKind.EVIDENCE;
            default -> Attribute.SectionKind.CONTENT;
        };
    }

    private Prose prose(ProseContext ctx) {
        if (ctx instanceof ProseShortContext s) {
            Text t = text(s.STRING().getSymbol());
            return new Prose(List.of(new Prose.Paragraph(t, t.span())), span(ctx));
        }
        List<Prose.Item> items = new ArrayList<>();
        for (ProseItemContext item : ((ProseBlockContext) ctx).proseItem()) {
            if (item instanceof BulletContext b) {
                items.add(new Prose.Bullet(text(b.STRING().getSymbol()), span(b)));
            } else {
                ParagraphContext p = (ParagraphContext) item;
                items.add(new Prose.Paragraph(text(p.STRING().getSymbol()), span(p)));
            }
        }
        return new Prose(items, span(ctx));
    }

    private LevelValue level(LevelValueContext ctx) {
        if (ctx instanceof EntryLevelContext e) {
            return new LevelValue(LevelValue.Form.ENTRY, e.NUMBER().getText(), span(ctx));
        } else if (ctx instanceof NumberedLevelContext n) {
            return new LevelValue(LevelValue.Form.NUMBER, n.NUMBER().getText(), span(ctx));
        }
        return new LevelValue(LevelValue.Form.NAME, ctx.getText(), span(ctx));
    }

    // ----------------------------------------------------------------------------------------- rules

    private RulesBlock rules(RulesBlockContext ctx) {
        return new RulesBlock(ctx.ruleItem().stream().map(this::rule).toList(), span(ctx));
    }

    private PathwayDecl pathway(PathwayDeclContext ctx) {
        PathwayDecl.Kind kind = ctx.kind.getType() == QdlParser.ENDORSEMENT
                ? PathwayDecl.Kind.ENDORSEMENT : PathwayDecl.Kind.PATHWAY;
        List<PathwayMember> members = new ArrayList<>();
        for (PathwayMemberContext m : ctx.pathwayMember()) {
            members.add(m.ruleItem() != null ? rule(m.ruleItem()) : attribute(m.attribute()));
        }
        return new PathwayDecl(kind, name(ctx.name()), text(ctx.title), members, span(ctx));
    }

    private RuleNode rule(RuleItemContext ctx) {
        Optional<Name> label = Optional.ofNullable(ctx.ruleLabel).map(this::name);
        Span span = span(ctx);
        RuleBodyContext body = ctx.ruleBody();
        if (body instanceof AllRuleContext a) {
            return new RuleNode.AllRule(label, pool(a.pool()), Optional.ofNullable(a.including()).map(this::including),
                    span);
        } else if (body instanceof BarredRuleContext b) {
            return new RuleNode.BarredRule(label, references(b.referenceList()), span);
        } else if (body instanceof EquivalentRuleContext e) {
            return new RuleNode.EquivalentRule(label, references(e.referenceList()), span);
        }
        AmountRuleContext a = (AmountRuleContext) body;
        Optional<RuleNode.Pool> pool = a.scope() instanceof FromPoolContext f ? Optional.of(pool(f.pool()))
                : Optional.empty();
        return new RuleNode.AmountRule(label, amount(a.amount(0)),
                a.amount().size() > 1 ? Optional.of(amount(a.amount(1))) : Optional.empty(),
                Optional.ofNullable(a.levelFilter()).map(this::levelFilter), pool,
                Optional.ofNullable(a.including()).map(this::including), a.SHARED() != null, span);
    }

    private RuleNode.Amount amount(AmountContext ctx) {
        RuleNode.Bound bound = RuleNode.Bound.PLAIN;
        if (ctx.bound() instanceof AtLeastContext) {
            bound = RuleNode.Bound.AT_LEAST;
        } else if (ctx.bound() instanceof AtMostContext) {
            bound = RuleNode.Bound.AT_MOST;
        } else if (ctx.bound() instanceof ExactlyContext) {
            bound = RuleNode.Bound.EXACTLY;
        }
        int measureType = ctx.measure().getStart().getType();
        RuleNode.Measure measure = measureType == QdlParser.CREDIT || measureType == QdlParser.CREDITS
                ? RuleNode.Measure.CREDITS : RuleNode.Measure.UNITS;
        return new RuleNode.Amount(bound, num(ctx.low), Optional.ofNullable(ctx.high).map(this::num),
                ctx.FURTHER() != null, measure, span(ctx));
    }

    private RuleNode.LevelFilter levelFilter(LevelFilterContext ctx) {
        Token direction;
        Optional<LevelValue> level;
        if (ctx instanceof AtLevelContext l) {
            direction = l.direction;
            level = Optional.of(level(l.levelValue()));
        } else {
            direction = ((AtQualificationLevelContext) ctx).direction;
            level = Optional.empty();
        }
        return new RuleNode.LevelFilter(level, direction(direction), span(ctx));
    }

    private static RuleNode.Direction direction(Token token) {
        if (token == null) {
            return RuleNode.Direction.EXACTLY;
        }
        return token.getType() == QdlParser.ABOVE ? RuleNode.Direction.OR_ABOVE : RuleNode.Direction.OR_BELOW;
    }

    private RuleNode.Pool pool(PoolContext ctx) {
        if (ctx instanceof UnitPoolContext u) {
            return new RuleNode.UnitPool(references(u.referenceList()), span(ctx));
        }
        GroupPoolContext g = (GroupPoolContext) ctx;
        RuleNode.Quantifier quantifier = RuleNode.Quantifier.NONE;
        if (g.quantifier != null) {
            quantifier = g.quantifier.getType() == QdlParser.EACH ? RuleNode.Quantifier.EACH : RuleNode.Quantifier.ANY;
        }
        return new RuleNode.GroupPool(quantifier, names(g.nameList()), span(ctx));
    }

    private RuleNode.Including including(IncludingContext ctx) {
        return new RuleNode.Including(ctx.ONE() != null, references(ctx.referenceList()), span(ctx));
    }

    // ----------------------------------------------------------------------------------------- grading

    private GradingBlock grading(GradingBlockContext ctx) {
        List<GradingBlock.Item> items = new ArrayList<>();
        for (GradingItemContext item : ctx.gradingItem()) {
            Span span = span(item);
            if (item instanceof NoOverallGradeContext) {
                items.add(new GradingBlock.NoOverallGrade(span));
            } else if (item instanceof PointsTableContext t) {
                GradingBlock.Per per = t.per.getType() == QdlParser.UNIT ? GradingBlock.Per.UNIT
                        : GradingBlock.Per.CREDIT;
                items.add(new GradingBlock.PointsTable(per, t.pointsRow().stream().map(this::pointsRow).toList(),
                        span));
            } else if (item instanceof PointsThresholdContext t) {
                items.add(new GradingBlock.Threshold(label(t.label()), num(t.NUMBER().getSymbol()), span));
            } else if (item instanceof GradeWhenContext g) {
                items.add(new GradingBlock.GradeWhen(label(g.label()), Optional.of(condition(g.condition())), span));
            } else {
                items.add(new GradingBlock.GradeWhen(label(((GradeOtherwiseContext) item).label()), Optional.empty(),
                        span));
            }
        }
        return new GradingBlock(items, span(ctx));
    }

    private GradingBlock.PointsRow pointsRow(PointsRowContext ctx) {
        Optional<GradingBlock.PointsKey> key = Optional.empty();
        if (ctx.pointsKey() instanceof LevelKeyContext l) {
            key = Optional.of(new GradingBlock.LevelKey(level(l.levelValue()), span(l)));
        } else if (ctx.pointsKey() instanceof GlhKeyContext g) {
            key = Optional.of(new GradingBlock.GlhKey(num(g.NUMBER().getSymbol()), span(g)));
        }
        List<GradingBlock.PointsEntry> entries = ctx.pointsEntry().stream()
                .map(e -> new GradingBlock.PointsEntry(label(e.label()), num(e.NUMBER().getSymbol()), span(e)))
                .toList();
        return new GradingBlock.PointsRow(key, entries, span(ctx));
    }

    private Condition condition(ConditionContext ctx) {
        List<Condition.Atom> atoms = new ArrayList<>();
        for (ConditionAtomContext atom : ctx.conditionAtom()) {
            Span span = span(atom);
            if (atom instanceof EveryCriterionContext e) {
                atoms.add(new Condition.EveryCriterion(labelBound(e.labelBound()), span));
            } else if (atom instanceof SomeCriteriaContext s) {
                atoms.add(new Condition.SomeCriteria(num(s.NUMBER().getSymbol()), s.PERCENT() != null,
                        labelBound(s.labelBound()), span));
            } else if (atom instanceof EveryUnitGradedContext e) {
                atoms.add(new Condition.EveryUnitGraded(labelBound(e.labelBound()), span));
            } else if (atom instanceof SomeUnitsGradedContext s) {
                atoms.add(new Condition.SomeUnitsGraded(num(s.NUMBER().getSymbol()), s.PERCENT() != null,
                        labelBound(s.labelBound()), span));
            } else {
                atoms.add(new Condition.MinimumPoints(num(((MinimumPointsContext) atom).NUMBER().getSymbol()), span));
            }
        }
        return new Condition(atoms, span(ctx));
    }

    private Condition.LabelBound labelBound(LabelBoundContext ctx) {
        return new Condition.LabelBound(label(ctx.label()), direction(ctx.direction), span(ctx));
    }

    // ----------------------------------------------------------------------------------------- leaves

    private List<Name> references(ReferenceListContext ctx) {
        return ctx.reference().stream().map(this::reference).toList();
    }

    private List<Name> names(NameListContext ctx) {
        return ctx.name().stream().map(this::name).toList();
    }

    private Name name(NameContext ctx) {
        return new Name(ctx.getText(), span(ctx));
    }

    private Name reference(ReferenceContext ctx) {
        return leafName(ctx.getStart());
    }

    private Name label(LabelContext ctx) {
        return leafName(ctx.getStart());
    }

    private Name leafName(Token token) {
        if (token.getType() == QdlParser.STRING) {
            return new Name(text(token).value(), span(token));
        }
        return new Name(token.getText(), span(token));
    }

    private Optional<Text> optionalText(Token token) {
        return Optional.ofNullable(token).map(this::text);
    }

    private Text text(Token token) {
        return new Text(StringLiterals.value(token.getText()), span(token));
    }

    private Num num(Token token) {
        return new Num(new BigDecimal(token.getText()), span(token));
    }

    private Span span(ParserRuleContext ctx) {
        Token stop = ctx.getStop() != null ? ctx.getStop() : ctx.getStart();
        return spans.span(ctx.getStart(), stop);
    }

    private Span span(Token token) {
        return spans.span(token);
    }
}
