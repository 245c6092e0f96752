package io.aftercert.rubric.gxdsl259;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gxdsl259 against chapters 六–十一 of T/GXDSL 259—2025 (征求意见稿), typed here from the document. */
class Gxdsl259RubricTests {
    private final Rubric rubric = RubricRegistry.discover().require("gxdsl259");

    /** chapter group code → [numeral, title, number of requirements taken from it]. */
    private static final Map<String, List<String>> CHAPTERS = new LinkedHashMap<>();

    static {
        CHAPTERS.put("6", List.of("六", "管理体系与组织机构", "13"));
        CHAPTERS.put("7", List.of("七", "服务资源保障", "22"));
        CHAPTERS.put("8", List.of("八", "服务过程管理", "32"));
        CHAPTERS.put("9", List.of("九", "服务质量控制", "17"));
        CHAPTERS.put("10", List.of("十", "服务信息化建设", "4"));
        CHAPTERS.put("11", List.of("十一", "服务评价与改进", "13"));
    }

    /** Item codes retired (never reused, the others keep theirs): 10.4 积极应用技术创新服务模式 has neither 应 nor 建议. */
    private static final List<String> RETIRED = List.of("10.4");

    /**
     * Every figure of chapters 六–十一, read off the document: code | direction target unit | records KPI.
     * 六 para 1 (the example objectives), 七 paras 1–3, 八 paras 1–3, 5, 6, 九 paras 1–2, 十一 paras 1, 2, 4.
     */
    private static final String TARGETS = """
            6.5|at-least 90 分|
            6.6|at-most 30 分钟|
            6.7|at-least 95 %|
            7.4|at-least 40 学时/人·年|
            7.8|at-most 5 km|
            7.9|at-most 20 km|
            7.10|at-least 6 天/周|
            7.11|at-least 8 小时/天|
            7.15|at-least 95 %|
            7.16|at-most 24 小时|
            7.17|at-most 7 工作日|
            8.1|at-least 4 种|
            8.2|at-least 85 %|hotline_answer
            8.3|at-least 8 小时/天|
            8.4|at-least 95 %|online_response_5min
            8.7|at-least 95 %|emergency_response
            8.8|at-least 95 %|
            8.9|at-least 95 %|
            8.13|at-least 95 %|on_time_arrival
            8.24|at-least 100 %|complaint_response
            8.25|at-least 95 %|
            8.27|at-least 90 %|
            8.30|at-least 20 %|callback_ratio
            9.3|at-least 95 %|phone_response
            9.4|at-least 85 %|first_contact_resolution
            9.5|at-least 90 分|satisfaction_index
            9.7|at-least 5 %|
            9.8|at-least 1 次/季度|
            9.9|at-least 1 次/月|
            11.3|at-least 5 %|
            11.4|at-least 500 份|
            11.8|at-least 1 次/季度|
            11.11|at-least 1 次/年|
            11.12|at-least 1 次/年|
            """;

    @Test
    void sixChapterGroupsWithConsecutiveOwnCodes() {
        assertEquals(ScoringMode.POINTS, rubric.mode());
        assertEquals(List.copyOf(CHAPTERS.keySet()), rubric.indicators().stream().map(Indicator::code).toList());
        for (Indicator chapter : rubric.indicators()) {
            List<String> spec = CHAPTERS.get(chapter.code());
            assertEquals(spec.get(1), chapter.title().zh());
            int n = Integer.parseInt(spec.get(2));
            List<String> expected = new ArrayList<>();
            for (int i = 1; expected.size() < n; i++) {
                if (!RETIRED.contains(chapter.code() + "." + i)) expected.add(chapter.code() + "." + i);
            }
            assertEquals(expected, chapter.children().stream().map(Indicator::code).toList(), chapter.code());
            assertTrue(chapter.children().stream().allMatch(Indicator::isLeaf), "one level of items under each chapter");
        }
        assertEquals(101, rubric.leaves().size());
        assertTrue(rubric.indicator("10.4").isEmpty(), "10.4 is retired, not renumbered");
        assertEquals(List.of("10.1", "10.2", "10.3", "10.5"), rubric.indicator("10").orElseThrow().children().stream().map(Indicator::code).toList());
    }

