package io.aftercert.testkit;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.json.RubricTreeJson;
import io.aftercert.core.json.TemplateJson;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.EvidenceCheck;
import io.aftercert.core.scoring.FinalScore;
import io.aftercert.core.scoring.ValidatedAssessment;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.Status;
import io.aftercert.core.registry.RubricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The invariants of architecture §4, checked for every rubric {@link java.util.ServiceLoader} finds on
 * the test classpath. A rubric module runs it with one line:
 * {@code class MyRubricContractTests extends RubricContract {}}. Property checks use QuickTheories;
 * a failure prints the falsifying example and the seed to reproduce it.
 */
public abstract class RubricContract {

    /** How many examples each property tries per rubric. */
    protected int examples() {
        return 200;
    }

    /** The total the top-level maxima must add up to (100 for the seed rubrics). */
    protected Ratio expectedTotal(Rubric rubric) {
        return Ratio.HUNDRED;
    }

    /** The rubrics under test: every one the registry discovers, none broken. */
    protected List<Rubric> rubrics() {
        RubricRegistry registry = RubricRegistry.discover();
        List<Rubric> out = new ArrayList<>();
        for (String id : registry.ids()) out.add(registry.require(id));
        assertTrue(registry.problems().isEmpty(), () -> "rubric providers reported problems: " + registry.problems());
        assertFalse(out.isEmpty(), "no rubric found by ServiceLoader: is META-INF/services registered?");
        return out;
    }

    private void forAll(Rubric r, java.util.function.Consumer<Assessment> check) {
        qt().withExamples(examples()).withShrinkCycles(200).forAll(EvidenceGenerators.assessments(r)).checkAssert(check);
    }

    @Test
    void maximaAddUpToGroupsAndTotal() {
        for (Rubric r : rubrics()) {
            Ratio top = Ratio.ZERO;
            for (Indicator g : r.indicators()) {
                top = top.plus(g.points());
                checkGroupSums(r, g);
            }
            assertEquals(expectedTotal(r), top, r.id() + ": top-level maxima must add up to the rubric total");
            Ratio leaves = r.leaves().stream().map(Indicator::points).reduce(Ratio.ZERO, Ratio::plus);
            assertEquals(expectedTotal(r), leaves, r.id() + ": leaf maxima must add up to the rubric total");
            if (r.mode() == ScoringMode.WEIGHTED) {
                Ratio w = r.indicators().stream().map(Indicator::weight).reduce(Ratio.ZERO, Ratio::plus);
                assertEquals(Ratio.HUNDRED, w, r.id() + ": first-level weights must add up to 100 %");
            }
        }
    }

    private void checkGroupSums(Rubric r, Indicator g) {
        if (g.isLeaf()) return;
        Ratio sum = g.children().stream().map(Indicator::points).reduce(Ratio.ZERO, Ratio::plus);
        assertEquals(g.points(), sum, r.id() + ": children of " + g.code() + " must add up to its points");
        g.children().forEach(c -> checkGroupSums(r, c));
    }

    /**
     * Issue 22: the final score and grade answered alone ({@link ScoringEngine#finalScore}, the
     * compiled run without texts, from a hand-built assessment and from the proof of validation)
     * are exactly those of the full result, for arbitrary evidence, not-applicable groups and a
     * tailoring's exclusion; and the full result's totals are the sums of its items, its score
     * their ratio (worked out here in {@link Ratio}, independently of the engine's long sums).
     */
    @Test
    void finalScoreAloneEqualsTheFullResult() {
        for (Rubric r : rubrics()) {
            Rubric tailored = r.toBuilder().exclusions(Map.of(r.leaves().get(0).code(), "property test")).build();
            for (Rubric x : List.of(r, tailored)) {
                qt().withExamples(examples()).withShrinkCycles(200).forAll(EvidenceGenerators.assessmentsWithExcludedGroups(r))
                        .checkAssert(a -> {
                            AssessmentResult full = ScoringEngine.score(x, a);
                            FinalScore fast = ScoringEngine.finalScore(x, a);
                            String where = x.id() + (x == r ? "" : " (tailored)");
                            assertEquals(full.score(), fast.score(), where + ": score");
                            assertEquals(full.finalScore(), fast.finalScore(), where + ": final score");
                            assertEquals(full.grade(), fast.grade(), where + ": grade");
                            assertEquals(full.gradeByScore(), fast.gradeByScore(), where + ": grade by score");
                            assertEquals(full.passed(), fast.passed(), where + ": passed");
                            ValidatedAssessment proof = EvidenceCheck.validated(x, a);
                            assertEquals(fast, ScoringEngine.finalScore(proof), where + ": validated once");
                            assertEquals(full, ScoringEngine.score(proof), where + ": full result, validated once");
                            Ratio earned = Ratio.ZERO;
                            Ratio applicable = Ratio.ZERO;
                            for (IndicatorResult i : full.indicators()) {
                                earned = earned.plus(i.earned());
                                applicable = applicable.plus(i.applicable());
                            }
                            assertEquals(earned, full.totals().earned(), where + ": earned total");
                            assertEquals(applicable, full.totals().applicable(), where + ": applicable total");
                            assertEquals(applicable.isZero() ? Ratio.ZERO : earned.dividedBy(applicable).times(Ratio.HUNDRED),
                                    fast.score(), where + ": score = Σ earned / Σ applicable × 100");
                        });
            }
        }
    }

