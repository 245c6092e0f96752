package io.aftercert.examples;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.time.LocalDate;

/**
 * What an ERP/CRM integration does: build evidence from data it already holds (no file), score
 * it, and show the grade and the gaps. Copy this class; it needs only aftercert-core and the
 * rubric module on the classpath.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && ./mvnw -q -pl examples exec:java}
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        // 1. the rubric: load once, share across threads and requests
        Rubric rubric = RubricRegistry.getDefault().require("gbt27922");

        // 2. evidence from the systems of record
        int complaintsClosedInTime = 46;   // e.g. from the CRM's complaint tickets
        int complaintsSampled = 50;
        Assessment.Builder evidence = Assessment.builder("gbt27922", new Organization("示例电器有限公司", "manufacturer"))
                .assessedOn(LocalDate.of(2026, 11, 20))
                .qualifyingGradeHeldMonths(13)
                .put("5.3.2.2", Evidence.sample(complaintsClosedInTime, complaintsSampled).withNotes("CRM complaint tickets, Q3"))
                .put("5.1.2.2", Evidence.value(Ratio.parse("11.5")))          // % of service managers certified
                .put("5.3.1.4", Evidence.band(4))                             // satisfaction surveys: band 60–80 %
                .put("5.2.5.5", Evidence.notApplicable("manufacturer, not a trading company"));
        for (var leaf : rubric.leaves()) {
            // everything else the ERP knows to be in place (in real use: from its checklists)
            if (!evidence.build().evidence().containsKey(leaf.code())) {
                evidence.put(leaf.code(), leaf.kind() == io.aftercert.core.model.IndicatorKind.SAMPLED
                        ? Evidence.sample(9, 10) : leaf.kind() == io.aftercert.core.model.IndicatorKind.METRIC
                        ? Evidence.value(leaf.metric().target()) : Evidence.conforms(true));
            }
        }
        evidence.finding(Finding.bonus("7×24 hotline with 30-minute call-back"));

        // 3. score; results are immutable values with exact numbers
        AssessmentResult result = ScoringEngine.score(rubric, evidence.build());

        System.out.println("final score " + result.scoreDisplay() + " (exact " + result.finalScore() + ")");
        System.out.println("grade       " + result.grade().label().zh() + " / " + result.grade().id()
                + (result.passed() == io.aftercert.core.scoring.Verdict.PASSED ? ", passed" : ", not passed " + result.reasons().stream().map(t -> t.en()).toList()));
        result.caveats().forEach(c -> System.out.println("caveat      " + c.en()));
        System.out.println("gaps (final-score rise at full credit):");
        for (Gap g : result.gaps().subList(0, Math.min(5, result.gaps().size()))) {
            System.out.println("  " + g.code() + "  +" + g.scoreGain().truncate(2) + "  " + g.title().en());
        }
        result.optionalNextGrade().filter(n -> n.reachable()).ifPresent(n -> System.out.println(
                "next grade  " + n.grade().label().zh() + " needs +" + n.needed().truncate(2) + ": " + n.items()));
    }
}