    @Test
    void equalDerivedPointsAddUpTo101AndEveryNodeSaysSo() {
        // 101 requirements, 1 point each; chapters 13 + 22 + 32 + 17 + 4 + 13 = 101
        assertEquals(Ratio.of(101), rubric.total());
        assertTrue(rubric.leaves().stream().allMatch(l -> l.points().equals(Ratio.ONE)));
        assertEquals(List.of(Ratio.of(13), Ratio.of(22), Ratio.of(32), Ratio.of(17), Ratio.of(4), Ratio.of(13)),
                rubric.indicators().stream().map(Indicator::points).toList());
        for (String code : rubric.codes()) {
            assertTrue(rubric.indicator(code).orElseThrow().derived(), code + " must be flagged derived");
        }
        assertTrue(rubric.allocationRule().zh().contains("征求意见稿") && rubric.allocationRule().zh().contains("不设认证等级"));
        assertTrue(rubric.allocationRule().en().contains("conformance percentage"));
    }

    @Test
    void aConformanceChecklistWithoutGradeOrSpecialFindings() {
        assertNull(rubric.gradeScale(), "the standard defines no grade, none is invented");
        assertEquals(io.aftercert.core.model.ResultKind.CONFORMANCE, rubric.resultKind(),
                "the data says the result is a conformance percentage, so the CLI and report say 符合率 without code of their own");
        assertNull(rubric.specialRules());
        assertTrue(rubric.sources().get(0).title().zh().contains("征求意见稿"), "the draft status is stated in the source");
        assertTrue(rubric.title().zh().contains("征求意见稿"));
        assertEquals("001", rubric.sources().get(0).id());
        assertEquals(5, rubric.bands().size(), "the five CTS bands are the vocabulary of a partial verdict");
    }

