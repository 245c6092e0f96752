package io.aftercert.rubric.gxdsl244;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.spi.RubricRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gxdsl244 against chapter 六 of T/GXDSL 244—2025, typed here from shared/seeds/004 (and 001 where noted). */
class Gxdsl244RubricTests {
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
            紧急服务请求15分钟内响应率|at-least 100 %
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
        assertEquals("001", rubric.indicator("B2.1").orElseThrow().provenance().source(), "259 supplies the 95 % share");
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
        java.nio.file.Path dir = java.nio.file.Path.of("..", "..", "shared", "seeds");
        if (!java.nio.file.Files.isDirectory(dir)) dir = java.nio.file.Path.of("/work/shared/seeds");
        String seed;
        try (var s = java.nio.file.Files.list(dir)) {
            seed = java.nio.file.Files.readString(s.filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElseThrow())
                    .replace("\n", "");
        }
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
        assertEquals(65, fromThe004, "the two 001 targets keep their own citation");
        // every credit curve is the rubric's choice and says so on the indicator itself
        for (Indicator leaf : rubric.leaves()) {
            if (leaf.metric() != null) {
                assertTrue(leaf.metric().derived() && leaf.metric().note().startsWith("derived"), leaf.code());
            }
        }
        assertTrue(rubric.hasDerivedValues());
    }
}
