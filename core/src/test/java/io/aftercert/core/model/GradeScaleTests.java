package io.aftercert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grade bounds (GB/T 27922: 70 达标, 80 三星, 90 四星, 95 五星, lower bounds inclusive) and the star caveat. */
class GradeScaleTests {
    private static Grade g(String id, int min) {
        return new Grade(id, Text.of(id, id), Ratio.of(min), min > 70);
    }

    @Test
    void aScoreOnABoundGetsThatGradeAndTheValueJustBelowDoesNot() {
        GradeScale s = TestRubrics.starScale();
        assertEquals(Optional.empty(), s.gradeFor(Ratio.parse("69.999")));
        assertEquals("qualified", s.gradeFor(Ratio.of(70)).orElseThrow().id());
        assertEquals("qualified", s.gradeFor(Ratio.of(7999, 100)).orElseThrow().id());
        assertEquals("three-star", s.gradeFor(Ratio.of(80)).orElseThrow().id());
        assertEquals("three-star", s.gradeFor(Ratio.of(8999, 100)).orElseThrow().id());
        assertEquals("four-star", s.gradeFor(Ratio.of(90)).orElseThrow().id());
        assertEquals("four-star", s.gradeFor(Ratio.of(9499, 100)).orElseThrow().id());
        assertEquals("five-star", s.gradeFor(Ratio.of(95)).orElseThrow().id());
        assertEquals("five-star", s.gradeFor(Ratio.HUNDRED).orElseThrow().id());
        assertEquals(Optional.empty(), s.gradeFor(Ratio.ZERO));
    }

    @Test
    void theNextGradeIsTheLowestWhenNoneIsReachedAndNothingAboveTheTop() {
        GradeScale s = TestRubrics.starScale();
        assertEquals("qualified", s.next(Optional.empty()).orElseThrow().id());
        assertEquals("three-star", s.next(s.byId("qualified")).orElseThrow().id());
        assertEquals("five-star", s.next(s.byId("four-star")).orElseThrow().id());
        assertEquals(Optional.empty(), s.next(s.byId("five-star")));
        assertEquals(Optional.empty(), s.byId("none"));
        assertEquals(Optional.empty(), s.byId("Five-star"));
    }

    @Test
    void ranksCountFromOneForTheLowestGradeAndZeroForNone() {
        GradeScale s = TestRubrics.starScale();
        assertEquals(0, s.rank("none"));
        assertEquals(0, s.rank("six-star"));
        assertEquals(1, s.rank("qualified"));
        assertEquals(2, s.rank("three-star"));
        assertEquals(4, s.rank("five-star"));
    }

