package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.TemplateJson;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.testkit.EvidenceGenerators;
import io.aftercert.testkit.Schemas;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A prefill is the complete evidence file the user continues in: every item of the target, the
 * carried ones filled and marked, the rest blank with the template's requirement and guidance; it
 * scores like the same file completed by hand from {@code template}.
 */
class CrosswalkPrefillTests {
    static final RubricRegistry REG = ShippedPairs.REG;

    @Test
    void everyPairsPrefillIsCompleteAndScoresLikeTheTemplateCompletedByHand() {
        ShippedPairs.forEach((source, target, table) -> {
            qt().withExamples(5).withShrinkCycles(20).forAll(EvidenceGenerators.assessments(source))
                    .checkAssert(a -> check(Crosswalk.cross(source, a, target, table, "zh")));
            // and a source fully met, so that the equal and superset rows carry
            check(Crosswalk.cross(source, EvidenceGenerators.allFull(source), target, table, "zh"));
        });
    }

    static void check(CrosswalkResult r) {
        Rubric target = r.target();
        String pair = r.sourceRubric() + " → " + target.id();
        byte[] bytes = CrosswalkJson.prefill(r);
        assertEquals(List.of(), Schemas.evidenceErrors(bytes), pair);
        JsonNode ev = read(bytes).get("evidence");
        JsonNode blank = TemplateJson.template(target).get("evidence");
        assertEquals(target.leaves().size(), ev.size(), pair + ": every item of the target");
        for (Indicator leaf : target.leaves()) {
            JsonNode e = ev.get(leaf.code());
            assertEquals(blank.get(leaf.code()).get("guidance"), e.get("guidance"), pair + " " + leaf.code() + ": the template's requirement and guidance");
            boolean carried = r.prefill().evidence().containsKey(leaf.code());
            if (carried) assertTrue(e.get("notes").asText().startsWith("沿用自 " + Crosswalk.name(REG.find(r.sourceRubric()).orElseThrow()) + " "), pair + " " + leaf.code() + " is marked");
            else if (r.confirmNotes().containsKey(leaf.code())) assertEquals(r.confirmNotes().get(leaf.code()), e.get("notes").asText());
            else assertEquals(blank.get(leaf.code()), e, pair + " " + leaf.code() + ": the template's blank entry");
        }
        Assessment back = EvidenceJson.read(bytes, "prefill.json", REG::find);
        assertEquals(r.prefill().evidence().keySet(), back.evidence().keySet(), pair + ": only the carried items are assessed");
        assertEquals(r.lowest().finalScore(), ScoringEngine.score(target, back).finalScore(), pair);

        // completed by hand: the template, the carried verdicts typed in, every other item given full credit
        ObjectNode byHand = TemplateJson.template(target);
        ObjectNode prefill = (ObjectNode) read(bytes);
        for (Indicator leaf : target.leaves()) {
            Evidence carried = r.prefill().evidence().get(leaf.code());
            if (carried != null) set(byHand, target, leaf.code(), carried);
            else {
                set(byHand, target, leaf.code(), EvidenceGenerators.fullCredit(leaf));
                set(prefill, target, leaf.code(), EvidenceGenerators.fullCredit(leaf));
            }
        }
        AssessmentResult hand = score(target, byHand);
        AssessmentResult continued = score(target, prefill);
        assertEquals(hand.finalScore(), continued.finalScore(), pair);
        for (Indicator leaf : target.leaves()) {
            assertEquals(hand.indicator(leaf.code()).orElseThrow().credit(), continued.indicator(leaf.code()).orElseThrow().credit(), pair + " " + leaf.code());
        }
        assertEquals(r.highest().finalScore(), continued.finalScore(), pair + ": the top of the range is the prefill completed");
    }

    /** Replaces the entry of {@code code} with the JSON the evidence writer gives {@code e}. */
    static void set(ObjectNode file, Rubric r, String code, Evidence e) {
        Assessment one = new Assessment(r.id(), null, new io.aftercert.core.evidence.Organization("x", null), null, null, null, Map.of(code, e), List.of());
        ((ObjectNode) file.get("evidence")).set(code, read(EvidenceJson.write(one)).get("evidence").get(code));
    }

    static AssessmentResult score(Rubric r, ObjectNode file) {
        ((ObjectNode) file.get("organization")).put("name", "x");
        return ScoringEngine.score(r, EvidenceJson.read(file.toString().getBytes(StandardCharsets.UTF_8), "hand.json", REG::find));
    }

    static JsonNode read(byte[] b) {
        try {
            return Json.readTree(b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