    @Test
    void everyFigureOfTheDocumentIsAThresholdMetricWithItsTarget() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : TARGETS.strip().split("\n")) {
            String[] kv = line.split("\\|", -1);
            expected.put(kv[0], kv[1] + "|" + kv[2]);
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (Indicator leaf : rubric.leaves()) {
            if (leaf.kind() != IndicatorKind.METRIC) continue;
            var m = leaf.metric();
            actual.put(leaf.code(), m.direction().json() + " " + m.target() + " " + m.unit() + "|"
                    + (m.recordsKpi() == null ? "" : m.recordsKpi()));
            assertEquals("threshold", m.curve().json(), leaf.code() + ": conformance is met or not met");
            assertTrue(m.derived(), leaf.code() + ": the threshold curve is the rubric's choice, the standard states none");
            assertTrue(m.note() != null && m.note().startsWith("threshold derived: the standard states the figure but no scoring curve"),
                    leaf.code() + ": the metric says why its curve is derived");
            if (m.target().equals(Ratio.HUNDRED)) {
                assertTrue(m.note().contains("target 100 %, the share T/GXDSL 244—2025 六 states"), leaf.code() + ": 100 % only where a source states it");
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void figuresAfterRuAreFlaggedAsTheRubricsReadingInDataAndReport() {
        // 001 gives these figures after 如 (例如): 六 para 1 (90 分, 30 分钟, 95%), 七 para 2 (5 / 20 公里), 九 para 1 (95%, 85%, 90 分), 十一 para 2 (如每季度)
        List<String> afterRu = List.of("6.5", "6.6", "6.7", "7.8", "7.9", "9.3", "9.4", "9.5", "11.8");
        for (Indicator leaf : rubric.leaves()) {
            boolean flagged = leaf.metric() != null && leaf.metric().note().contains("The figure follows 如 (例如) in 001: an example");
            assertEquals(afterRu.contains(leaf.code()), flagged, leaf.code());
            if (afterRu.contains(leaf.code())) assertTrue(leaf.requirement().contains("如"), leaf.code() + " quotes the 如");
        }
        // the report prints the allocation rule: the same list in both languages
        assertTrue(rubric.allocationRule().zh().contains("“如”之后的数值（6.5–6.7、7.8–7.9、9.3–9.5、11.8）是原文所举示例"));
        assertTrue(rubric.allocationRule().en().contains("Figures that follow 如 (6.5–6.7, 7.8–7.9, 9.3–9.5, 11.8)"));
    }

    @Test
    void responseLimitsWithoutAShareAreOneReadingSharedWithGxdsl244() {
        // 八 gives limits (5 分钟, 15 分钟, 30 分钟, 2 小时, 3 个工作日) but no share; 九's 如服务响应及时率不低于 95% is the share
        // read for all of them, as gxdsl244 B2.1–B2.3 read 004's 30 秒 / 5 分钟 / 15 分钟 (same records KPIs, same 95 %)
        for (String code : List.of("8.4", "8.7", "8.8", "8.9", "8.25")) {
            var m = rubric.indicator(code).orElseThrow().metric();
            assertEquals(Ratio.of(95), m.target(), code);
            assertTrue(m.note().contains("95 % is the figure 001 九 gives for 服务响应及时率 (after 如, an example)"), code);
            assertTrue(m.note().contains("gxdsl244 B2.1–B2.3"), code);
        }
        var r93 = rubric.indicator("9.3").orElseThrow().metric();
        assertEquals("phone_response", r93.recordsKpi());
        assertTrue(r93.note().contains("the share of phone requests responded within 30 s") && r93.note().contains("gxdsl244 B2.1"));
        // 8.13: 一般不超过±30 分钟 read as 004's 到达率不低于 95% (gxdsl244 B2.4), not 100 %
        var r813 = rubric.indicator("8.13").orElseThrow().metric();
        assertEquals(Ratio.of(95), r813.target());
        assertTrue(r813.note().contains("约定时间前后 30 分钟内到达率不低于 95%, gxdsl244 B2.4"));
        // 8.30 (当月) and 9.7 (每月): one reading, the share over the whole period
        for (String code : List.of("8.30", "9.7")) {
            assertTrue(rubric.indicator(code).orElseThrow().metric().note().contains("the rubric reads the share over the whole period assessed"), code);
        }
    }

    @Test
    void requirementsOf001ThatWereNotItemsAreAddedAfterTheChaptersLastCode() {
        Indicator audit = rubric.indicator("11.13").orElseThrow();
        assertEquals("应建立售后服务管理体系的内部审核和管理评审机制。", audit.requirement());
        assertEquals("十一、第4段", audit.provenance().clause());
        assertEquals(IndicatorKind.QUALITATIVE, audit.kind());
        Indicator basis = rubric.indicator("9.17").orElseThrow();
        assertEquals("服务质量改进应基于监控和分析结果。", basis.requirement());
        assertEquals("九、第3段", basis.provenance().clause());
    }

    @Test
    void permissiveListsAreNotChecklists() {
        // 9.2 可包括, 11.6 如, 6.2 包括……等: examples, the item checks the requirement itself
        for (String code : List.of("6.2", "9.2", "11.6")) {
            assertEquals(List.of(), rubric.indicator(code).orElseThrow().checklist(), code);
        }
        assertTrue(rubric.allocationRule().zh().contains("“可包括”“如”“例如”之后列举的内容是示例，不作为检查清单"));
        assertTrue(rubric.allocationRule().zh().contains("原10.4撤销"));
    }

    @Test
    void provenanceNamesChapterAndParagraphNeverAClause() {
        for (Indicator chapter : rubric.indicators()) {
            String numeral = CHAPTERS.get(chapter.code()).get(0);
            assertEquals(numeral + "、" + chapter.title().zh(), chapter.provenance().clause());
            for (Indicator item : chapter.children()) {
                assertEquals("001", item.provenance().source(), item.code());
                assertTrue(item.provenance().clause().matches(numeral + "、第[1-6]段"), item.code() + ": " + item.provenance().clause());
            }
        }
        assertEquals("八、第5段", rubric.indicator("8.27").orElseThrow().provenance().clause());
        assertEquals("十一、第4段", rubric.indicator("11.11").orElseThrow().provenance().clause());
        assertEquals("七、第3段", rubric.indicator("7.15").orElseThrow().provenance().clause());
    }

    @Test
    void requirementsAreQuotedVerbatim() {
        assertEquals("投诉处理满意率应不低于 90%。", rubric.indicator("8.27").orElseThrow().requirement());
        assertEquals("回访比例建议不低于当月服务总量的 20%。", rubric.indicator("8.30").orElseThrow().requirement());
        assertEquals("内部审核每年至少进行一次，全面检查体系运行的符合性和有效性。", rubric.indicator("11.11").orElseThrow().requirement());
        assertEquals("常用备件库存满足率应不低于 95%，紧急订单响应时间不超过 24 小时。", rubric.indicator("7.15").orElseThrow().requirement());
        assertEquals("企业应设立专门的售后服务管理部门或岗位，明确其职责和权限。", rubric.indicator("6.8").orElseThrow().requirement());
        assertEquals("在应用新技术时，应注意保护顾客隐私和数据安全，符合相关法律法规要求。", rubric.indicator("10.5").orElseThrow().requirement());
        assertEquals(List.of("服务热线", "在线客服", "移动应用", "实体网点"), rubric.indicator("8.1").orElseThrow().checklist());
        for (Indicator leaf : rubric.leaves()) {
            String req = leaf.requirement();
            assertTrue(req != null && (req.endsWith("。") || req.endsWith("；")), leaf.code() + " quotes whole sentences");
        }
    }

    @Test
    void theResultIsAConformancePercentageOverallAndPerChapter() {
        // every item conforms except: 10.3 (no integration), 8.27 measured 88 % against ≥ 90 %, 7.17 measured
        // 9 working days against ≤ 7; 11.4 is not applicable (justified). Points 1 each, 101 items, so:
        // applicable 100, earned 97, conformance 97 %;
        // chapter 十 3/4 = 75 %, 八 31/32 = 96.875 %, 七 21/22 = 1050/11 %, 十一 12/12 = 100 %.
        Assessment.Builder b = Assessment.builder("gxdsl259", new Organization("桂链优选电子商务有限公司", "trader"));
        for (Indicator leaf : rubric.leaves()) {
            if (leaf.kind() == IndicatorKind.METRIC) {
                b.put(leaf.code(), Evidence.value(leaf.metric().target()));
            } else {
                b.put(leaf.code(), Evidence.conforms(true));
            }
        }
        b.put("10.3", Evidence.conforms(false));
        b.put("8.27", Evidence.value(Ratio.of(88)));
        b.put("7.17", Evidence.value(Ratio.of(9)));
        b.put("11.4", Evidence.notApplicable("年度活跃顾客不足一万，按 5% 抽样"));
        AssessmentResult r = ScoringEngine.score(rubric, b.build());
        assertEquals(Ratio.of(97), r.score());
        assertEquals(Ratio.of(97), r.finalScore());
        assertNull(r.grade(), "no grade");
        Map<String, Ratio> chapters = new LinkedHashMap<>();
        for (GroupResult g : r.groups()) chapters.put(g.code(), g.percent());
        assertEquals(Ratio.HUNDRED, chapters.get("6"));
        assertEquals(Ratio.of(1050, 11), chapters.get("7"));
        assertEquals(Ratio.parse("96.875"), chapters.get("8"));
        assertEquals(Ratio.HUNDRED, chapters.get("9"));
        assertEquals(Ratio.of(75), chapters.get("10"));
        assertEquals(Ratio.HUNDRED, chapters.get("11"));
    }

    @Test
    void anObjectiveLooserThanTheExampleDoesNotConform() {
        // 六's objectives are checked as set: a 45-minute response objective misses "不超过 30 分钟"
        var objective = rubric.indicator("6.6").orElseThrow().metric();
        assertTrue(objective.met(Ratio.of(30)));
        assertTrue(!objective.met(Ratio.of(45)));
        assertEquals(Ratio.ZERO, objective.credit(Ratio.of(45)));
    }

    @Test
    void theRubricDataValidatesAgainstTheRubricSchema() throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("gxdsl259.json")) {
            assertEquals(List.of(), io.aftercert.testkit.Schemas.rubricErrors(in.readAllBytes()));
        }
    }

    @Test
    void chineseTextUsesChinesePunctuation() throws java.io.IOException {
        // titles, requirements, quotes and the Chinese allocation rule: no half-width , ; : ( ) next to a Han character
        try (var in = getClass().getResourceAsStream("gxdsl259.json")) {
            assertEquals(List.of(), io.aftercert.testkit.ChinesePunctuation.halfWidthIn(in.readAllBytes()));
        }
    }
}
