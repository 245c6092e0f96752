package io.aftercert.bench;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.spi.RubricRegistry;

/**
 * {@link SideBySide}'s questions answered by the previous release (ddf5acd), which has one way to
 * score: the full result, checking the evidence on every call. Copied into that release's
 * benchmarks module by {@code benchmarks/side-by-side.sh}; never compiled into this one.
 */
final class Api {
    static final String RELEASE = "previous release ddf5acd";

    private Api() {
    }

    static Object prepare(Rubric rubric, Assessment a) {
        return a;
    }

    static String finalScoreText(Rubric rubric, Object prepared) {
        AssessmentResult r = ScoringEngine.score(rubric, (Assessment) prepared);
        return r.finalScore() + " " + r.grade().id();
    }

    static Object finalScoreAndGrade(Rubric rubric, Object prepared) {
        return ScoringEngine.score(rubric, (Assessment) prepared);
    }

    static Object finalScoreAndGradeChecked(Rubric rubric, Assessment a) {
        return ScoringEngine.score(rubric, a);
    }

    static Object fullResult(Rubric rubric, Object prepared) {
        return ScoringEngine.score(rubric, (Assessment) prepared);
    }

    static Object parseValidateScore(byte[] json, RubricRegistry registry) {
        Assessment a = EvidenceJson.read(json, "bench.json", registry::find);
        return ScoringEngine.score(registry.require(a.rubricId()), a);
    }

    static Object parseValidateFullResult(byte[] json, RubricRegistry registry) {
        return parseValidateScore(json, registry);
    }

    static Object better(Object best, Object candidate) {
        return best == null || ((AssessmentResult) candidate).finalScore().compareTo(((AssessmentResult) best).finalScore()) > 0
                ? candidate : best;
    }
}
