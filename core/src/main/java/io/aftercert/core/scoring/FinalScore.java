package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;

/**
 * The final score and grade of one assessment, without texts, ledger, gaps or plan: what
 * {@link ScoringEngine#finalScore} answers. Every value is exactly the one the full
 * {@link AssessmentResult} of the same assessment carries (the same run of the same rules).
 *
 * @param score        the normalised score Σ earned / Σ applicable × 100
 * @param finalScore   score + bonus − deductions, kept within [0, 100]
 * @param grade        the grade awarded (id {@code none} when not passed), or null where the rubric has no grade scale
 * @param gradeByScore the grade the final score alone reaches, or null where the rubric has no grade scale
 * @param passed       passed or failed; {@link Verdict#NOT_JUDGED} where the rubric defines neither grades nor special rules
 *
 * @since 1.0
 */
public record FinalScore(Ratio score, Ratio finalScore, @Nullable GradeRef grade, @Nullable GradeRef gradeByScore, Verdict passed) {

    static FinalScore of(CompiledRubric.Figures f) {
        return new FinalScore(f.score, f.finalScore, f.grade, f.gradeByScore, f.passed);
    }
}
