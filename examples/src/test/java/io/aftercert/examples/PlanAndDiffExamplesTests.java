package io.aftercert.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.plan.Diff;
import io.aftercert.core.plan.Planner;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.Status;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** plan and diff on the gbt27922 manufacturer, worked out by hand. */
class PlanAndDiffExamplesTests {
    private final RubricRegistry registry = RubricRegistry.discover();
    private final Rubric rubric = registry.require("gbt27922");

    private AssessmentResult score(String file) throws IOException {
        Path p = Path.of("gbt27922", file);
        return ScoringEngine.score(rubric, EvidenceJson.read(Files.readAllBytes(p), p.toString(), registry::find));
    }

    @Test
    void cheapestWayFromQualifiedToThreeStars() throws IOException {
        AssessmentResult r = score("appliance-manufacturer.json");
        // three-star needs 80 − 7655/98 = 185/98 score points = 1.85 earned points (applicable 98)
        Planner.Plan fewest = Planner.nextGrade(rubric, r).orElseThrow();
        assertEquals(List.of("5.1.5.2"), fewest.steps().stream().map(Planner.Step::code).toList()); // lost 3 ≥ 1.85
        assertEquals(Ratio.of(300, 98), fewest.gain());
        // with efforts: 5.1.5.2 costs 8, 5.3.1.4 2, 5.3.2.2 3; everything else 1. No effort-1 item lost ≥ 1.85
        // (the largest are 5.1.7.3 1.5 and 5.1.4.1 1.2), two of them do: 1.5 + 1.2 = 2.7 at effort 2
        Map<String, Ratio> effort = Map.of("5.1.5.2", Ratio.of(8), "5.3.1.4", Ratio.of(2), "5.3.2.2", Ratio.of(3));
        Planner.Plan cheapest = Planner.plan(rubric, r, "three-star", effort).orElseThrow();
        assertEquals(Ratio.of(2), cheapest.effort());
        assertEquals(List.of("5.1.7.3", "5.1.4.1"), cheapest.steps().stream().map(Planner.Step::code).toList());
        assertTrue(cheapest.exact());
        // five-star needs 95: lost points total 98 − 76.55 = 21.45 ≥ (95 − 7655/98) × 0.98 = 16.55
        assertTrue(Planner.plan(rubric, r, "five-star", Map.of()).orElseThrow().reachable());
    }

    @Test
    void whatChangedSinceMay() throws IOException {
        AssessmentResult may = score("history/appliance-manufacturer-2026-05.json");
        AssessmentResult now = score("appliance-manufacturer.json");
        // May: 76.55 − 2 (5.1.2.2 4 % of 10 %) − 0.8 (5.1.4.1 band 3) − 1.05 (5.3.2.2 14/20) − 1 (5.3.1.4 band 3)
        //   + 0.06 (5.2.3.2 46/50) = 71.76 of 97 (5.2.4.6 excluded), two deductions → 6982/97
        assertEquals(Ratio.of(6982, 97), may.finalScore());
        Diff d = Diff.of(may, now);
        assertEquals(Ratio.of(7655, 98).minus(Ratio.of(6982, 97)), d.change());
        assertEquals(List.of("5.1.2.2", "5.1.4.1", "5.3.1.4", "5.3.2.2"), d.improved().stream().map(Diff.Change::code).toList());
        assertEquals(List.of("5.2.3.2"), d.regressed().stream().map(Diff.Change::code).toList());
        assertEquals("5.2.4.6", d.statusChanges().get(0).code());
        assertEquals(Status.ASSESSED, d.statusChanges().get(0).statusAfter());
        assertEquals(1, d.findingsAdded().size());   // the bonus
        assertEquals(1, d.findingsRemoved().size()); // the warranty-card deduction
        assertEquals("law", d.findingsRemoved().get(0).category());
    }
}