    @Test
    void earnedStaysWithinCapsAndMatchesCredit() {
        for (Rubric r : rubrics()) {
            forAll(r, a -> checkCaps(r, a, ScoringEngine.score(r, a)));
        }
    }

    /**
     * architecture §4 "0 ≤ earned ≤ max for every item and group", with random not-applicable sets that
     * include whole groups, so weighted rubrics renormalise at every level: every leaf and group must
     * stay within the maximum it reports, and that maximum must be what it is actually scored against.
     */
    @Test
    void capsHoldOnEveryLeafAndGroupWhateverIsNotApplicable() {
        for (Rubric r : rubrics()) {
            qt().withExamples(examples()).withShrinkCycles(200).forAll(EvidenceGenerators.assessmentsWithExcludedGroups(r))
                    .checkAssert(a -> checkCaps(r, a, ScoringEngine.score(r, a)));
        }
    }

    private static void checkCaps(Rubric r, Assessment a, AssessmentResult res) {
        for (IndicatorResult i : res.indicators()) {
            assertTrue(i.earned().signum() >= 0, i.code() + " earned < 0");
            assertTrue(i.earned().compareTo(i.applicable()) <= 0, i.code() + " earned > applicable");
            assertTrue(i.applicable().compareTo(i.max()) <= 0, i.code() + " applicable " + i.applicable() + " > max " + i.max());
            assertTrue(i.earned().compareTo(i.max()) <= 0, i.code() + " earned " + i.earned() + " > max " + i.max());
            Indicator leaf = r.indicator(i.code()).orElseThrow();
            Ratio nominal = i.nominalMax() != null ? i.nominalMax() : i.max();
            assertEquals(leaf.points(), nominal, i.code() + ": nominal maximum must be the rubric's points");
            if (i.nominalMax() != null) assertNotEquals(i.max(), i.nominalMax(), i.code() + ": nominalMax only where it differs");
            Evidence e = a.evidence().get(i.code());
            if (e == null) {
                assertEquals(Status.NOT_ASSESSED, i.status(), i.code());
                assertEquals(Ratio.ZERO, i.earned(), i.code() + " not assessed must earn 0");
                assertEquals(i.max(), i.applicable(), i.code() + " not assessed stays in the total");
            } else if (e.value() instanceof EvidenceValue.NotApplicable) {
                assertEquals(Status.NOT_APPLICABLE, i.status(), i.code());
                assertEquals(Ratio.ZERO, i.applicable(), i.code() + " not applicable must leave the total");
            } else {
                Ratio credit = EvidenceGenerators.expectedCredit(r, leaf, e.value());
                assertEquals(credit, i.credit(), i.code() + " credit");
                assertEquals(i.max().times(credit), i.earned(), i.code() + " earned = max × credit");
                assertEquals(i.max(), i.applicable(), i.code() + " an applicable item is scored against its max");
            }
        }
        Ratio applicableTotal = res.totals().applicable();
        for (GroupResult g : res.groups()) {
            assertTrue(g.earned().signum() >= 0, g.code() + " earned < 0");
            assertTrue(g.earned().compareTo(g.applicable()) <= 0, g.code() + " earned > applicable");
            assertTrue(g.earned().compareTo(g.max()) <= 0, g.code() + " earned " + g.earned() + " > max " + g.max());
            assertTrue(g.applicable().compareTo(g.max()) <= 0, g.code() + " applicable > max");
            Indicator node = r.indicator(g.code()).orElseThrow();
            assertEquals(node.points(), g.nominalMax() != null ? g.nominalMax() : g.max(), g.code() + ": nominal maximum");
            if (r.mode() == ScoringMode.WEIGHTED && !g.applicable().isZero()) {
                assertEquals(g.applicable(), g.max(), g.code() + ": a weighted group is scored against its renormalised share");
            }
        }
        if (r.mode() == ScoringMode.WEIGHTED && !applicableTotal.isZero()) {
            // renormalisation keeps the whole index at 100: the applicable shares always add up to it
            assertEquals(Ratio.HUNDRED, applicableTotal, "weighted applicable total");
        }
    }

