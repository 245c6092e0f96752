package io.aftercert.rubric.gbt27922;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rubric against the CTS table of 《售后服务认证技术规范》 chapter 3, typed here by hand from
 * the source document (003, the CTS table), not read from the rubric resource.
 */
class Gbt27922RubricTests {
    private static final String TABLE = """
            5.1.1.1 1 | 5.1.1.2 3 | 5.1.2.1 1 | 5.1.2.2 5 | 5.1.3.1 2 | 5.1.3.2 2 | 5.1.3.3 2 | 5.1.4.1 4 | 5.1.4.2 2
            5.1.5.1 1 | 5.1.5.2 6 | 5.1.6.1 2 | 5.1.6.2 1 | 5.1.6.3 1 | 5.1.6.4 1 | 5.1.7.1 1 | 5.1.7.2 2 | 5.1.7.3 3
            5.2.1.1 1 | 5.2.1.2 2 | 5.2.1.3 1 | 5.2.1.4 1 | 5.2.1.5 1 | 5.2.2.1 1.5 | 5.2.2.2 1.5 | 5.2.2.3 1.5 | 5.2.2.4 1.5
            5.2.3.1 1 | 5.2.3.2 3 | 5.2.4.1 1 | 5.2.4.2 1 | 5.2.4.3 3 | 5.2.4.4 1 | 5.2.4.5 3 | 5.2.4.6 1
            5.2.5.1 1 | 5.2.5.2 1 | 5.2.5.3 2 | 5.2.5.4 1 | 5.2.5.5 2 | 5.2.6.1 1 | 5.2.6.2 1
            5.3.1.1 3 | 5.3.1.2 2 | 5.3.1.3 3 | 5.3.1.4 5 | 5.3.1.5 2 | 5.3.2.1 2 | 5.3.2.2 7 | 5.3.2.3 1
            """;

    private static final Map<String, String> SECOND_LEVEL = Map.ofEntries(
            Map.entry("5.1.1", "组织架构"), Map.entry("5.1.2", "人员配置"), Map.entry("5.1.3", "资源配置"),
            Map.entry("5.1.4", "规范要求"), Map.entry("5.1.5", "监督"), Map.entry("5.1.6", "改进"),
            Map.entry("5.1.7", "服务文化"), Map.entry("5.2.1", "商品信息"), Map.entry("5.2.2", "技术支持"),
            Map.entry("5.2.3", "配送"), Map.entry("5.2.4", "维修"), Map.entry("5.2.5", "质量保证"),
            Map.entry("5.2.6", "废弃商品回收"), Map.entry("5.3.1", "顾客关系"), Map.entry("5.3.2", "投诉处理"));

    private final Rubric rubric = RubricRegistry.discover().require("gbt27922");

    private static Map<String, Ratio> table() {
        Map<String, Ratio> t = new LinkedHashMap<>();
        for (String cell : TABLE.replace("\n", "|").split("\\|")) {
            if (cell.isBlank()) continue;
            String[] kv = cell.trim().split(" ");
            t.put(kv[0], Ratio.parse(kv[1]));
        }
        return t;
    }

