package io.aftercert.core;

import io.aftercert.core.model.Band;
import io.aftercert.core.model.CreditCurve;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.MetricSpec;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.model.SpecialRules;
import io.aftercert.core.model.WeightRange;
import java.util.List;

/** Small rubrics built in code, so worked examples can be checked by hand. */
public final class TestRubrics {
    private TestRubrics() {
    }

    public static Indicator leaf(String code, String points, IndicatorKind kind) {
        return new Indicator(code, Text.of("条款" + code, "item " + code), "要求 " + code, kind, Ratio.parse(points), null, null,
                null, null, null, null, null);
    }

    public static Indicator metric(String code, String points, MetricSpec spec) {
        return new Indicator(code, Text.of("指标" + code, "kpi " + code), null, IndicatorKind.METRIC, Ratio.parse(points), null,
                null, spec, null, null, null, null);
    }

    public static Indicator group(String code, String points, Indicator... children) {
        return new Indicator(code, Text.of("组" + code, "group " + code), null, null, Ratio.parse(points), null, null, null,
                null, null, null, List.of(children));
    }

    public static List<Band> fiveBands() {
        return List.of(
                new Band(1, Ratio.ZERO, Ratio.of(2, 10), List.of("很差")),
                new Band(2, Ratio.of(2, 10), Ratio.of(4, 10), List.of("较低")),
                new Band(3, Ratio.of(4, 10), Ratio.of(6, 10), List.of("一般")),
                new Band(4, Ratio.of(6, 10), Ratio.of(8, 10), List.of("良好")),
                new Band(5, Ratio.of(8, 10), Ratio.ONE, List.of("优良")));
    }

    public static GradeScale starScale() {
        return new GradeScale(List.of(
                new Grade("qualified", Text.of("达标", "Qualified"), Ratio.of(70), false),
                new Grade("three-star", Text.of("三星", "Three-star"), Ratio.of(80), true),
                new Grade("four-star", Text.of("四星", "Four-star"), Ratio.of(90), true),
                new Grade("five-star", Text.of("五星", "Five-star"), Ratio.of(95), true)),
                Text.of("未达标", "Not qualified"), false, 12, Text.of("星级需达标一年", "stars after a year"), null);
    }

    public static SpecialRules ctsSpecial() {
        return new SpecialRules(Ratio.ONE, 5, List.of("law", "own-rules", "industry", "system-impact"), null, Ratio.ONE, 1, null);
    }

    /**
     * "mini", 10 points: A (6) = A.1 qualitative 2 + A.2 sampled 1.5 + A.3 metric 2.5 (≥ 90 %,
     * linear from a floor of 60 %); B (4) = B.1 qualitative 4.
     */
    public static Rubric mini() {
        MetricSpec spec = new MetricSpec("%", Direction.AT_LEAST, Ratio.of(90), CreditCurve.LINEAR, Ratio.of(60), null);
        return Rubric.builder().id("mini").version("1").title(Text.of("迷你", "Mini")).mode(ScoringMode.POINTS)
                .total(Ratio.of(10)).gradeScale(starScale()).specialRules(ctsSpecial()).bands(fiveBands())
                .indicators(List.of(
                        group("A", "6", leaf("A.1", "2", IndicatorKind.QUALITATIVE), leaf("A.2", "1.5", IndicatorKind.SAMPLED),
                                metric("A.3", "2.5", spec)),
                        group("B", "4", leaf("B.1", "4", IndicatorKind.QUALITATIVE))))
                .build();
    }

    /** "weighted": D1 (60 %, recommended 50–55 %) = X + Y equally; D2 (40 %) = Z. */
    public static Rubric weighted() {
        Indicator d1 = new Indicator("D1", Text.of("维度一", "D1"), null, null, Ratio.ZERO, Ratio.of(60),
                new WeightRange(Ratio.of(50), Ratio.of(55)), null, null, null, null,
                List.of(leaf("X", "0", IndicatorKind.QUALITATIVE), leaf("Y", "0", IndicatorKind.QUALITATIVE)));
        Indicator d2 = new Indicator("D2", Text.of("维度二", "D2"), null, null, Ratio.ZERO, Ratio.of(40), null, null, null,
                null, null, List.of(leaf("Z", "0", IndicatorKind.QUALITATIVE)));
        return Rubric.builder().id("weighted").version("1").title(Text.of("加权", "Weighted")).mode(ScoringMode.WEIGHTED)
                .bands(fiveBands()).indicators(List.of(d1, d2)).build();
    }
}