    @Test
    void creditOutsideTheUnitIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EvidenceValue.Credit(Ratio.of(11, 10)));
        assertThrows(IllegalArgumentException.class, () -> new EvidenceValue.Credit(Ratio.of(-1, 1000)));
        assertThrows(IllegalArgumentException.class, () -> new EvidenceValue.Sample(11, 10));
    }

    @Test
    void finalScoreStaysInRangeAndExtremesAreExact() {
        for (Rubric r : rubrics()) {
            assertEquals(Ratio.HUNDRED, ScoringEngine.score(r, EvidenceGenerators.allFull(r)).finalScore(), r.id() + " all full");
            assertEquals(Ratio.ZERO, ScoringEngine.score(r, EvidenceGenerators.allZero(r)).finalScore(), r.id() + " all zero");
            forAll(r, a -> {
                AssessmentResult res = ScoringEngine.score(r, a);
                assertTrue(res.score().isBetween(Ratio.ZERO, Ratio.HUNDRED), "score " + res.score());
                assertTrue(res.finalScore().isBetween(Ratio.ZERO, Ratio.HUNDRED), "final " + res.finalScore());
                assertTrue(res.scoreDisplay().compareTo(res.finalScore().toBigDecimal(10, java.math.RoundingMode.HALF_UP)) <= 0,
                        "displayed score must never exceed the exact score");
            });
        }
    }

    @Test
    void scoreIsEarnedOverApplicableEvenWithExclusions() {
        for (Rubric r : rubrics()) {
            forAll(r, a -> {
                AssessmentResult res = ScoringEngine.score(r, a);
                Ratio earned = Ratio.ZERO;
                Ratio applicable = Ratio.ZERO;
                for (IndicatorResult i : res.indicators()) {
                    earned = earned.plus(i.earned());
                    applicable = applicable.plus(i.applicable());
                }
                Ratio expected = applicable.isZero() ? Ratio.ZERO : earned.dividedBy(applicable).times(Ratio.HUNDRED);
                assertEquals(expected, res.score());
                Ratio fin = expected.plus(res.bonus()).minus(res.deductions()).clamp(Ratio.ZERO, Ratio.HUNDRED);
                assertEquals(fin, res.finalScore());
            });
        }
    }

    @Test
    void raisingOneItemsCreditNeverLowersTheScore() {
        for (Rubric r : rubrics()) {
            Gen<int[]> picks = integers().between(0, r.leaves().size() - 1)
                    .zip(integers().between(0, 1000), integers().between(0, 1000), (i, x, y) -> new int[] {i, Math.min(x, y), Math.max(x, y)});
            qt().withExamples(examples()).forAll(EvidenceGenerators.assessments(r), picks).checkAssert((a, p) -> {
                Indicator leaf = r.leaves().get(p[0]);
                Evidence low;
                Evidence high;
                if (leaf.kind() == IndicatorKind.METRIC && p[0] % 2 == 0) {
                    Evidence x = Evidence.value(EvidenceGenerators.metricValue(leaf.metric(), p[1] * 3L));
                    Evidence y = Evidence.value(EvidenceGenerators.metricValue(leaf.metric(), p[2] * 3L));
                    boolean xLower = EvidenceGenerators.expectedCredit(r, leaf, x.value())
                            .compareTo(EvidenceGenerators.expectedCredit(r, leaf, y.value())) <= 0;
                    low = xLower ? x : y;
                    high = xLower ? y : x;
                } else {
                    low = Evidence.credit(Ratio.of(p[1], 1000));
                    high = Evidence.credit(Ratio.of(p[2], 1000));
                }
                AssessmentResult lo = ScoringEngine.score(r, with(a, leaf.code(), low));
                AssessmentResult hi = ScoringEngine.score(r, with(a, leaf.code(), high));
                assertTrue(hi.score().compareTo(lo.score()) >= 0, leaf.code() + ": score fell from " + lo.score() + " to " + hi.score());
                assertTrue(hi.finalScore().compareTo(lo.finalScore()) >= 0, leaf.code() + ": final score fell");
            });
        }
    }

    private static Assessment with(Assessment a, String code, Evidence e) {
        Map<String, Evidence> ev = new LinkedHashMap<>(a.evidence());
        ev.put(code, e);
        return new Assessment(a.rubricId(), a.rubricVersion(), a.organization(), a.assessedOn(), a.assessor(),
                a.qualifyingGradeHeldMonths(), ev, a.findings());
    }

    @Test
    void gradeBoundsAreInclusiveAndOrdered() {
        for (Rubric r : rubrics()) {
            GradeScale scale = r.gradeScale();
            if (scale == null) continue;
            Ratio epsilon = Ratio.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(30));
            for (Grade g : scale.grades()) {
                assertEquals(g.id(), scale.gradeFor(g.minScore()).map(Grade::id).orElse("none"), "exactly on " + g.minScore());
                assertNotEquals(g.id(), scale.gradeFor(g.minScore().minus(epsilon)).map(Grade::id).orElse("none"),
                        "just below " + g.minScore());
            }
            qt().withExamples(examples()).forAll(integers().between(0, 100_000), integers().between(0, 100_000)).checkAssert((x, y) -> {
                Ratio a = Ratio.of(Math.min(x, y), 1000);
                Ratio b = Ratio.of(Math.max(x, y), 1000);
                int ra = scale.rank(scale.gradeFor(a).map(Grade::id).orElse("none"));
                int rb = scale.rank(scale.gradeFor(b).map(Grade::id).orElse("none"));
                assertTrue(ra <= rb, "grade of " + a + " ranks above grade of " + b);
            });
        }
    }

    @Test
    void atMostOneBonusCountsAndTooManyDeductionsNeverPass() {
        for (Rubric r : rubrics()) {
            if (r.specialRules() == null) continue;
            var rules = r.specialRules();
            forAll(r, a -> {
                AssessmentResult res = ScoringEngine.score(r, a);
                assertTrue(res.bonus().compareTo(rules.bonusPoints().times(rules.maxBonuses())) <= 0, "bonus " + res.bonus());
                long deductions = a.findings().stream().filter(f -> f.type() == Finding.Type.DEDUCTION).count();
                if (rules.hasDeductions() && deductions > rules.maxDeductions()) {
                    assertEquals(io.aftercert.core.scoring.Verdict.FAILED, res.passed(), deductions + " deductions passed");
                    if (res.grade() != null) assertTrue(res.grade().isNone(), "grade awarded despite " + deductions + " deductions");
                }
            });
        }
    }

    @Test
    void scoringIsDeterministicAcrossThreads() throws Exception {
        for (Rubric r : rubrics()) {
            List<Assessment> inputs = new ArrayList<>();
            Gen<Assessment> gen = EvidenceGenerators.assessments(r);
            qt().withExamples(50).forAll(gen).checkAssert(inputs::add);
            Map<Integer, AssessmentResult> expected = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) expected.put(i, ScoringEngine.score(r, inputs.get(i)));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> fs = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    fs.add(pool.submit(() -> {
                        for (int k = 0; k < 5; k++) {
                            for (int i = 0; i < inputs.size(); i++) {
                                if (!ScoringEngine.score(r, inputs.get(i)).equals(expected.get(i))) return false;
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> f : fs) assertTrue(f.get(), r.id() + ": a thread saw a different result");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * How many of the {@link #examples()} results are also validated against the JSON Schema: the
     * validator costs about 13 ms a result, five times the rest of the property, and the schema checks
     * the shape, which one example in four covers as well as every one does (the round trip, the
     * read-back check and the number convention still see every example).
     */
    protected int schemaExamples() {
        return Math.max(1, examples() / 4);
    }

    @Test
    void resultJsonRoundTripsValidatesAndWritesEveryNumberAsANumber() {
        for (Rubric r : rubrics()) {
            int[] seen = {0};
            int every = Math.max(1, examples() / schemaExamples());
            forAll(r, a -> {
                AssessmentResult res = ScoringEngine.score(r, a);
                byte[] json = ResultJson.write(res);
                assertEquals(res, ResultJson.read(json, "round-trip"));
                assertEquals(List.of(), ResultJson.check(res, r, "round-trip"), r.id() + ": a result as scored passes the read-back check");
                if (seen[0]++ % every == 0) {
                    assertEquals(List.of(), Schemas.resultErrors(json), r.id() + ": result must validate against its schema");
                }
                assertEquals(List.of(), Schemas.numberConventionViolations(json, TEXT_FIELDS), r.id() + ": numbers as strings");
            });
        }
    }

    /** Fields that hold text which may look like a number (versions, codes, names). */
    protected static final List<String> TEXT_FIELDS = List.of("version", "sdkVersion", "code", "codes", "items", "parent",
            "indicator", "id", "name", "notes", "description", "justification", "assessor", "range", "clause", "rubric",
            "organization", "zh", "en", "source", "text", "unit", "requirement", "title", "label", "evidence", "creditRule", "note", "rubricVersion");

    @Test
    void evidenceJsonRoundTrips() {
        for (Rubric r : rubrics()) {
            forAll(r, a -> {
                Assessment back = EvidenceJson.read(EvidenceJson.write(a), "round-trip.json", id -> java.util.Optional.of(r));
                assertEquals(ScoringEngine.score(r, a), ScoringEngine.score(r, back));
            });
        }
    }

    @Test
    void templateValidatesAgainstTheEvidenceSchemaAndAsksForEveryLeaf() {
        for (Rubric r : rubrics()) {
            byte[] template = TemplateJson.write(r);
            assertEquals(List.of(), Schemas.evidenceErrors(template), r.id() + " template must validate");
            JsonNode ev = readTree(template).get("evidence");
            for (Indicator leaf : r.leaves()) {
                JsonNode e = ev.get(leaf.code());
                assertTrue(e != null, r.id() + " template lacks " + leaf.code());
                if (leaf.kind() == IndicatorKind.SAMPLED) assertTrue(e.has("sample"), leaf.code() + " must ask for a sample");
                if (leaf.kind() == IndicatorKind.METRIC) {
                    assertTrue(e.has("value"), leaf.code() + " must ask for a value");
                    assertTrue(e.has(r.bands().isEmpty() ? "conforms" : "band"), leaf.code() + " must offer the verdict too");
                }
            }
        }
    }

    @Test
    void rubricTreeJsonHasEveryNodeWithPointsAndEveryLeafWithAKind() {
        for (Rubric r : rubrics()) {
            byte[] json = RubricTreeJson.write(r);
            assertEquals(List.of(), Schemas.rubricTreeErrors(json), r.id() + ": rubric tree must validate against its schema");
            assertEquals(List.of(), Schemas.numberConventionViolations(json, TEXT_FIELDS), r.id() + ": numbers as strings");
            assertEquals(List.of(), Schemas.numberConventionViolations(TemplateJson.write(r), TEXT_FIELDS), r.id() + " template");
            JsonNode tree = readTree(json);
            List<String> seen = new ArrayList<>();
            walk(tree.get("children"), seen);
            assertEquals(new ArrayList<>(r.codes()), seen, r.id() + ": tree must list every code once, in order");
        }
    }

    private static void walk(JsonNode nodes, List<String> seen) {
        for (JsonNode n : nodes) {
            seen.add(n.get("code").asText());
            assertTrue(n.has("title") && n.has("points") && n.has("children"), n.get("code") + " lacks title/points/children");
            if (n.get("children").isEmpty()) assertTrue(n.has("kind"), n.get("code") + " leaf lacks kind");
            walk(n.get("children"), seen);
        }
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return SharedMapper.get().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
