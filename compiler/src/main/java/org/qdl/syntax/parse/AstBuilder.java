package org.qdl.syntax.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.qdl.grammar.QdlParser;
import org.qdl.grammar.QdlParser.*;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.Comment;
import org.qdl.syntax.tree.Condition;
import org.qdl.syntax.tree.Decl;
import org.qdl.syntax.tree.ErrorNode;
import org.qdl.syntax.tree.FrameworkDecl;
import org.qdl.syntax.tree.AttemptsBlock;
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
import org.qdl.syntax.tree.RequiresDecl;
import org.qdl.syntax.tree.RuleNode;
import org.qdl.syntax.tree.RulesBlock;
import org.qdl.syntax.tree.ScaleDecl;
import org.qdl.syntax.tree.SpecFile;
import org.qdl.syntax.tree.Text;
import org.qdl.syntax.tree.UnitEntry;

/**
 * Turns a parse tree into the AST. This class, with the parser driver beside it, is the only code that knows
 * ANTLR exists. A parse tree the parser recovered in holds skipped tokens, made-up tokens and rules left
 * unfinished; each member of a block that holds any of them becomes an {@link ErrorNode}, and the rest of the
 * block is built as usual, so that a broken line costs the tree that line and no more.
 */
final class AstBuilder {
    private final SourceFile source;
    private final TokenSpans spans;

    AstBuilder(TokenSpans spans) {
        this.source = spans.source();
        this.spans = spans;
    }

    /** A file that was not parsed at all (too large, nested too deep, or too many errors). */
    static SpecFile unread(SourceFile source) {
        Span whole = new Span(source, 0, source.text().length());
        ErrorNode all = new ErrorNode(EnumSet.allOf(ErrorNode.Declares.class), whole);
        return new SpecFile(source, List.of(), List.of(all), List.of(), whole);
    }

    /**
     * The file's tree; {@code unsure} are error nodes over text the parse tree is known to misread (lines a
     * lexical error spoils, or all after a misplaced brace), added after the declarations.
     */
    SpecFile spec(SpecContext ctx, List<Token> commentTokens, List<ErrorNode> unsure) {
        // a broken import has no path to follow: it is an error node that may have declared anything
        List<Import> imports = ctx.importDecl().stream()
                .filter(i -> !Damage.in(i))
                .map(i -> new Import(text(i.path), span(i)))
                .toList();
        List<Decl> decls = new ArrayList<>();
        ctx.importDecl().stream().filter(Damage::in)
                .forEach(i -> decls.add(new ErrorNode(EnumSet.allOf(ErrorNode.Declares.class), span(i))));
        decls.addAll(members(ctx, TopDeclContext.class, this::topDecl));
        decls.addAll(unsure);
        List<Comment> comments = commentTokens.stream()
                .map(t -> new Comment(t.getText().stripTrailing(), span(t)))
                .toList();
        return new SpecFile(source, imports, decls, comments, new Span(source, 0, source.text().length()));
    }

    private Decl topDecl(TopDeclContext ctx) {
        if (ctx.qualificationDecl() != null) {
            return Damage.inHeader(ctx.qualificationDecl()) ? error(ctx) : qualification(ctx.qualificationDecl());
        } else if (ctx.unitEntry() != null) {
            return Damage.inHeader(ctx.unitEntry()) ? error(ctx) : unitEntry(ctx.unitEntry());
        } else if (ctx.groupDecl() != null) {
            return Damage.inHeader(ctx.groupDecl()) ? error(ctx) : group(ctx.groupDecl());
        } else if (ctx.scaleDecl() != null) {
            return Damage.inHeader(ctx.scaleDecl()) ? error(ctx) : scale(ctx.scaleDecl());
        } else if (ctx.frameworkDecl() != null && !Damage.in(ctx.frameworkDecl())) {
            return framework(ctx.frameworkDecl());
        }
        return error(ctx);
    }

    // ----------------------------------------------------------------------------------------- declarations

    private QualificationDecl qualification(QualificationDeclContext ctx) {
        List<QualificationMember> members = members(ctx, QualificationMemberContext.class, this::qualificationMember);
        return new QualificationDecl(name(ctx.name()), optionalText(ctx.title), members, span(ctx));
    }

