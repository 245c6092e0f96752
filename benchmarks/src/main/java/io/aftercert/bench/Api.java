package io.aftercert.bench;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.EvidenceCheck;
import io.aftercert.core.scoring.FinalScore;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.ValidatedAssessment;
import io.aftercert.core.registry.RubricRegistry;

/**
 * {@link SideBySide}'s questions answered by this release: the compiled rubric's
 * {@code finalScore}, and the reader's proof of validation (one validation pass). The previous
 * release's answers are in {@code benchmarks/prev/io/aftercert/bench/Api.java}.
 */
final class Api {
    static final String RELEASE = "this release";

    private Api() {
    }

    static Object prepare(Rubric rubric, Assessment a) {
        return EvidenceCheck.validated(rubric, a);
    }

    static String finalScoreText(Rubric rubric, Object prepared) {
        FinalScore f = ScoringEngine.finalScore((ValidatedAssessment) prepared);
        return f.finalScore() + " " + f.grade().id();
    }

    static Object finalScoreAndGrade(Rubric rubric, Object prepared) {
        return ScoringEngine.finalScore((ValidatedAssessment) prepared);
    }

    static Object finalScoreAndGradeChecked(Rubric rubric, Assessment a) {
        return ScoringEngine.finalScore(rubric, a);
    }

    static Object fullResult(Rubric rubric, Object prepared) {
        return ScoringEngine.score((ValidatedAssessment) prepared);
    }

    static Object parseValidateScore(byte[] json, RubricRegistry registry) {
        return ScoringEngine.finalScore(EvidenceJson.readValidated(json, "bench.json", registry::find));
    }

    static Object parseValidateFullResult(byte[] json, RubricRegistry registry) {
        return ScoringEngine.score(EvidenceJson.readValidated(json, "bench.json", registry::find));
    }

    static Object better(Object best, Object candidate) {
        return best == null || ((FinalScore) candidate).finalScore().compareTo(((FinalScore) best).finalScore()) > 0
                ? candidate : best;
    }
}