    @Test
    void aScaleNeedsGradesWithDistinctIdsAndStrictlyIncreasingBounds() {
        assertThrows(IllegalArgumentException.class, () -> new GradeScale(List.of(), null, false, 12, null, null));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> new GradeScale(List.of(g("a", 70), g("a", 80)), null, false, 12, null, null));
        assertEquals("duplicate grade id 'a'", dup.getMessage());
        IllegalArgumentException equal = assertThrows(IllegalArgumentException.class,
                () -> new GradeScale(List.of(g("a", 70), g("b", 70)), null, false, 12, null, null));
        assertEquals("grade bounds must increase: a 70 then b 70", equal.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GradeScale(List.of(g("a", 80), g("b", 70)), null, false, 12, null, null));
        assertThrows(IllegalArgumentException.class, () -> new GradeScale(List.of(g("a", 70)), null, false, -1, null, null));
        // zero months is a legal qualifying period; a missing label becomes 未达标 / Not qualified
        GradeScale zero = new GradeScale(List.of(g("a", 70), g("b", 71)), null, false, 0, null, null);
        assertEquals(0, zero.qualifyingMonths());
        assertEquals(new Text("未达标", "Not qualified"), zero.noneLabel());
        assertEquals(Text.of("不合格", "Failed"),
                new GradeScale(List.of(g("a", 70)), Text.of("不合格", "Failed"), false, 0, null, null).noneLabel());
    }

    @Test
    void aStarGradeIsConditionalUntilTheQualifyingPeriodIsHeld() {
        GradeScale s = TestRubrics.starScale(); // 12 months
        assertTrue(s.starIsConditional(null), "not stated");
        assertTrue(s.starIsConditional(0));
        assertTrue(s.starIsConditional(11));
        assertFalse(s.starIsConditional(12), "exactly the period: held");
        assertFalse(s.starIsConditional(30));
    }

    @Test
    void theCaveatSaysHowLongTheLowestGradeWasHeldOrThatItIsNotStated() {
        GradeScale s = TestRubrics.starScale(); // caveat 星级需达标一年 / stars after a year
        assertEquals(Text.of("星级需达标一年（未说明已保持达标的时间）", "stars after a year (time at the lowest grade not stated)"),
                s.starCaveatFor(null));
        assertEquals(Text.of("星级需达标一年（已保持达标 7 个月）", "stars after a year (lowest grade held 7 months)"),
                s.starCaveatFor(7));
        // without a declared caveat: the default wording with the scale's months
        GradeScale plain = new GradeScale(List.of(g("a", 70), g("b", 80)), null, false, 12, null, null);
        assertEquals(Text.of("星级通常在达标级保持12个月后授予（已保持达标 3 个月）",
                "star grades are normally granted after 12 months at the lowest grade (lowest grade held 3 months)"),
                plain.starCaveatFor(3));
    }

    @Test
    void aRefusedGradeSaysWhereAndWhatInBothLanguages() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new Grade("a", null, Ratio.of(50), false));
        assertEquals("label", e.path());
        assertEquals("等级“a”须有名称（label）", e.text().zh());
        assertEquals("grade a needs a label", e.getMessage());
        InvalidModelException none = assertThrows(InvalidModelException.class, () -> new Grade("none", Text.of("无", "None"), Ratio.ZERO, false));
        assertEquals("id", none.path());
        assertEquals("grade id 'none' is reserved for 'no grade'", none.getMessage());
        assertEquals("grade id must not be blank", assertThrows(InvalidModelException.class,
                () -> new Grade(" ", Text.of("甲", "A"), Ratio.ZERO, false)).getMessage());
        InvalidModelException min = assertThrows(InvalidModelException.class, () -> new Grade("b", Text.of("乙", "B"), Ratio.of(101), false));
        assertEquals("min", min.path());
        assertEquals("grade b bound must lie in [0, 100], not 101", min.getMessage());
        assertEquals(List.of("label", "min"), Grade.problems("c", null, Ratio.of(-1)).stream().map(io.aftercert.core.Problem::path).toList());
        assertEquals(List.of(), Grade.problems("c", Text.of("丙", "C"), Ratio.HUNDRED));
        assertEquals(List.of(), Grade.problems("c", Text.of("丙", "C"), Ratio.ZERO));
    }

    @Test
    void aRefusedScaleNamesTheGradeByPositionAndSkipsGradesRefusedOnTheirOwn() {
        Grade a = new Grade("a", Text.of("甲", "A"), Ratio.of(60), false);
        Grade b = new Grade("b", Text.of("乙", "B"), Ratio.of(80), false);
        Grade c = new Grade("c", Text.of("丙", "C"), Ratio.of(80), false);
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new GradeScale(List.of(a, b, c), null, false, 12, null, null));
        assertEquals("grades[2].min", e.path());
        assertEquals("等级下限须逐级升高：“c”的下限 80 不高于“b”的 80", e.text().zh());
        assertEquals(List.of("grades[2].id", "grades[2].min", "qualifyingMonths"), GradeScale.problems(java.util.Arrays.asList(a, null, a), -1)
                .stream().map(io.aftercert.core.Problem::path).toList());
        assertEquals(List.of(), GradeScale.problems(java.util.Arrays.asList(a, null, b), 0));
        assertEquals("grades", assertThrows(InvalidModelException.class, () -> new GradeScale(List.of(), null, false, 12, null, null)).path());
    }
}