    private QualificationMember qualificationMember(QualificationMemberContext m) {
        if (m.attribute() != null) {
            return attributeOrError(m.attribute());
        } else if (m.unitEntry() != null) {
            return Damage.inHeader(m.unitEntry()) ? error(m) : unitEntry(m.unitEntry());
        } else if (m.groupDecl() != null) {
            return Damage.inHeader(m.groupDecl()) ? error(m) : group(m.groupDecl());
        } else if (m.scaleDecl() != null) {
            return Damage.inHeader(m.scaleDecl()) ? error(m) : scale(m.scaleDecl());
        } else if (m.rulesBlock() != null) {
            return Damage.inHeader(m.rulesBlock()) ? error(m) : rules(m.rulesBlock());
        } else if (m.pathwayDecl() != null) {
            return Damage.inHeader(m.pathwayDecl()) ? error(m) : pathway(m.pathwayDecl());
        } else if (m.gradingBlock() != null) {
            return Damage.inHeader(m.gradingBlock()) ? error(m) : grading(m.gradingBlock());
        } else if (m.requiresDecl() != null) {
            return Damage.in(m.requiresDecl()) ? error(m) : requires(m.requiresDecl());
        } else if (m.attemptsBlock() != null) {
            return Damage.inHeader(m.attemptsBlock()) ? error(m) : attempts(m.attemptsBlock());
        }
        return error(m);
    }

    private RequiresDecl requires(RequiresDeclContext ctx) {
        RequiresDecl.Kind kind = ctx.kind.getType() == QdlParser.COMPONENT ? RequiresDecl.Kind.COMPONENT
                : RequiresDecl.Kind.QUALIFICATION;
        return new RequiresDecl(kind, name(ctx.name()), text(ctx.title),
                Optional.ofNullable(ctx.levelFilter()).map(this::levelFilter), span(ctx));
    }

