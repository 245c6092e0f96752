package io.aftercert.core.tailoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.AtomicFiles;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TailoringTests {
    private final Rubric mini = TestRubrics.mini();

    private static Tailoring tailoring(String json) {
        return Tailoring.read(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    private List<Problem> problems(String json, Rubric base) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tailoring(json).applyTo(base));
        e.problems().forEach(p -> assertEquals("t.json", p.file()));
        return e.problems();
    }

    @Test
    void pointsExclusionsTargetsAndGradesApplyAndAreRecorded() {
        String json = "{\"name\":\"机构评分表\",\"rubric\":\"mini\",\"points\":{\"A.1\":3,\"A.2\":0.5,\"B.1\":4},"
                + "\"exclude\":{\"B\":\"不在认证范围\"},\"targets\":{\"A.3\":80},"
                + "\"gradeScale\":{\"grades\":[{\"id\":\"pass\",\"label\":{\"zh\":\"合格\",\"en\":\"Pass\"},\"min\":60}]}}";
        Rubric t = tailoring(json).applyTo(mini);
        assertEquals("机构评分表", t.tailoring().name());
        assertEquals(AtomicFiles.sha256(json.getBytes(StandardCharsets.UTF_8)), t.tailoring().sha256());
        assertEquals(Ratio.of(3), t.indicator("A.1").orElseThrow().points());
        assertTrue(!t.indicator("A.1").orElseThrow().derived() && t.indicator("A.1").orElseThrow().provenance().note().contains("机构评分表"));
        Assessment a = Assessment.builder("mini", new Organization("x", null)).put("A.1", Evidence.conforms(true))
                .put("A.2", Evidence.sample(1, 2)).put("A.3", Evidence.value(Ratio.of(70))).put("B.1", Evidence.conforms(true)).build();
        AssessmentResult r = ScoringEngine.score(t, a);
        // B excluded (4 points leave); A.1 3 × 1 = 3; A.2 0.5 × 1/2 = 0.25; A.3 target now 80, floor 60: (70−60)/(80−60) = 0.5 × 2.5 = 1.25
        // 4.5 of 6 → 75 → the replaced scale: 合格 (≥ 60)
        assertEquals(Status.NOT_APPLICABLE, r.indicator("B.1").orElseThrow().status());
        assertTrue(r.indicator("B.1").orElseThrow().justification().contains("不在认证范围"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.en().contains("B.1 is excluded by the tailoring")));
        assertEquals(Ratio.of(75), r.finalScore());
        assertEquals("pass", r.grade().id());
        assertEquals("机构评分表", r.rubric().tailoring().name());
    }

    @Test
    void everyViolationIsNamedWithItsPath() {
        List<Problem> ps = problems("{\"name\":\"bad\",\"rubric\":\"mini\",\"points\":{\"A.9\":1,\"A.1\":2.5},"
                + "\"exclude\":{\"A.2\":\" \"},\"targets\":{\"A.1\":3},\"weights\":{\"A\":50}}", mini);
        String all = String.join("\n", ps.stream().map(Problem::toString).toList());
        assertTrue(all.contains("$.points[\"A.9\"] [A.9]: rubric mini has no indicator 'A.9' (did you mean 'A.1'?)"), all);
        assertTrue(all.contains("$.exclude[\"A.2\"] [A.2]: an exclusion needs a justification"), all);
        assertTrue(all.contains("$.targets[\"A.1\"] [A.1]: A.1 is not a metric indicator"), all);
        assertTrue(all.contains("$.weights: rubric mini is a points table"), all);
        assertEquals(4, ps.size(), all);
    }

    @Test
    void groupsMustStillAddUp() {
        List<Problem> ps = problems("{\"name\":\"x\",\"rubric\":\"mini\",\"points\":{\"A.1\":2.5}}", mini);
        assertEquals("$.points", ps.get(0).path());
        assertEquals("A", ps.get(0).code());
        assertTrue(ps.get(0).message().contains("the items of A now add up to 6.5, not its 6 points"), ps.get(0).message());
        List<Problem> total = problems("{\"name\":\"x\",\"rubric\":\"mini\",\"points\":{\"A\":7,\"A.1\":3}}", mini);
        assertTrue(total.stream().anyMatch(p -> p.message().contains("the rubric now adds up to 11, not 10")), total.toString());
    }

    @Test
    void aTailoringForAnotherRubricIsRefused() {
        List<Problem> ps = problems("{\"name\":\"x\",\"rubric\":\"hxjt\"}", mini);
        assertEquals("$.rubric", ps.get(0).path());
    }

    @Test
    void weightsAndAhpOnAWeightedRubric() {
        Rubric w = TestRubrics.weighted();
        Rubric direct = tailoring("{\"name\":\"w\",\"rubric\":\"weighted\",\"weights\":{\"D1\":52,\"D2\":48}}").applyTo(w);
        assertEquals(Ratio.of(26), direct.indicator("X").orElseThrow().points()); // 52 / 2
        // D1 twice as important as D2: consistent 2×2, weights 2/3 and 1/3 → 66.67 / 33.33
        Rubric ahp = tailoring("{\"name\":\"a\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[\"D1\",\"D2\"],\"matrix\":[[1,2],[0.5,1]]}}").applyTo(w);
        assertEquals(Ratio.parse("66.67"), ahp.indicator("D1").orElseThrow().weight());
        assertEquals(Ratio.parse("33.33"), ahp.indicator("D2").orElseThrow().weight());
        // outside D1's recommended 50–55 %: allowed, with a warning
        AssessmentResult r = ScoringEngine.score(ahp, Assessment.builder("weighted", new Organization("x", null)).build());
        assertTrue(r.warnings().stream().anyMatch(s -> s.en().contains("D1") && s.en().contains("66.67") && s.en().contains("50–55")),
                r.warnings().toString());
        List<Problem> sum = problems("{\"name\":\"w\",\"rubric\":\"weighted\",\"weights\":{\"D1\":50}}", w);
        assertTrue(sum.get(0).message().contains("add up to 90 %, not 100 %"), sum.toString());
        List<Problem> cross = problems("{\"name\":\"w\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[\"D1\",\"X\"],\"matrix\":[[1,2],[0.5,1]]}}", w);
        assertTrue(cross.get(0).message().contains("AHP compares siblings"), cross.toString());
    }

    @Test
    void unreadableFilesNameThePath() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> tailoring("{\"name\":\"x\",\"rubric\":\"mini\",\"pionts\":{}}"));
        assertEquals("$.pionts", e.problems().get(0).path());
        InvalidInputException n = assertThrows(InvalidInputException.class, () -> tailoring("{\"rubric\":\"mini\"}"));
        assertEquals("$.name", n.problems().get(0).path());
    }

    /** A tailoring that breaks a curve is refused naming the JSON path, never an internal error (issue 13). */
    @Test
    void targetsThatBreakTheCurveAreRefusedWithTheirPath() {
        // A.3: at least 90 %, linear from a floor of 60 %: a target of 50 lies below the floor
        List<Problem> wrongSide = problems("{\"name\":\"x\",\"rubric\":\"mini\",\"targets\":{\"A.3\":50}}", mini);
        assertEquals("$.targets[\"A.3\"]", wrongSide.get(0).path(), wrongSide.toString());
        assertTrue(wrongSide.get(0).message().contains("floor 60"), wrongSide.toString());
        List<Problem> negative = problems("{\"name\":\"x\",\"rubric\":\"mini\",\"targets\":{\"A.3\":-5}}", mini);
        assertEquals("$.targets[\"A.3\"]", negative.get(0).path(), negative.toString());
        List<Problem> over = problems("{\"name\":\"x\",\"rubric\":\"mini\",\"targets\":{\"A.3\":250}}", mini);
        assertTrue(over.get(0).message().contains("0–100"), over.toString());
        Rubric ratio = io.aftercert.core.model.Rubric.builder().id("r").version("1").title(io.aftercert.core.Text.of("比", "R"))
                .mode(io.aftercert.core.model.ScoringMode.POINTS).total(Ratio.of(2)).bands(TestRubrics.fiveBands())
                .indicators(List.of(TestRubrics.metric("M", "2", new io.aftercert.core.model.MetricSpec("种",
                        io.aftercert.core.model.Direction.AT_LEAST, Ratio.of(3), io.aftercert.core.model.CreditCurve.RATIO, null, null))))
                .build();
        List<Problem> zero = problems("{\"name\":\"x\",\"rubric\":\"r\",\"targets\":{\"M\":0}}", ratio);
        assertEquals("$.targets.M", zero.get(0).path(), zero.toString());
    }

    @Test
    void ahpWeightsThatRoundToZeroAreRefused() {
        List<Problem> ps = problems("{\"name\":\"a\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[\"D1\",\"D2\"],"
                + "\"matrix\":[[1,1000000],[0.000001,1]]}}", TestRubrics.weighted());
        assertTrue(ps.get(0).path().startsWith("$.ahp"), ps.toString());
        // refused either way: an entry outside Saaty's 1/9 … 9 (issue 12) or, inside it, a weight that rounds to 0 %
        assertTrue(ps.get(0).message().contains("1/9") || ps.get(0).message().contains("D2"), ps.toString());
    }

    @Test
    void hostileNumbersFailFastAlsoWhenWrittenAsStrings() {
        for (String n : new String[] {"\"1e-99999999\"", "1e-99999999", "1e9999999", "\"1e9999999\"", "\"1/0\""}) {
            InvalidInputException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                    () -> assertThrows(InvalidInputException.class,
                            () -> tailoring("{\"name\":\"x\",\"rubric\":\"mini\",\"targets\":{\"A.3\":" + n + "}}")));
            Problem p = e.problems().get(0);
            assertTrue(p.path().startsWith("$.targets[\"A.3\"]"), n + ": " + p);
            assertTrue(p.toString().length() < 300 && !p.toString().contains("io.aftercert") && !p.toString().contains("`"), n + ": " + p);
        }
    }

    @Test
    void aZeroOrNegativeWeightOverrideIsRefused() {
        Rubric w = TestRubrics.weighted();
        List<Problem> zero = problems("{\"name\":\"w\",\"rubric\":\"weighted\",\"weights\":{\"D1\":0,\"D2\":100}}", w);
        assertTrue(zero.stream().anyMatch(p -> p.path().equals("$.weights.D1") && "D1".equals(p.code())
                && p.message().contains("a weight must be > 0, not 0")), zero.toString());
        List<Problem> negative = problems("{\"name\":\"w\",\"rubric\":\"weighted\",\"weights\":{\"D1\":-10,\"D2\":110}}", w);
        assertTrue(negative.stream().anyMatch(p -> p.path().equals("$.weights.D1") && p.message().contains("not -10")), negative.toString());
        // a small positive weight is accepted: 0.5 + 99.5 = 100
        Rubric small = tailoring("{\"name\":\"w\",\"rubric\":\"weighted\",\"weights\":{\"D1\":0.5,\"D2\":99.5}}").applyTo(w);
        assertEquals(Ratio.parse("0.5"), small.indicator("D1").orElseThrow().weight());
    }
}
