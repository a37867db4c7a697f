package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.qdl.runtime.result.UnitResult;

/** A unit as the engine keeps it, compiled once from the IR. */
final class UnitInfo {
    final int index;
    final String ref;
    final String title;
    /** Credit in the qualification's credit unit (see {@link CompiledQualification#creditScale}). */
    final long credit;
    final BigDecimal creditValue;
    /** Rank of the unit's level, or {@link Integer#MIN_VALUE} when it has none. */
    final int levelRank;
    final BigDecimal glh;
    final ScaleInfo gradingScale;
    final ScaleInfo criterionScale;
    final List<String> criteria;
    final Map<String, Integer> criterionIndex;
    final UnitCondition achievedWhen;
    final List<UnitGradeRule> grades;
    /** Possible grades, lowest first: the grading scale's labels, or the grade rules' grades reversed. */
    final List<String> gradeOrder;
    /** The outcome, and the unit result, of the unit listed with nothing but its reference: the same every time. */
    final Judgement.Outcome plainOutcome;
    final UnitResult plainResult;

    UnitInfo(int index, String ref, String title, long credit, BigDecimal creditValue, int levelRank, BigDecimal glh,
            ScaleInfo gradingScale, ScaleInfo criterionScale, List<String> criteria, Map<String, Integer> criterionIndex,
            UnitCondition achievedWhen, List<UnitGradeRule> grades, List<String> gradeOrder) {
        this.index = index;
        this.ref = ref;
        this.title = title;
        this.credit = credit;
        this.creditValue = creditValue;
        this.levelRank = levelRank;
        this.glh = glh;
        this.gradingScale = gradingScale;
        this.criterionScale = criterionScale;
        this.criteria = criteria;
        this.criterionIndex = criterionIndex;
        this.achievedWhen = achievedWhen;
        this.grades = grades;
        this.gradeOrder = gradeOrder;
        this.plainOutcome = Judgement.plain(this);
        this.plainResult = new UnitResult(ref, true, plainOutcome.grade(), plainOutcome.status(), plainOutcome.reason());
    }

    /** Rank of a grade in this unit's grade order, or -1. */
    int gradeRank(String grade) {
        return grade == null ? -1 : gradeOrder.indexOf(grade);
    }

    record UnitGradeRule(String grade, UnitCondition when) {
    }
}