    @Test
    void everyCheckItemOfTheTableWithItsPointsAndNothingElse() {
        Map<String, Ratio> expected = table();
        assertEquals(50, expected.size(), "the typed table itself");
        Map<String, Ratio> actual = new LinkedHashMap<>();
        for (Indicator leaf : rubric.leaves()) actual.put(leaf.code(), leaf.points());
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "document order");
    }

    @Test
    void firstAndSecondLevelsFollowTheTable() {
        assertEquals(List.of("5.1", "5.2", "5.3"), rubric.indicators().stream().map(Indicator::code).toList());
        assertEquals(List.of("售后服务体系", "商品服务", "顾客服务"), rubric.indicators().stream().map(i -> i.title().zh()).toList());
        // 5.1: 1+3+1+5+2+2+2+4+2+1+6+2+1+1+1+1+2+3 = 40; 5.2: 6+6+4+10+7+2 = 35; 5.3: 15+10 = 25
        assertEquals(List.of(Ratio.of(40), Ratio.of(35), Ratio.of(25)), rubric.indicators().stream().map(Indicator::points).toList());
        Map<String, String> second = new LinkedHashMap<>();
        for (Indicator top : rubric.indicators()) for (Indicator s : top.children()) second.put(s.code(), s.title().zh());
        assertEquals(SECOND_LEVEL, second);
        assertEquals(Ratio.HUNDRED, rubric.total());
    }

    @Test
    void checkTextIsVerbatimChinese() {
        // the PDF extraction's half-width commas are written as the printed standard's full-width ones (，)
        assertEquals("按服务管理人员总数的10%配置售后服务管理师，负责对售后服务工作的管理和对售后服务活动的指导",
                rubric.indicator("5.1.2.2").orElseThrow().requirement());
        assertEquals("售后服务组织应提供内部保障，具体包括：a) 长期保持服务专业技术培训和业务人员的业务技能培训，使其有良好的素质和能力；"
                + "b) 定期或不定期的服务文化的培训；c) 有效的评优、奖励、晋升和员工关怀机制。", rubric.indicator("5.1.3.2").orElseThrow().requirement());
        assertEquals("对于贸易型企业，应配合生产厂家，及时完成报修、登记、维修、收费、退换、召回等服务，并按国家有关规定，执行先行赔付制度",
                rubric.indicator("5.2.5.5").orElseThrow().requirement());
        assertEquals("及时反馈和处理顾客投诉，有效解决顾客投诉", rubric.indicator("5.3.2.2").orElseThrow().requirement());
        for (Indicator leaf : rubric.leaves()) {
            assertTrue(leaf.title().en() != null && !leaf.title().en().equals(leaf.title().zh()), leaf.code() + " needs an English title");
            for (String zh : java.util.Arrays.asList(leaf.title().zh(), leaf.requirement())) {
                assertFalse(zh != null && zh.matches("(?s).*\\p{IsHan}\\s*[,;:]\\s*.*"), leaf.code() + ": half-width punctuation after Chinese: " + zh);
            }
        }
    }

    @Test
    void gradeScaleIs70_80_90_95WithStarsAfterAYear() {
        List<Grade> g = rubric.gradeScale().grades();
        assertEquals(List.of("qualified", "three-star", "four-star", "five-star"), g.stream().map(Grade::id).toList());
        assertEquals(List.of("达标", "三星", "四星", "五星"), g.stream().map(x -> x.label().zh()).toList());
        assertEquals(List.of(Ratio.of(70), Ratio.of(80), Ratio.of(90), Ratio.of(95)), g.stream().map(Grade::minScore).toList());
        assertEquals(List.of(false, true, true, true), g.stream().map(Grade::star).toList());
        assertEquals(12, rubric.gradeScale().qualifyingMonths());
    }

    @Test
    void specialDeductionsAndBonusFollowTheTable() {
        var s = rubric.specialRules();
        assertEquals(Ratio.ONE, s.deductionPoints());
        assertEquals(5, s.maxDeductions());
        assertEquals(List.of("law", "own-rules", "industry", "system-impact"), s.deductionCategories());
        assertEquals(Ratio.ONE, s.bonusPoints());
        assertEquals(1, s.maxBonuses());
        assertTrue(s.deductionRule().zh().contains("不符合国家法律、法规的要求"));
        assertTrue(s.bonusRule().zh().contains("特别加分项最多1分"));
    }

    @Test
    void theFiveBandsOfChapter5AreTheRatingVocabulary() {
        List<Band> bands = rubric.bands();
        assertEquals(5, bands.size());
        String[] midpoints = {"0.1", "0.3", "0.5", "0.7", "0.9"};
        for (int i = 0; i < 5; i++) {
            assertEquals(Ratio.parse(midpoints[i]), bands.get(i).midpoint());
            assertEquals(3, bands.get(i).descriptors().size());
        }
        assertEquals("在该评分项要求重要的大多数方面，当前结果/水平/绩效达到优良水平", bands.get(4).descriptors().get(0));
    }

    @Test
    void sampledItemsAndGuidanceLinks() {
        List<String> sampled = rubric.leaves().stream().filter(l -> l.kind() == IndicatorKind.SAMPLED).map(Indicator::code).toList();
        assertEquals(List.of("5.1.2.1", "5.2.3.2", "5.2.4.3", "5.3.1.3", "5.3.2.1", "5.3.2.2"), sampled);
        Indicator hotline = rubric.indicator("5.3.1.1").orElseThrow();
        assertEquals("4.1.1.2.1", hotline.guidance().get(0).clause());
        assertTrue(hotline.guidance().get(0).text().startsWith("组织设立有预约、咨询、保修、投诉、防伪查询"));
        assertEquals("002", hotline.guidance().get(0).source());
        Indicator trader = rubric.indicator("5.2.5.5").orElseThrow();
        assertTrue(trader.guidance().get(0).text().startsWith("对于贸易型组织"));
        // 5.1.2.2 "按服务管理人员总数的10%配置" is measured: share of managers holding the certificate, target ≥ 10 %
        Indicator managers = rubric.indicator("5.1.2.2").orElseThrow();
        assertEquals(IndicatorKind.METRIC, managers.kind());
        assertEquals(Ratio.of(10), managers.metric().target());
        // its second half "负责对售后服务工作的管理和对售后服务活动的指导" is qualitative: a value alone earns at most half
        assertEquals(Ratio.of(1, 2), managers.metric().valueCreditCap());
        assertTrue(managers.metric().derived(), "the ratio curve and the cap are the rubric's choice");
    }

    @Test
    void dataFixesFoundByReadingBothSources() throws Exception {
        String seed002 = SOURCE_002;
        // 002 links that do not correspond are gone; the closer ones replace them, quoted verbatim from 002
        for (String code : List.of("5.1.1.2", "5.3.2.3", "5.3.1.4")) {
            assertEquals(List.of(), rubric.indicator(code).orElseThrow().guidance(), code + " has no corresponding 002 clause");
        }
        var complaints = rubric.indicator("5.3.2.1").orElseThrow().guidance().get(0);
        assertEquals("4.1.1.2.2", complaints.clause());
        assertTrue(seed002.contains(complaints.clause() + complaints.text()), complaints.text());
        var returns = rubric.indicator("5.2.5.3").orElseThrow().guidance().get(0);
        assertEquals("4.1.7.1", returns.clause());
        assertTrue(seed002.contains(returns.clause() + returns.text()), returns.text());
        // the deduction rule's Chinese is 003's sentence, with no English category ids inside it
        String rule = rubric.specialRules().deductionRule().zh();
        assertTrue(SOURCE_003_DEDUCTIONS.contains(rule.substring(rule.indexOf("发现"))), rule);
        assertTrue(!rule.matches(".*[A-Za-z].*"), rule);
        // the one-year rule for stars is public practice, not 003, and the provenance says so
        assertTrue(rubric.gradeScale().provenance().note().contains("not in 003"), rubric.gradeScale().provenance().note());
    }

    /**
     * The two lines of 《商品售后服务认证评价规范》 (002) that the guidance quotes, as the extracted text
     * prints them (line breaks of the PDF cut the second one short).
     */
    private static final String SOURCE_002 = """
            4.1.1.2.2组织售后服务电话在保修证书、销售场所、相应网上平台等处公示，同时设有专人接听并记录
            4.1.7.1组织应按照国家和地方有关法律法规，按照国家《中华人民共和国消费者权益保护法》、《部分商
            """;

    /** The special-deduction row of the CTS table (003), as printed. */
    private static final String SOURCE_003_DEDUCTIONS = "特别扣分项超过5分不通过\t发现以下情况时应产生一项特别扣分项：不符合国家法律、法规的要求；"
            + "不符合企业有关服务制度的要求；不符合行业专业性的特殊要求；对服务系统运行有影响的情况\t1";

    @Test
    void theRubricDataValidatesAgainstTheRubricSchema() throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("gbt27922.json")) {
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.aftercert.testkit.Schemas.rubricErrors(in.readAllBytes()));
        }
    }

    @Test
    void chineseTextUsesChinesePunctuation() throws java.io.IOException {
        // the PDF extraction's half-width commas between Chinese characters are quoted with Chinese punctuation
        try (var in = getClass().getResourceAsStream("gbt27922.json")) {
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.aftercert.testkit.ChinesePunctuation.halfWidthIn(in.readAllBytes()));
        }
    }
}
