package io.aftercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTests {
    private static final Path MANUFACTURER = ReportFixtures.EXAMPLES.resolve("gbt27922/appliance-manufacturer.json");
    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    @Test
    void isFoundThroughServiceLoader() {
        assertTrue(ServiceLoader.load(io.aftercert.core.spi.ReportRenderer.class).stream()
                .anyMatch(p -> p.type() == HtmlReportRenderer.class));
    }

    @Test
    void sectionsComeInTheOrderAReaderNeedsThem() {
        // the manufacturer's one metric item (5.1.2.2) carries the assessor's verdict, so the KPI table comes from the
        // gxdsl244 retailer, whose KPIs are measured values
        String html = renderer.renderString(ReportFixtures.request(MANUFACTURER, "zh"));
        List<String> order = List.of("id=\"header\"", "id=\"verdict\"", "id=\"next-grade\"", "id=\"summary\"", "id=\"plan\"",
                "id=\"corrective\"", "id=\"chart\"", "id=\"gaps\"", "id=\"findings\"", "id=\"not-applicable\"",
                "id=\"all\"", "id=\"method\"", "id=\"provenance\"", "id=\"signoff\"");
        String kpis = renderer.renderString(ReportFixtures.request(ReportFixtures.EXAMPLES.resolve("gxdsl244/guangxi-ecommerce-retailer.json"), "zh"));
        assertTrue(kpis.indexOf("id=\"kpis\"") > 0 && kpis.indexOf("id=\"kpis\"") < kpis.indexOf("id=\"all\""), "KPI table before all items");
        // an empty section is left out rather than printing 无 (the manufacturer assessed every item)
        assertFalse(html.contains("id=\"not-assessed\""), "no empty not-assessed section");
        int last = -1;
        for (String id : order) {
            int at = html.indexOf(id);
            assertTrue(at > last, id + " missing or out of order");
            last = at;
        }
    }

    @Test
    void theVerdictShowsTheTruncatedScoreGradeAndPlan() {
        String html = renderer.renderString(ReportFixtures.request(MANUFACTURER, "zh"));
        assertTrue(html.contains("<div class=\"score-big\" id=\"final-score\">78.1</div>"), "final score 7655/98 cut to 78.1");
        assertTrue(html.contains("7655/98 ≈ 78.112244"), "exact value");
        assertTrue(html.contains("id=\"grade-badge\">达标</span>"));
        assertTrue(html.contains("1 项特别扣分项应整改"), "caveat in Chinese");
        assertTrue(html.contains("距下一等级 <strong>三星</strong>"), "next grade named in the verdict box");
        assertTrue(html.contains("id=\"next-needed\">还需 +1.89 分"), "185/98 = 1.8877… rounded up, never down");
        assertTrue(html.contains("本公司为生产型企业"), "not-applicable justification");
        assertTrue(html.contains("组织架构图-2026.pdf"), "attachment as text");
        String en = renderer.renderString(ReportFixtures.request(MANUFACTURER, "en"));
        assertTrue(en.contains("id=\"grade-badge\">Qualified</span>"));
        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(en.contains("After-sales Service Certification Readiness Report"));
    }

    @Test
    void isSelfContained() {
        for (Path example : ReportFixtures.examples()) {
            String html = renderer.renderString(ReportFixtures.request(example, "zh"));
            assertFalse(html.contains("<script"), example + ": no scripts");
            assertFalse(Pattern.compile("\\b(href|src)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), example + ": no links or sources");
            assertFalse(html.contains("http://") || html.contains("https://") || html.contains("url("), example + ": nothing external");
            assertFalse(html.contains("@font-face") || html.contains("@import"), example + ": no external fonts");
            assertTrue(html.contains("class=\"bar-row\""), example + ": chart");
            assertTrue(html.contains("class=\"sr-only\"><table class=\"chart-data\""), example + ": the chart's values as a table for screen readers");
            assertTrue(html.contains("@media print") && html.contains("size: A4"), example + ": print stylesheet");
            assertTrue(html.contains("default-src 'none'"), example + ": CSP forbids anything external and scripts");
        }
    }

    @Test
    void provenanceNamesTheEvidenceHashAndSources() {
        var req = ReportFixtures.request(MANUFACTURER, "zh");
        String html = renderer.renderString(req);
        assertEquals(64, req.evidenceSha256().length());
        assertTrue(html.contains("id=\"evidence-sha\">" + req.evidenceSha256()), "SHA-256 of the evidence file");
        assertTrue(html.contains("广东中嘉认证有限公司企业标准《售后服务认证技术规范》"));
        assertTrue(html.contains("本规则所有分值与等级线均来自原文"), "gbt27922 has no derived values");
    }
}
