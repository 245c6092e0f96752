package io.aftercert.rubric.gxdsl244;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.registry.RubricRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gxdsl244 against chapter 六 of T/GXDSL 244—2025, typed here from the document (and T/GXDSL 259—2025 where noted). */
class Gxdsl244RubricTests {
    /** T/GXDSL 244—2025 chapter 六, the four paragraphs that name the indicators, verbatim (one line each). */
    private static final String CHAPTER_6 = """
            服务资源保障维度衡量企业提供售后服务的物质基础和人力条件，包括服务网络建设、服务设施配置、服务人员配备、技术支持能力和备件供应保障五个二级维度。服务网络建设关注服务网点的覆盖范围、布局合理性和可达性，具体指标可包括服务网点密度（如每万平方公里服务网点数量不低于 15 个）、网点服务半径（城区不超过 5 公里，郊区不超过 20 公里）、网点营业时间（每周不少于 6 天，每天不少于 8 小时）等。服务设施配置评价服务场所、设备工具、信息系统的完备性和先进性，如专用服务车辆配备率（不低于服务人员数量的 30%）、信息化服务系统覆盖率（100%）、专用检测设备配置率（核心服务项目 100% 配备）等。服务人员配备考察人员的数量、资质和结构，关键指标有服务人员与顾客数量比例（建议不低于 1:200）、持证上岗率（100%）、专业技术人员占比（不低于 40%）、年度培训时长（每人不少于 40 学时）等。技术支持能力反映企业解决复杂技术问题的能力，指标包括技术专家团队规模、远程技术支持系统完备度、技术资料库完整性等。备件供应保障衡量配件供应的及时性和充分性，指标包括常用备件库存满足率（不低于 95%）、紧急订单响应时间（不超过 24 小时）、备件供应周期（常规备件不超过 7 个工作日）等。
            服务过程执行维度关注服务交付过程中的体验质量，包括服务可及性、响应及时性、过程规范性、沟通有效性和个性化服务五个二级维度。服务可及性考察顾客获取服务的便利程度，指标包括服务热线接通率（95%以上、15 秒内接通率不低于 85%）、在线服务响应率（30 分钟内响应率不低于 90%）、预约服务可用性（3 个工作日内可预约率 100%）等。响应及时性测量企业对服务需求的反应速度，关键指标有服务请求响应时间（电话服务不超过 30 秒，在线服务不超过 5 分钟，紧急服务请求不超过 15 分钟）、现场服务到达时间（约定时间前后 30 分钟内到达率不低于 95%）、平均问题解决时间（根据问题复杂度分级设定，一般问题不超过 4 小时，复杂问题不超过 3 个工作日）等。过程规范性评价服务活动的标准化和合规性，指标包括服务流程执行符合率（不低于 95%）、服务标准公开透明度、服务单据填写规范率（100%）、服务过程合规性等。沟通有效性考察服务交互中的信息传递质量，指标包括服务方案解释清晰度、服务进度主动告知率（不低于 90%）、专业术语使用适当性、顾客意见倾听充分性等。个性化服务评价企业满足顾客差异化需求的能力，指标包括个性化服务方案提供比例、特殊需求满足率、服务灵活性等。
            服务结果表现维度衡量服务交付的最终效果，包括问题解决效果、顾客满意度、服务经济性和服务安全性四个二级维度。问题解决效果关注服务的技术质量和功能实现，指标包括首次解决率（不低于 85%）、重复维修率（不高于 5%）、问题彻底解决率（不低于 95%）、服务后产品性能恢复度（不低于 98%）等。顾客满意度是核心结果指标，可通过顾客满意度调查获得，包括总体满意度、各接触点满意度、服务人员满意度、问题解决满意度等分项指标。建议采用 5 级李克特量表测量，综合满意度指目标值不低于 85 分（百分制）。服务经济性评价服务的成本效益，指标包括服务收费合理性（明码标价率 100%，价格透明度）、额外费用发生率（不高于 5%）、服务性价比顾客评价等。服务安全性考察服务过程的安全保障，指标包括服务安全事故发生率（0）、安全隐患整改及时率（100%）、安全防护措施完备率等。
            服务持续改进维度评价企业的服务质量管理和提升能力，包括顾客反馈管理、服务过程监控、服务创新实施和质量改进成效四个二级维度。顾客反馈管理关注投诉建议的处理机制，指标包括投诉渠道畅通性（至少 3 种渠道）、投诉受理及时率（24 小时内响应率 100%）、投诉处理满意率（不低于 85%）、顾客建议采纳率等。服务过程监控评价企业监督服务质量的能力，指标包括关键服务环节监控覆盖率（不低于 90%）、服务质量检查频次（每月至少 1 次全面检查）、服务质量数据分析深度等。服务创新实施衡量企业优化服务模式、提升服务水平的努力，指标包括服务创新项目数量（每年至少 2 项）、新技术应用程度、服务流程优化次数等。质量改进成效评价改进措施的实际效果，指标包括服务差错率降低幅度（年度降低不低于 10%）、顾客满意度提升幅度（年度提升不低于 2%）、服务效率提升幅度等。
            """;

