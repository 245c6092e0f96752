package io.aftercert.core.tailoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.internal.io.AtomicFiles;
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
    void ahpOnAPointsTableIsRefusedWithItsPathNotACrash() {
        // mini is a points table (A 6 = A.1 2 + A.2 1.5 + A.3 2.5; B 4): AHP has no weights to set there, at the
        // first level (A, B) or below it (A.1, A.2) — it used to be accepted at the top and crash below
        for (String codes : List.of("[\"A\",\"B\"]", "[\"A.1\",\"A.2\"]")) {
            List<Problem> ps = problems("{\"name\":\"p\",\"rubric\":\"mini\",\"ahp\":{\"codes\":" + codes
                    + ",\"matrix\":[[1,2],[0.5,1]]}}", mini);
            assertEquals(1, ps.size(), ps.toString());
            assertEquals("$.ahp", ps.get(0).path());
            assertTrue(ps.get(0).message().contains("rubric mini is a points table: set \"points\", not \"ahp\""), ps.toString());
        }
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
        assertEquals("the items of A now add up to 6.5, not its 6 points (override A too, or rebalance its items)", ps.get(0).message());
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
    void ahpComparisonsSoExtremeThatAWeightWouldRoundToZeroAreRefused() {
        // 1 000 000 : 1 would give D2 a weight of 0.0001 % (0.00 rounded); Saaty's scale 1/9 … 9 refuses it first, and
        // inside the scale no weight can round to 0 % (AhpTests.theSmallestWeightTheScaleAllowsIsFarFromZero)
        List<Problem> ps = problems("{\"name\":\"a\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[\"D1\",\"D2\"],"
                + "\"matrix\":[[1,1000000],[0.000001,1]]}}", TestRubrics.weighted());
        assertEquals("$.ahp.matrix", ps.get(0).path(), ps.toString());
        assertTrue(ps.get(0).message().contains("lies outside Saaty's scale 1/9 … 9"), ps.toString());
    }

    @Test
    void hostileNumbersFailFastAlsoWhenWrittenAsStrings() {
        assertThrows(InvalidInputException.class, () -> tailoring("{\"name\":\"x\",\"rubric\":\"mini\",\"targets\":{\"A.3\":\"x\"}}")); // the mapper is built on first use
        for (String n : new String[] {"\"1e-99999999\"", "1e-99999999", "1e9999999", "\"1e9999999\"", "\"1/0\""}) {
            // fast: refused after little work, bounded by what the reader allocates rather than by a clock
            InvalidInputException e = io.aftercert.core.Allocation.atMost(8L << 20,
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

    @Test
    void aTailoringNeedsANameAndTheRubricItIsFor() {
        InvalidInputException both = assertThrows(InvalidInputException.class, () -> tailoring("{}"));
        assertEquals(List.of("$.name", "$.rubric"), both.problems().stream().map(Problem::path).toList());
        assertEquals("a tailoring names the rubric it is for", both.problems().get(1).message());
        InvalidInputException blankName = assertThrows(InvalidInputException.class, () -> tailoring("{\"name\":\" \",\"rubric\":\"mini\"}"));
        assertEquals(List.of("$.name"), blankName.problems().stream().map(Problem::path).toList());
        InvalidInputException blankRubric = assertThrows(InvalidInputException.class, () -> tailoring("{\"name\":\"x\",\"rubric\":\"\"}"));
        assertEquals(List.of("$.rubric"), blankRubric.problems().stream().map(Problem::path).toList());
    }

    @Test
    void aTailoringThatOnlyNamesItselfChangesNothingButIsRecorded() {
        Tailoring t = tailoring("{\"name\":\"空\",\"rubric\":\"mini\",\"description\":\"nothing\"}");
        assertEquals("nothing", t.description());
        assertEquals("t.json", t.file());
        assertTrue(t.exclude().isEmpty() && t.points().isEmpty() && t.weights().isEmpty() && t.targets().isEmpty());
        Rubric r = t.applyTo(mini);
        for (String code : List.of("A", "A.1", "A.2", "A.3", "B", "B.1")) {
            assertEquals(mini.indicator(code).orElseThrow().points(), r.indicator(code).orElseThrow().points(), code);
            assertEquals(mini.indicator(code).orElseThrow().provenance(), r.indicator(code).orElseThrow().provenance(), code);
        }
        assertEquals(Ratio.of(10), r.total());
        assertEquals(mini.gradeScale(), r.gradeScale());
        assertTrue(r.exclusions().isEmpty());
        assertEquals("空", r.tailoring().name());
    }

    @Test
    void excludingAGroupExcludesEachOfItsItemsAndKeepsTheRubricsOwnExclusions() {
        Rubric base = mini.toBuilder().exclusions(java.util.Map.of("B.1", "基础排除")).build();
        Rubric r = tailoring("{\"name\":\"x\",\"rubric\":\"mini\",\"exclude\":{\"A\":\"不适用\"}}").applyTo(base);
        assertEquals(java.util.Map.of("A.1", "不适用", "A.2", "不适用", "A.3", "不适用", "B.1", "基础排除"), r.exclusions());
        List<Problem> unknown = problems("{\"name\":\"x\",\"rubric\":\"mini\",\"exclude\":{\"Z\":\"无\"},\"targets\":{\"Z.9\":80}}", mini);
        assertEquals(List.of("$.exclude.Z", "$.targets[\"Z.9\"]"), unknown.stream().map(Problem::path).toList());
        assertEquals(List.of("Z", "Z.9"), unknown.stream().map(Problem::code).toList());
        List<Problem> nullWhy = problems("{\"name\":\"x\",\"rubric\":\"mini\",\"exclude\":{\"A.1\":null}}", mini);
        assertEquals("an exclusion needs a justification", nullWhy.get(0).message());
    }

    @Test
    void pointsMayBeZeroButNotNegativeAndOnlyOnAPointsTable() {
        // A.1 0 + A.2 3.5 + A.3 2.5 = 6: A still adds up
        Rubric zero = tailoring("{\"name\":\"x\",\"rubric\":\"mini\",\"points\":{\"A.1\":0,\"A.2\":3.5}}").applyTo(mini);
        assertEquals(Ratio.ZERO, zero.indicator("A.1").orElseThrow().points());
        assertEquals(Ratio.parse("3.5"), zero.indicator("A.2").orElseThrow().points());
        List<Problem> negative = problems("{\"name\":\"x\",\"rubric\":\"mini\",\"points\":{\"A.1\":-1,\"A.2\":4.5}}", mini);
        assertEquals("$.points[\"A.1\"]", negative.get(0).path());
        assertEquals("points must be ≥ 0, not -1", negative.get(0).message());
        assertEquals(1, negative.size(), negative.toString());
        List<Problem> weighted = problems("{\"name\":\"x\",\"rubric\":\"weighted\",\"points\":{\"X\":5}}", TestRubrics.weighted());
        assertEquals("$.points", weighted.get(0).path());
        assertEquals("rubric weighted is weighted: set \"weights\", not \"points\"", weighted.get(0).message());
    }

    @Test
    void aGroupsOverriddenPointsMustBeWhatItsItemsAddUpTo() {
        // A 7 = A.1 3 + A.2 1.5 + A.3 2.5; B 3 = B.1 3: total 10 still
        Rubric ok = tailoring("{\"name\":\"g\",\"rubric\":\"mini\",\"points\":{\"A\":7,\"A.1\":3,\"B\":3,\"B.1\":3}}").applyTo(mini);
        assertEquals(Ratio.of(7), ok.indicator("A").orElseThrow().points());
        assertEquals(Ratio.of(3), ok.indicator("B").orElseThrow().points());
        assertEquals("points set by tailoring 'g'", ok.indicator("A").orElseThrow().provenance().note());
        assertEquals("tailoring", ok.indicator("A").orElseThrow().provenance().source());
        assertEquals("A", ok.indicator("A").orElseThrow().provenance().clause());
        // B overridden to 3 but B.1 keeps 4: the problem sits at B's own override, with no advice to override B
        List<Problem> ps = problems("{\"name\":\"g\",\"rubric\":\"mini\",\"points\":{\"A\":7,\"A.1\":3,\"B\":3}}", mini);
        assertEquals("$.points.B", ps.get(0).path());
        assertEquals("B", ps.get(0).code());
        assertEquals("the items of B now add up to 4, not its 3 points", ps.get(0).message());
        assertEquals(1, ps.size(), ps.toString());
    }

    @Test
    void tailoredValuesKeepTheSourceAndClauseTheyReplace() {
        io.aftercert.core.model.Provenance published = new io.aftercert.core.model.Provenance("GB/T 27922", "5.1.2", false, "原文");
        io.aftercert.core.model.Indicator a3 = mini.indicator("A.3").orElseThrow();
        Rubric base = mini.toBuilder().indicators(List.of(
                TestRubrics.group("A", "6", mini.indicator("A.1").orElseThrow().withProvenance(published),
                        mini.indicator("A.2").orElseThrow(), a3),
                mini.indicator("B").orElseThrow())).build();
        Rubric r = tailoring("{\"name\":\"p\",\"rubric\":\"mini\",\"points\":{\"A.1\":3,\"A.2\":0.5},\"targets\":{\"A.3\":80}}").applyTo(base);
        io.aftercert.core.model.Provenance a1 = r.indicator("A.1").orElseThrow().provenance();
        assertEquals("GB/T 27922", a1.source());
        assertEquals("5.1.2", a1.clause());
        assertEquals("points set by tailoring 'p'", a1.note());
        io.aftercert.core.model.Provenance target = r.indicator("A.3").orElseThrow().provenance();
        assertEquals("tailoring", target.source());
        assertEquals("A.3", target.clause());
        assertEquals("target 80 set by tailoring 'p'", target.note());
        assertEquals(Ratio.of(80), r.indicator("A.3").orElseThrow().metric().target());
    }

    @Test
    void aGradeScaleThatCannotHoldIsRefusedInTheReadersWordsAtEachGrade() {
        String g = "{\"name\":\"s\",\"rubric\":\"mini\",\"gradeScale\":{\"grades\":[";
        String tail = "]}}";
        List<Problem> ps = problems(g + "{\"id\":\"a\",\"label\":{\"zh\":\"甲\"},\"min\":70},"
                + "{\"id\":\"a\",\"label\":{\"zh\":\"乙\"},\"min\":70},"
                + "{\"id\":\"c\",\"min\":120},"
                + "{\"id\":\"none\",\"label\":{\"zh\":\"无\"},\"min\":95}" + tail, mini);
        List<String> zh = ps.stream().map(p -> p.toString(io.aftercert.core.Lang.ZH)).toList();
        assertEquals(List.of(
                "t.json: $.gradeScale.grades[1].id：等级 id“a”重复",
                "t.json: $.gradeScale.grades[1].min：等级下限须逐级升高：“a”的下限 70 不高于“a”的 70",
                "t.json: $.gradeScale.grades[2].label：等级“c”须有名称（label）",
                "t.json: $.gradeScale.grades[2].min：等级“c”的下限（min）应在 0 至 100 之间",
                "t.json: $.gradeScale.grades[3].id：每个等级须有 id，且不能是“none”"), zh);
        assertEquals("grade bounds must increase: a 70 then a 70", ps.get(1).message());
        // 60 then 80 then 75: the third is out of order, named against the one before it
        List<Problem> order = problems(g + "{\"id\":\"a\",\"label\":{\"zh\":\"甲\"},\"min\":60},{\"id\":\"b\",\"label\":{\"zh\":\"乙\"},\"min\":80},"
                + "{\"id\":\"c\",\"label\":{\"zh\":\"丙\"},\"min\":75.5}" + tail, mini);
        assertEquals(List.of("t.json: $.gradeScale.grades[2].min：等级下限须逐级升高：“c”的下限 75.5 不高于“b”的 80"),
                order.stream().map(p -> p.toString(io.aftercert.core.Lang.ZH)).toList());
        List<Problem> empty = problems(g + tail.replace("]}}", "],\"qualifyingMonths\":-1}}"), mini);
        assertEquals(List.of("t.json: $.gradeScale.grades：等级设置至少要有一个等级",
                "t.json: $.gradeScale.qualifyingMonths：保持达标月数（qualifyingMonths）不能小于 0"),
                empty.stream().map(p -> p.toString(io.aftercert.core.Lang.ZH)).toList());
    }

    @Test
    void aReplacedGradeScaleKeepsWhatItDoesNotSay() {
        io.aftercert.core.model.GradeScale own = new io.aftercert.core.model.GradeScale(TestRubrics.starScale().grades(),
                io.aftercert.core.Text.of("不达标", "Below"), false, 6, io.aftercert.core.Text.of("注意", "caveat"), null);
        Rubric base = mini.toBuilder().gradeScale(own).build();
        String grades = "\"grades\":[{\"id\":\"ok\",\"label\":{\"zh\":\"合格\",\"en\":\"Pass\"},\"min\":60},"
                + "{\"id\":\"top\",\"label\":{\"zh\":\"星\",\"en\":\"Star\"},\"min\":90,\"star\":true}]";
        io.aftercert.core.model.GradeScale kept = tailoring("{\"name\":\"s\",\"rubric\":\"mini\",\"gradeScale\":{" + grades + "}}")
                .applyTo(base).gradeScale();
        assertEquals(List.of("ok", "top"), kept.grades().stream().map(io.aftercert.core.model.Grade::id).toList());
        assertEquals(Ratio.of(60), kept.grades().get(0).minScore());
        assertTrue(kept.grades().get(1).star() && !kept.grades().get(0).star());
        assertEquals("不达标", kept.noneLabel().zh());
        assertEquals(6, kept.qualifyingMonths());
        assertEquals("注意", kept.starCaveat().zh());
        assertTrue(!kept.derived());
        assertEquals("tailoring", kept.provenance().source());
        assertEquals("s", kept.provenance().clause());
        io.aftercert.core.model.GradeScale told = tailoring("{\"name\":\"s\",\"rubric\":\"mini\",\"gradeScale\":{" + grades
                + ",\"none\":{\"zh\":\"无\",\"en\":\"None\"},\"derived\":true,\"qualifyingMonths\":3,\"starCaveat\":{\"zh\":\"三月\",\"en\":\"3 m\"}}}")
                .applyTo(base).gradeScale();
        assertEquals("无", told.noneLabel().zh());
        assertEquals(3, told.qualifyingMonths());
        assertEquals("三月", told.starCaveat().zh());
        assertTrue(told.derived());
        io.aftercert.core.model.GradeScale notDerived = tailoring("{\"name\":\"s\",\"rubric\":\"mini\",\"gradeScale\":{" + grades
                + ",\"derived\":false}}").applyTo(base).gradeScale();
        assertTrue(!notDerived.derived());
        // a rubric without a scale: 未达标, 12 months and no caveat unless the tailoring says otherwise
        io.aftercert.core.model.GradeScale fresh = tailoring("{\"name\":\"s\",\"rubric\":\"weighted\",\"gradeScale\":{" + grades + "}}")
                .applyTo(TestRubrics.weighted()).gradeScale();
        assertEquals("未达标", fresh.noneLabel().zh());
        assertEquals(12, fresh.qualifyingMonths());
        assertEquals(null, fresh.starCaveat());
    }

    @Test
    void aGradeScaleThatDoesNotHoldIsRefusedAtItsPath() {
        List<Problem> falling = problems("{\"name\":\"s\",\"rubric\":\"mini\",\"gradeScale\":{\"grades\":["
                + "{\"id\":\"a\",\"label\":{\"zh\":\"甲\",\"en\":\"A\"},\"min\":80},{\"id\":\"b\",\"label\":{\"zh\":\"乙\",\"en\":\"B\"},\"min\":70}]}}", mini);
        assertEquals("$.gradeScale.grades[1].min", falling.get(0).path());
        assertTrue(falling.get(0).message().contains("grade bounds must increase"), falling.toString());
        List<Problem> none = problems("{\"name\":\"s\",\"rubric\":\"mini\",\"gradeScale\":{}}", mini);
        assertEquals("$.gradeScale.grades", none.get(0).path());
        assertEquals("a grade scale needs at least one grade", none.get(0).message());
    }

    /** "three": P 40 %, Q 30 %, R 30 % = R.1 + R.2. */
    private static Rubric three() {
        return Rubric.builder().id("three").version("1").title(io.aftercert.core.Text.of("三维", "three"))
                .mode(io.aftercert.core.model.ScoringMode.WEIGHTED).bands(TestRubrics.fiveBands())
                .indicators(List.of(dimension("P", 40, TestRubrics.leaf("P.1", "0", io.aftercert.core.model.IndicatorKind.QUALITATIVE)),
                        dimension("Q", 30, TestRubrics.leaf("Q.1", "0", io.aftercert.core.model.IndicatorKind.QUALITATIVE)),
                        dimension("R", 30, TestRubrics.leaf("R.1", "0", io.aftercert.core.model.IndicatorKind.QUALITATIVE),
                                TestRubrics.leaf("R.2", "0", io.aftercert.core.model.IndicatorKind.QUALITATIVE))))
                .build();
    }

    private static io.aftercert.core.model.Indicator dimension(String code, int weight, io.aftercert.core.model.Indicator... kids) {
        return new io.aftercert.core.model.Indicator(code, io.aftercert.core.Text.of("维度" + code, "dimension " + code), null, null,
                Ratio.ZERO, Ratio.of(weight), null, null, null, null, null, List.of(kids));
    }

    @Test
    void weightsThatNoLongerMakeAHundredAreNamedWhereTheyWereSet() {
        List<Problem> direct = problems("{\"name\":\"w\",\"rubric\":\"three\",\"weights\":{\"P\":50}}", three());
        assertEquals("$.weights", direct.get(0).path());
        assertEquals("the first-level weights now add up to 110 %, not 100 %", direct.get(0).message());
        // AHP over P and Q alone: 1:1 gives 50 % each, and R keeps 30: 130 %
        List<Problem> ahp = problems("{\"name\":\"w\",\"rubric\":\"three\",\"ahp\":{\"codes\":[\"P\",\"Q\"],\"matrix\":[[1,1],[1,1]]}}", three());
        assertEquals("$.ahp", ahp.get(0).path());
        assertEquals("the first-level weights now add up to 130 %, not 100 %", ahp.get(0).message());
    }

    @Test
    void ahpBelowTheFirstLevelSharesOutWhatTheComparedItemsHadTogether() {
        // D1 (60 %) = X, Y, W, equal relative weights 1 each; AHP X:Y = 3:1 (consistent 2×2: 75 % / 25 %) shares out
        // X's and Y's 2 between them: X 1.5, Y 0.5, W keeps 1 → of D1's 60 points X 60·1.5/3 = 30, Y 10, W 20
        Rubric base = Rubric.builder().id("sub").version("1").title(io.aftercert.core.Text.of("子", "sub"))
                .mode(io.aftercert.core.model.ScoringMode.WEIGHTED).bands(TestRubrics.fiveBands())
                .indicators(List.of(dimension("D1", 60, TestRubrics.leaf("X", "0", io.aftercert.core.model.IndicatorKind.QUALITATIVE),
                                TestRubrics.leaf("Y", "0", io.aftercert.core.model.IndicatorKind.QUALITATIVE),
                                TestRubrics.leaf("W", "0", io.aftercert.core.model.IndicatorKind.QUALITATIVE)),
                        dimension("D2", 40, TestRubrics.leaf("Z", "0", io.aftercert.core.model.IndicatorKind.QUALITATIVE))))
                .build();
        Rubric r = tailoring("{\"name\":\"a\",\"rubric\":\"sub\",\"ahp\":{\"codes\":[\"X\",\"Y\"],\"matrix\":[[1,3],[\"1/3\",1]]}}").applyTo(base);
        assertEquals(Ratio.parse("1.5"), r.indicator("X").orElseThrow().weight());
        assertEquals(Ratio.parse("0.5"), r.indicator("Y").orElseThrow().weight());
        assertEquals(Ratio.of(30), r.indicator("X").orElseThrow().points());
        assertEquals(Ratio.of(10), r.indicator("Y").orElseThrow().points());
        assertEquals(Ratio.of(20), r.indicator("W").orElseThrow().points());
        assertEquals(Ratio.of(60), r.indicator("D1").orElseThrow().weight());
    }

    @Test
    void eachAhpMistakeIsNamedWithItsPath() {
        Rubric w = TestRubrics.weighted();
        List<Problem> noCodes = problems("{\"name\":\"a\",\"rubric\":\"weighted\",\"ahp\":{\"matrix\":[[1]]}}", w);
        assertEquals("$.ahp.codes", noCodes.get(0).path());
        List<Problem> emptyCodes = problems("{\"name\":\"a\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[],\"matrix\":[[1]]}}", w);
        assertEquals("name the sibling codes the matrix compares", emptyCodes.get(0).message());
        List<Problem> unknown = problems("{\"name\":\"a\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[\"D1\",\"D9\"],\"matrix\":[[1,2],[0.5,1]]}}", w);
        assertEquals("$.ahp.codes[1]", unknown.get(0).path());
        assertEquals("D9", unknown.get(0).code());
        assertEquals(1, unknown.size(), unknown.toString());
        List<Problem> cross = problems("{\"name\":\"a\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[\"D1\",\"X\"],\"matrix\":[[1,2],[0.5,1]]}}", w);
        assertEquals("$.ahp.codes[1]", cross.get(0).path());
        assertEquals("X", cross.get(0).code());
        assertEquals(1, cross.size(), cross.toString());
        List<Problem> twice = problems("{\"name\":\"a\",\"rubric\":\"weighted\",\"weights\":{\"D2\":40},"
                + "\"ahp\":{\"codes\":[\"D1\",\"D2\"],\"matrix\":[[1,2],[0.5,1]]}}", w);
        assertEquals("$.weights.D2", twice.get(0).path());
        assertEquals("D2 gets its weight from both \"weights\" and \"ahp\"", twice.get(0).message());
        assertEquals(1, twice.size(), twice.toString());
        List<Problem> rows = problems("{\"name\":\"a\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[\"D1\",\"D2\"],\"matrix\":[[1]]}}", w);
        assertEquals("$.ahp.matrix", rows.get(0).path());
        assertEquals("the matrix must have one row per code (2)", rows.get(0).message());
        List<Problem> noMatrix = problems("{\"name\":\"a\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[\"D1\",\"D2\"]}}", w);
        assertEquals("$.ahp.matrix", noMatrix.get(0).path());
        // cyclic judgements among three siblings: CR = 6.13, refused at the matrix
        List<Problem> cyclic = problems("{\"name\":\"a\",\"rubric\":\"three\",\"ahp\":{\"codes\":[\"P\",\"Q\",\"R\"],"
                + "\"matrix\":[[1,9,\"1/9\"],[\"1/9\",1,9],[9,\"1/9\",1]]}}", three());
        assertEquals("$.ahp.matrix", cyclic.get(0).path());
        assertTrue(cyclic.get(0).message().contains("too inconsistent"), cyclic.toString());
    }

    /**
     * Issue 23: excluding a whole sub-dimension takes its weight out. "three" with R (30 %) excluded:
     * P's share is 40 / 70 × 100 = 400/7 = 57.14 and Q's 30 / 70 × 100 = 300/7 = 42.86; were R to keep
     * its weight they would stay at 40 and 30.
     */
    @Test
    void aSubDimensionExcludedByTheTailoringGivesUpItsWeight() {
        Rubric t = tailoring("{\"name\":\"x\",\"rubric\":\"three\",\"exclude\":{\"R\":\"不涉及\"}}").applyTo(three());
        AssessmentResult r = ScoringEngine.score(t, Assessment.builder("three", new Organization("x", null))
                .put("P.1", Evidence.conforms(true)).put("Q.1", Evidence.conforms(false)).build());
        assertEquals(Ratio.of(400, 7), r.indicator("P.1").orElseThrow().applicable());
        assertEquals(Ratio.of(300, 7), r.indicator("Q.1").orElseThrow().applicable());
        assertEquals(Status.NOT_APPLICABLE, r.indicator("R.2").orElseThrow().status());
        assertEquals(Ratio.of(400, 7), r.finalScore());
    }

    /** An unknown code is one problem: no second one about the value it was given or the siblings it was compared with. */
    @Test
    void anUnknownCodeIsReportedOnceWhateverItWasGiven() {
        List<Problem> points = problems("{\"name\":\"x\",\"rubric\":\"mini\",\"points\":{\"A.9\":-1}}", mini);
        assertEquals(1, points.size(), points.toString());
        assertTrue(points.get(0).message().startsWith("rubric mini has no indicator 'A.9'"), points.toString());
        List<Problem> weights = problems("{\"name\":\"x\",\"rubric\":\"weighted\",\"weights\":{\"D9\":0}}", TestRubrics.weighted());
        assertEquals(1, weights.size(), weights.toString());
        assertEquals("$.weights.D9", weights.get(0).path());
        List<Problem> ahp = problems("{\"name\":\"x\",\"rubric\":\"weighted\",\"ahp\":{\"codes\":[\"D9\",\"X\"],\"matrix\":[[1,2],[0.5,1]]}}",
                TestRubrics.weighted());
        assertEquals(1, ahp.size(), ahp.toString());
        assertEquals("$.ahp.codes[0]", ahp.get(0).path());
    }
}
