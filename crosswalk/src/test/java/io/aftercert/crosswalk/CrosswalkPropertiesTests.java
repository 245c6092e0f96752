package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.Status;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.testkit.EvidenceGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * For random evidence on any source standard, no target item's carried credit exceeds what its
 * relations allow. The allowance is stated here on its own, from the relation semantics, not
 * through {@link Relation#carried}: an item may carry only when an assessed source is {@code equal}
 * to it, or is a {@code superset-of} it with full credit; what it carries never earns more than any
 * equal source's credit (a measured value carried as it is may earn less under the target's own curve).
 */
class CrosswalkPropertiesTests {
    static final RubricRegistry REG = ShippedPairs.REG;

    @Test
    void noCarriedCreditExceedsWhatItsRelationAllows() {
        ShippedPairs.forEach((source, target, table) -> qt().withExamples(30).withShrinkCycles(50)
                .forAll(EvidenceGenerators.assessments(source)).checkAssert(a -> check(source, a, target, table)));
    }

    static void check(Rubric source, Assessment a, Rubric target, CrosswalkTable table) {
        CrosswalkResult r = Crosswalk.cross(source, a, target, table, "zh");
        AssessmentResult src = ScoringEngine.score(source, a);
        for (Indicator leaf : target.leaves()) {
            List<Ratio> equalCredits = new ArrayList<>();
            boolean fullStricterSource = false;
            for (Mapping m : table.onto(leaf.code())) {
                IndicatorResult s = src.indicator(m.from()).orElseThrow();
                if (s.status() != Status.ASSESSED) continue;
                if (m.relation() == Relation.EQUAL) equalCredits.add(s.credit());
                if (m.relation() == Relation.SUPERSET_OF && s.credit().equals(Ratio.ONE)) fullStricterSource = true;
            }
            CrosswalkResult.Item item = r.items().stream().filter(i -> i.code().equals(leaf.code())).findFirst().orElseThrow();
            String where = source.id() + " → " + target.id() + " " + leaf.code();
            boolean allowed = !equalCredits.isEmpty() || fullStricterSource;
            assertEquals(allowed, item.state() == CrosswalkResult.State.CARRIED, where);
            if (!allowed) {
                assertFalse(r.prefill().evidence().containsKey(leaf.code()), where + " holds evidence it may not carry");
                continue;
            }
            Ratio carried = r.lowest().indicator(leaf.code()).orElseThrow().credit();
            // never above any equal source's credit (the lowest carries), nor above full credit from a stricter source
            for (Ratio e : equalCredits) assertTrue(carried.compareTo(e) <= 0, where + ": " + carried + " above an equal source's " + e);
            assertTrue(carried.compareTo(Ratio.ONE) <= 0, where);
        }
    }
}