    private final Rubric rubric = RubricRegistry.discover().require("gxdsl244");

    /** dimension → [min %, max %, sub-dimensions…]. */
    private static final Map<String, List<String>> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("服务资源保障", List.of("20", "25", "服务网络建设", "服务设施配置", "服务人员配备", "技术支持能力", "备件供应保障"));
        DIMENSIONS.put("服务过程执行", List.of("30", "35", "服务可及性", "响应及时性", "过程规范性", "沟通有效性", "个性化服务"));
        DIMENSIONS.put("服务结果表现", List.of("35", "40", "问题解决效果", "顾客满意度", "服务经济性", "服务安全性"));
        DIMENSIONS.put("服务持续改进", List.of("10", "15", "顾客反馈管理", "服务过程监控", "服务创新实施", "质量改进成效"));
    }

    /** Every figure of chapter 六: title → "direction target unit". */
    private static final String TARGETS = """
            服务网点密度|at-least 15 个/万km²
            网点服务半径（城区）|at-most 5 km
            网点服务半径（郊区）|at-most 20 km
            网点营业时间（每周天数）|at-least 6 天/周
            网点营业时间（每天小时数）|at-least 8 小时/天
            专用服务车辆配备率|at-least 30 %
            信息化服务系统覆盖率|at-least 100 %
            专用检测设备配置率|at-least 100 %
            服务人员与顾客数量比例|at-most 200 顾客/人
            持证上岗率|at-least 100 %
            专业技术人员占比|at-least 40 %
            年度培训时长|at-least 40 学时/人·年
            常用备件库存满足率|at-least 95 %
            紧急订单响应时间|at-most 24 小时
            备件供应周期（常规备件）|at-most 7 工作日
            服务热线接通率|at-least 95 %
            服务热线15秒内接通率|at-least 85 %
            在线服务30分钟内响应率|at-least 90 %
            预约服务可用性（3个工作日内可预约率）|at-least 100 %
            电话服务请求30秒内响应率|at-least 95 %
            在线服务请求5分钟内响应率|at-least 95 %
            紧急服务请求15分钟内响应率|at-least 95 %
            现场服务约定时间前后30分钟内到达率|at-least 95 %
            一般问题平均解决时间|at-most 4 小时
            复杂问题平均解决时间|at-most 3 工作日
            服务流程执行符合率|at-least 95 %
            服务单据填写规范率|at-least 100 %
            服务进度主动告知率|at-least 90 %
            首次解决率|at-least 85 %
            重复维修率|at-most 5 %
            问题彻底解决率|at-least 95 %
            服务后产品性能恢复度|at-least 98 %
            综合满意度指数|at-least 85 分
            明码标价率|at-least 100 %
            额外费用发生率|at-most 5 %
            服务安全事故发生率|at-most 0 %
            安全隐患整改及时率|at-least 100 %
            投诉渠道数量|at-least 3 种
            投诉24小时内响应率|at-least 100 %
            投诉处理满意率|at-least 85 %
            关键服务环节监控覆盖率|at-least 90 %
            服务质量全面检查频次|at-least 1 次/月
            服务创新项目数量|at-least 2 项/年
            服务差错率年度降低幅度|at-least 10 %
            顾客满意度年度提升幅度|at-least 2 %
            """;

    @Test
    void fourDimensionsWithDefaultWeightsInsideTheRanges() {
        assertEquals(ScoringMode.WEIGHTED, rubric.mode());
        assertEquals(List.copyOf(DIMENSIONS.keySet()), rubric.indicators().stream().map(i -> i.title().zh()).toList());
        Ratio sum = Ratio.ZERO;
        for (Indicator d : rubric.indicators()) {
            List<String> spec = DIMENSIONS.get(d.title().zh());
            assertEquals(Ratio.parse(spec.get(0)), d.recommendedWeight().min(), d.code());
            assertEquals(Ratio.parse(spec.get(1)), d.recommendedWeight().max(), d.code());
            assertTrue(d.recommendedWeight().contains(d.weight()), d.code() + " default weight " + d.weight() + " inside its range");
            assertEquals(spec.subList(2, spec.size()), d.children().stream().map(s -> s.title().zh()).toList(), d.code());
            sum = sum.plus(d.weight());
        }
        assertEquals(Ratio.HUNDRED, sum);
        assertEquals(18, rubric.indicators().stream().mapToInt(d -> d.children().size()).sum());
    }

    @Test
    void everyFigureOfTheDocumentIsAMetricWithItsTarget() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : TARGETS.strip().split("\n")) {
            String[] kv = line.split("\\|");
            expected.put(kv[0], kv[1]);
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (Indicator leaf : rubric.leaves()) {
            if (leaf.kind() != IndicatorKind.METRIC) continue;
            var m = leaf.metric();
            actual.put(leaf.title().zh(), m.direction().json() + " " + m.target() + " " + m.unit());
        }
        assertEquals(expected, actual);
    }

    @Test
    void indicatorsWithoutAFigureAreBandRated() {
        List<String> qualitative = rubric.leaves().stream().filter(l -> l.kind() == IndicatorKind.QUALITATIVE)
                .map(l -> l.title().zh()).toList();
        assertEquals(22, qualitative.size());
        assertTrue(qualitative.containsAll(List.of("技术专家团队规模", "服务标准公开透明度", "个性化服务方案提供比例", "价格透明度",
                "安全防护措施完备率", "顾客建议采纳率", "新技术应用程度", "服务效率提升幅度")));
        assertEquals(5, rubric.bands().size(), "the five CTS bands are the rating vocabulary");
    }

    @Test
    void serviceRecordKpisHaveCodes() {
        Map<String, String> kpis = new LinkedHashMap<>();
        for (Indicator leaf : rubric.leaves()) {
            if (leaf.metric() != null && leaf.metric().recordsKpi() != null) kpis.put(leaf.metric().recordsKpi(), leaf.code());
        }
        assertEquals(Map.ofEntries(Map.entry("hotline_answer", "B1.2"), Map.entry("online_response", "B1.3"),
                Map.entry("phone_response", "B2.1"), Map.entry("online_response_5min", "B2.2"),
                Map.entry("emergency_response", "B2.3"), Map.entry("on_time_arrival", "B2.4"),
                Map.entry("resolution_simple", "B2.5"), Map.entry("first_contact_resolution", "C1.1"),
                Map.entry("repeat_repair", "C1.2"), Map.entry("satisfaction_index", "C2.1"),
                Map.entry("complaint_response", "D1.2")), kpis);
        for (String code : List.of("B2.1", "B2.2", "B2.3")) {
            // one reading for the three limits of one sentence: 004's limit, 95 % of requests (001 九's example figure), flagged
            Indicator leaf = rubric.indicator(code).orElseThrow();
            assertEquals("004", leaf.provenance().source(), code + ": the limit is 004's");
            assertEquals(Ratio.of(95), leaf.metric().target(), code);
            assertTrue(leaf.metric().derived(), code);
            assertTrue(leaf.metric().note().contains("95 % is the figure T/GXDSL 259—2025 九 gives for 服务响应及时率 (after 如, an example)"), code);
            assertTrue(leaf.metric().note().contains("gxdsl259 8.4, 8.7 and 9.3"), code);
            assertTrue(!leaf.metric().note().contains("004 states only the target"), code + ": 004 states no share at all");
        }
        assertTrue(rubric.allocationRule().zh().contains("本规则以不低于95%的请求在时限内为达标"));
    }

    @Test
    void theTitleSaysTheDocumentIsADraftForComment() {
        // 004's cover: 征求意见稿
        assertTrue(rubric.title().zh().contains("征求意见稿"), rubric.title().zh());
        assertTrue(rubric.title().en().contains("draft for comment"), rubric.title().en());
        assertTrue(rubric.sources().get(0).title().en().contains("draft for comment"));
    }

    @Test
    void theIndexHasNoCertificationGrade() {
        assertNull(rubric.gradeScale());
        assertNull(rubric.specialRules());
    }

    @Test
    void theRubricDataValidatesAgainstTheRubricSchema() throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("gxdsl244.json")) {
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.aftercert.testkit.Schemas.rubricErrors(in.readAllBytes()));
        }
    }

    @Test
    void provenanceCitesTheChapterAndQuotesTheSentenceNeverAnInventedClauseNumber() throws Exception {
        // 004 numbers none of its indicators: "六、A1.1" does not exist; cite chapter 六 and quote the sentence verbatim
        String seed = CHAPTER_6.replace("\n", "");
        int fromThe004 = 0;
        for (Indicator leaf : rubric.leaves()) {
            var p = leaf.provenance();
            assertTrue(!p.clause().matches(".*[A-D][0-9].*"), leaf.code() + " cites " + p.clause());
            if (!"004".equals(p.source())) continue;
            fromThe004++;
            assertEquals("六、评价指标体系构建", p.clause(), leaf.code());
            assertTrue(p.quote() != null && seed.contains(p.quote()), leaf.code() + " quote not verbatim: " + p.quote());
            assertTrue(p.quote().contains(leaf.requirement().replace("指标包括", "")), leaf.code() + ": the quote holds the requirement");
        }
        assertEquals(67, fromThe004, "every indicator but the 001 targets cites 004");
        // every credit curve is the rubric's choice and says so on the indicator itself
        for (Indicator leaf : rubric.leaves()) {
            if (leaf.metric() != null) {
                assertTrue(leaf.metric().derived() && leaf.metric().note().startsWith("derived"), leaf.code());
            }
        }
        assertTrue(rubric.hasDerivedValues());
    }

    @Test
    void chineseTextUsesChinesePunctuation() throws java.io.IOException {
        // titles, requirements, quotes and the Chinese allocation rule: no half-width , ; : ( ) next to a Han character
        try (var in = getClass().getResourceAsStream("gxdsl244.json")) {
            assertEquals(List.of(), io.aftercert.testkit.ChinesePunctuation.halfWidthIn(in.readAllBytes()));
        }
    }
}
