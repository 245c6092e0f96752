package io.aftercert.rubric.hxjt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** hxjt against the clause list of GB/T 16784—2025 chapters 4–7, typed here from the standard. */
class HxjtRubricTests {
    private static final Map<String, List<String>> CHAPTERS = Map.of(
            "HX-5.1", List.of("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8"),
            "HX-5.2", List.of("5.1.1", "5.1.2", "5.1.3", "5.2", "5.3", "5.4.1", "5.4.2", "5.5.1", "5.5.2", "5.6.1", "5.6.2",
                    "5.6.3", "5.7"),
            "HX-5.3", List.of("6.1.1", "6.1.2", "6.2.1", "6.2.2", "6.3.1", "6.3.2", "6.3.3", "6.3.4", "6.4.1", "6.4.2"),
            "HX-5.4", List.of("7.1", "7.2", "7.3"));

    private final Rubric rubric = RubricRegistry.discover().require("hxjt");

    @Test
    void everyClauseOfChapters4To7IsCoveredExactlyOnceUnderItsCategory() {
        List<String> all = new ArrayList<>();
        for (Indicator category : rubric.indicators()) {
            List<String> codes = category.children().stream().map(Indicator::code).toList();
            assertEquals(CHAPTERS.get(category.code()), codes, category.code());
            all.addAll(codes);
        }
        assertEquals(34, all.size());
        assertEquals(34, new HashSet<>(all).size(), "no clause twice");
        assertEquals(all, rubric.leaves().stream().map(Indicator::code).toList());
    }

    @Test
    void categoriesCarryTheirHxjtPointsAndTheItemsAddUp() {
        assertEquals(List.of("基础保障能力", "服务内容", "服务实施过程", "持续改进能力"),
                rubric.indicators().stream().map(i -> i.title().zh()).toList());
        assertEquals(List.of(Ratio.of(25), Ratio.of(40), Ratio.of(25), Ratio.of(10)),
                rubric.indicators().stream().map(Indicator::points).toList());
        for (Indicator c : rubric.indicators()) {
            assertEquals(c.points(), c.children().stream().map(Indicator::points).reduce(Ratio.ZERO, Ratio::plus), c.code());
        }
        assertEquals(Ratio.HUNDRED, rubric.total());
    }

    @Test
    void itemPointsFollowTheStatedRuleAndAreFlaggedDerived() {
        // GB/T 1.1: 应/不应 (requirement) 2, 宜 (recommendation) 1, 可 (permission) 0 — a permission has nothing to fail;
        // a statement without an auxiliary verb (5.6.1, 6.1.2, 6.2.2) belongs to a "shall" requirement: 2.
        // 服务内容: 12 requirements × 2 = 24 units, 5.1.2 "可" 0: 40 × 2/24 = 10/3 and 0
        assertEquals(Ratio.of(10, 3), rubric.indicator("5.4.2").orElseThrow().points());
        assertEquals(Ratio.of(10, 3), rubric.indicator("5.6.1").orElseThrow().points());
        assertEquals(Ratio.ZERO, rubric.indicator("5.1.2").orElseThrow().points());
        // 服务实施过程: 9 × 2 + 6.3.3 "宜" × 1 = 19 units: 25 × 2/19 = 50/19 (6.1.2 and 6.2.2 alike), 25/19
        assertEquals(Ratio.of(50, 19), rubric.indicator("6.1.2").orElseThrow().points());
        assertEquals(Ratio.of(50, 19), rubric.indicator("6.2.2").orElseThrow().points());
        assertEquals(Ratio.of(25, 19), rubric.indicator("6.3.3").orElseThrow().points());
        // 基础保障能力: 8 × "应": 25/8; 持续改进能力: 7.1, 7.2 "应", 7.3 "可": 10 × 2/4 = 5, 5, 0
        assertEquals(Ratio.parse("3.125"), rubric.indicator("4.6").orElseThrow().points());
        assertEquals(Ratio.of(5), rubric.indicator("7.1").orElseThrow().points());
        assertEquals(Ratio.ZERO, rubric.indicator("7.3").orElseThrow().points());
        assertTrue(rubric.indicator("7.3").orElseThrow().provenance().note().contains("permission"));
        assertTrue(rubric.leaves().stream().allMatch(Indicator::derived), "every item's points are derived");
        assertTrue(rubric.gradeScale().derived(), "the grade scale is derived");
        assertTrue(rubric.allocationRule().zh().contains("应/不应") && rubric.allocationRule().en().contains("normative force"));
        assertEquals(List.of(Ratio.of(70), Ratio.of(80), Ratio.of(90), Ratio.of(95)),
                rubric.gradeScale().grades().stream().map(g -> g.minScore()).toList());
    }

    @Test
    void measurableRequirementsAreMetricOrChecklistItems() {
        Indicator archive = rubric.indicator("4.6").orElseThrow();
        assertEquals(IndicatorKind.METRIC, archive.kind());
        assertEquals(Ratio.of(30), archive.metric().target());
        assertEquals("年", archive.metric().unit());
        // "并应推进电子档案管理信息系统建设" is a second, qualitative requirement: a value alone earns at most half
        assertEquals(Ratio.of(1, 2), archive.metric().valueCreditCap());
        assertTrue(archive.metric().derived() && archive.metric().note().contains("电子档案"));
        assertEquals(8, rubric.indicator("6.1.2").orElseThrow().checklist().size(), "eight commitment elements");
        assertEquals(List.of("服务范围", "服务期限", "服务方式", "服务内容", "服务条件", "服务流程", "费用说明", "特殊服务项目"),
                rubric.indicator("6.1.2").orElseThrow().checklist());
        assertEquals(5, rubric.indicator("6.3.3").orElseThrow().checklist().size(), "five process stages");
        assertTrue(rubric.indicator("5.6.3").orElseThrow().checklist().get(0).contains("24 h应急售后服务电话"));
        assertEquals(IndicatorKind.SAMPLED, rubric.indicator("5.4.2").orElseThrow().kind(), "spares after discontinuation, checked on models");
    }

    @Test
    void textIsVerbatimAndProvenanceNamesTheClause() {
        Indicator i = rubric.indicator("4.6").orElseThrow();
        assertEquals("供方应建立产品售后服务档案，保管期限不低于30年，并应推进电子档案管理信息系统建设。", i.requirement());
        assertEquals("GB/T 16784—2025", i.provenance().source());
        assertEquals("4.6", i.provenance().clause());
        assertEquals("供方应公开投诉渠道，按照 GB/T 17242 的要求处理顾客投诉。", rubric.indicator("5.7").orElseThrow().requirement());
    }

    @Test
    void aSpecialBonusButNoSpecialDeductions() {
        assertEquals(Ratio.ONE, rubric.specialRules().bonusPoints());
        assertEquals(1, rubric.specialRules().maxBonuses());
        assertTrue(!rubric.specialRules().hasDeductions());
    }

    @Test
    void theRubricDataValidatesAgainstTheRubricSchema() throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("hxjt.json")) {
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.aftercert.testkit.Schemas.rubricErrors(in.readAllBytes()));
        }
    }

    @Test
    void chineseTextUsesChinesePunctuation() throws java.io.IOException {
        // the PDF extraction's half-width commas between Chinese characters are quoted with Chinese punctuation
        try (var in = getClass().getResourceAsStream("hxjt.json")) {
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.aftercert.testkit.ChinesePunctuation.halfWidthIn(in.readAllBytes()));
        }
    }
}