    /** Call only when {@link Damage#inHeader} found the unit's first line whole. */
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
        List<GroupMember> members = members(ctx, GroupMemberContext.class, this::groupMember);
        return new GroupDecl(name(ctx.name()), optionalText(ctx.title), members, span(ctx));
    }

    private GroupMember groupMember(GroupMemberContext m) {
        if (m instanceof GroupUnitContext u && u.unitEntry() != null) {
            return Damage.inHeader(u.unitEntry()) ? error(m) : unitEntry(u.unitEntry());
        } else if (m instanceof GroupAttributeContext a && a.attribute() != null) {
            return attributeOrError(a.attribute());
        } else if (Damage.in(m)) {
            return error(m);
        } else if (m instanceof GroupUnitsContext u) {
            return new GroupMember.UnitList(references(u.referenceList()), span(u));
        } else if (m instanceof GroupGroupsContext g) {
            return new GroupMember.GroupList(names(g.nameList()), span(g));
        } else if (m instanceof GroupPredicateContext p) {
            return new GroupMember.LibraryUnits(Optional.ofNullable(p.levelFilter()).map(this::levelFilter),
                    text(p.path), span(p));
        }
        return error(m);
    }

    private ScaleDecl scale(ScaleDeclContext ctx) {
        List<ScaleDecl.Member> members = members(ctx, ScaleMemberContext.class, this::scaleMember);
        return new ScaleDecl(name(ctx.name()), optionalText(ctx.title), members, span(ctx));
    }

    private ScaleDecl.Member scaleMember(ScaleMemberContext m) {
        if (Damage.in(m)) {
            return error(m);
        } else if (m instanceof ScaleLabelsContext l) {
            List<ScaleDecl.Label> labels = l.scaleLabel().stream()
                    .map(s -> new ScaleDecl.Label(label(s.value), optionalText(s.description),
                            s.aliases.stream().map(this::label).toList(), span(s),
                            Optional.ofNullable(s.from).map(this::num), s.percent != null))
                    .toList();
            return new ScaleDecl.Labels(labels, span(l));
        } else if (m instanceof ScaleDefaultContext d) {
            return new ScaleDecl.Default(label(d.label()), span(d));
        } else if (m instanceof ScaleAchievedContext a) {
            return new ScaleDecl.Achieved(a.label().stream().map(this::label).toList(), a.ABOVE() != null, span(a));
        } else if (m instanceof ScaleMarksContext k) {
            return new ScaleDecl.Marks(num(k.NUMBER().getSymbol()), span(k));
        } else if (m instanceof ScaleRecordedContext r) {
            return new ScaleDecl.Achieved(r.label().stream().map(this::label).toList(), r.ABOVE() != null, span(r),
                    true);
        }
        return error(m);
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
        return members(ctx, AttributeContext.class, this::attributeOrError);
    }

    private Attribute attributeOrError(AttributeContext ctx) {
        return Damage.in(ctx) ? error(ctx) : attribute(ctx);
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
            return new Attribute.Section(sectionKind(c.proseKind()), sectionNumber(c.sectionNumber()),
                    Optional.ofNullable(c.title).map(this::text), prose(c.prose()), span);
        } else if (ctx instanceof SectionAttrContext c) {
            return new Attribute.Section(Attribute.SectionKind.SECTION, sectionNumber(c.sectionNumber()),
                    Optional.of(text(c.title)), prose(c.prose()), span);
        } else if (ctx instanceof LeadInAttrContext c) {
            Attribute.LeadInTarget target = c.leadInTarget().getStart().getType() == QdlParser.OUTCOMES
                    ? Attribute.LeadInTarget.OUTCOMES : Attribute.LeadInTarget.KNOWLEDGE;
            return new Attribute.LeadIn(target, text(c.text), span);
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
                items.add(new Prose.Bullet(text(b.STRING().getSymbol()), b.sub != null, span(b)));
            } else if (item instanceof ProseHeadingContext h) {
                items.add(new Prose.Heading(text(h.STRING().getSymbol()), span(h)));
            } else if (item instanceof ProseTableContext t) {
                List<Prose.Row> rows = new ArrayList<>();
                for (TableRowContext r : t.tableRow()) {
                    rows.add(new Prose.Row(r.kind.getType() == QdlParser.HEADER,
                            r.STRING().stream().map(n -> text(n.getSymbol())).toList(), span(r)));
                }
                items.add(new Prose.Table(Optional.ofNullable(t.caption).map(this::text), rows, span(t)));
            } else {
                ParagraphContext p = (ParagraphContext) item;
                items.add(new Prose.Paragraph(text(p.STRING().getSymbol()), span(p)));
            }
        }
        return new Prose(items, span(ctx));
    }

    private Optional<Name> sectionNumber(SectionNumberContext ctx) {
        return Optional.ofNullable(ctx).map(n -> new Name(n.getText(), span(n)));
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
        return new RulesBlock(members(ctx, RuleItemContext.class, this::ruleOrError), span(ctx));
    }

    private PathwayDecl pathway(PathwayDeclContext ctx) {
        PathwayDecl.Kind kind = ctx.kind.getType() == QdlParser.ENDORSEMENT ? PathwayDecl.Kind.ENDORSEMENT
                : ctx.kind.getType() == QdlParser.SMALLER ? PathwayDecl.Kind.SMALLER : PathwayDecl.Kind.PATHWAY;
        List<PathwayMember> members = members(ctx, PathwayMemberContext.class, m -> m.ruleItem() != null
                ? ruleOrError(m.ruleItem()) : m.attribute() != null ? attributeOrError(m.attribute())
                : m.gradingBlock() != null && !Damage.inHeader(m.gradingBlock()) ? grading(m.gradingBlock())
                : error(m));
        return new PathwayDecl(kind, name(ctx.name()), text(ctx.title), members, span(ctx));
    }

    private RuleNode ruleOrError(RuleItemContext ctx) {
        return Damage.in(ctx) ? error(ctx) : rule(ctx);
    }

    private RuleNode rule(RuleItemContext ctx) {
        Optional<Name> label = Optional.ofNullable(ctx.ruleLabel).map(this::name);
        Span span = span(ctx);
        RuleBodyContext body = ctx.ruleBody();
        if (body instanceof AllRuleContext a) {
            return new RuleNode.AllRule(label, pool(a.pool()), Optional.ofNullable(a.including()).map(this::including),
                    a.SHARED() != null, span, a.PASSED() != null);
        } else if (body instanceof BarredRuleContext b) {
            return new RuleNode.BarredRule(label, references(b.referenceList()), span);
        } else if (body instanceof EquivalentRuleContext e) {
            return new RuleNode.EquivalentRule(label, references(e.referenceList()), span);
        } else if (body instanceof GateRuleContext g) {
            return new RuleNode.GateRule(label, levelFilter(g.gated), amount(g.amount()), levelFilter(g.after), span);
        }
        AmountRuleContext a = (AmountRuleContext) body;
        Optional<RuleNode.Pool> pool = a.scope() instanceof FromPoolContext f ? Optional.of(pool(f.pool()))
                : Optional.empty();
        return new RuleNode.AmountRule(label, amount(a.amount(0)),
                a.amount().size() > 1 ? Optional.of(amount(a.amount(1))) : Optional.empty(),
                Optional.ofNullable(a.levelFilter()).map(this::levelFilter), pool,
                Optional.ofNullable(a.including()).map(this::including), a.SHARED() != null, span,
                a.sizeFilter() == null ? List.of() : a.sizeFilter().sizes.stream().map(this::num).toList(),
                Optional.ofNullable(a.graded).map(this::labelBound),
                Optional.ofNullable(a.outcomeFilter()).map(o -> o.NOT() != null ? RuleNode.Outcome.NOT_PASSED
                        : RuleNode.Outcome.PASSED));
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
        RuleNode.Measure measure = switch (measureType) {
            case QdlParser.CREDIT, QdlParser.CREDITS -> RuleNode.Measure.CREDITS;
            case QdlParser.GLH -> RuleNode.Measure.GLH;
            case QdlParser.TQT -> RuleNode.Measure.TQT;
            default -> RuleNode.Measure.UNITS;
        };
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
        return new GradingBlock(members(ctx, GradingItemContext.class, this::gradingItem), span(ctx));
    }

    private GradingBlock.Item gradingItem(GradingItemContext item) {
        Span span = span(item);
        if (Damage.in(item)) {
            return error(item);
        } else if (item instanceof NoOverallGradeContext) {
            return new GradingBlock.NoOverallGrade(span);
        } else if (item instanceof PointsTableContext t) {
            GradingBlock.Per per = t.per.getType() == QdlParser.UNIT ? GradingBlock.Per.UNIT : GradingBlock.Per.CREDIT;
            return new GradingBlock.PointsTable(per, t.pointsRow().stream().map(this::pointsRow).toList(), span);
        } else if (item instanceof TariffContext t) {
            return new GradingBlock.TariffTable(t.tariffTable().pointsRow().stream().map(this::pointsRow).toList(),
                    span);
        } else if (item instanceof PointsThresholdContext t) {
            return new GradingBlock.Threshold(label(t.label()), num(t.NUMBER().getSymbol()),
                    Optional.ofNullable(t.condition()).map(this::condition), span);
        } else if (item instanceof NotAchievedOtherwiseContext) {
            return new GradingBlock.NotAchievedOtherwise(span);
        } else if (item instanceof GradeWhenContext g) {
            return new GradingBlock.GradeWhen(label(g.label()), Optional.of(condition(g.condition())), span);
        } else if (item instanceof GradeOtherwiseContext o) {
            return new GradingBlock.GradeWhen(label(o.label()), Optional.empty(), span);
        } else if (item instanceof GradeTableContext t) {
            return new GradingBlock.GradeTable(references(t.referenceList()), t.gradeTableRow().stream()
                    .map(r -> new GradingBlock.TableRow(r.cells.stream().map(this::label).toList(), label(r.grade),
                            span(r))).toList(), span);
        } else if (item instanceof GradeFromContext f) {
            SelectionContext s = f.selection();
            return new GradingBlock.Selection(Optional.ofNullable(s.best).map(t -> num(t)),
                    Optional.ofNullable(s.levelFilter()).map(this::levelFilter), Optional.ofNullable(s.cap).map(t -> num(t)),
                    Optional.ofNullable(s.pool()).map(this::pool), span);
        }
        return error(item);
    }

    // ----------------------------------------------------------------------------------------- attempts

    private AttemptsBlock attempts(AttemptsBlockContext ctx) {
        return new AttemptsBlock(members(ctx, AttemptsItemContext.class, this::attemptsItem), span(ctx));
    }

    private AttemptsBlock.Item attemptsItem(AttemptsItemContext item) {
        Span span = span(item);
        if (Damage.in(item)) {
            return error(item);
        } else if (item instanceof RegistrationValidContext r) {
            return new AttemptsBlock.RegistrationValid(period(r.period()), span);
        } else if (item instanceof ResitLimitContext r) {
            return new AttemptsBlock.ResitLimit(num(r.NUMBER().getSymbol()), span);
        } else if (item instanceof ResitWindowContext r) {
            return new AttemptsBlock.ResitWindow(period(r.period()), span);
        } else if (item instanceof ResitCapContext r) {
            return new AttemptsBlock.ResitCap(label(r.label()), span);
        } else if (item instanceof NoResitOnceAchievedContext) {
            return new AttemptsBlock.NoResitOnceAchieved(span);
        } else if (item instanceof RegistrationClosesContext r) {
            return new AttemptsBlock.RegistrationCloses(name(r.closes), new Name(r.DATE().getText(),
                    span(r.DATE().getSymbol())), span);
        } else if (item instanceof CertificationEndsContext c) {
            return new AttemptsBlock.CertificationEnds(name(c.certification), name(c.ends), new Name(c.DATE().getText(),
                    span(c.DATE().getSymbol())), span);
        }
        return error(item);
    }

    private AttemptsBlock.Period period(PeriodContext ctx) {
        return new AttemptsBlock.Period(num(ctx.NUMBER().getSymbol()), name(ctx.periodUnit), span(ctx));
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
            } else if (atom instanceof SomeCreditsGradedContext s) {
                atoms.add(new Condition.SomeCreditsGraded(num(s.NUMBER().getSymbol()),
                        Optional.ofNullable(s.levelFilter()).map(this::levelFilter), labelBound(s.labelBound()), span));
            } else if (atom instanceof UnitGradedContext u) {
                atoms.add(new Condition.UnitGraded(reference(u.reference()), labelBound(u.labelBound()), span));
            } else {
                MinimumPointsContext m = (MinimumPointsContext) atom;
                atoms.add(new Condition.MinimumPoints(num(m.NUMBER().getSymbol()),
                        Optional.ofNullable(m.pool()).map(this::pool), span));
            }
        }
        return new Condition(atoms, span(ctx));
    }

    private Condition.LabelBound labelBound(LabelBoundContext ctx) {
        return new Condition.LabelBound(label(ctx.label()), direction(ctx.direction), span(ctx));
    }

    // ----------------------------------------------------------------------------------------- broken text

    /**
     * The members of a block in order, each built by {@code build}, with an {@link ErrorNode} for each run of
     * tokens the parser skipped between them.
     */
    private <C extends ParserRuleContext, T> List<T> members(ParserRuleContext block, Class<C> memberType,
            Function<C, T> build) {
        List<T> out = new ArrayList<>();
        List<Token> skipped = new ArrayList<>();
        if (block.children == null) {
            return out;
        }
        for (ParseTree child : block.children) {
            if (child instanceof org.antlr.v4.runtime.tree.ErrorNode e && e.getSymbol().getTokenIndex() >= 0
                    && e.getSymbol().getType() != Token.EOF) {
                skipped.add(e.getSymbol());
                continue;
            }
            if (!skipped.isEmpty()) {
                out.add(castError(skippedTokens(skipped)));
                skipped.clear();
            }
            if (memberType.isInstance(child)) {
                out.add(build.apply(memberType.cast(child)));
            }
        }
        if (!skipped.isEmpty()) {
            out.add(castError(skippedTokens(skipped)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T castError(ErrorNode node) {
        // an ErrorNode is every kind of member a block can hold
        return (T) node;
    }

    private ErrorNode error(ParserRuleContext ctx) {
        return new ErrorNode(Damage.mayDeclare(Damage.tokens(ctx)), span(ctx));
    }

    private ErrorNode skippedTokens(List<Token> skipped) {
        return new ErrorNode(Damage.mayDeclare(skipped), spans.span(skipped.get(0), skipped.get(skipped.size() - 1)));
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
