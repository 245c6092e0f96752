package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.pagetest.Browser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPI dashboard as its readers get it, in headless Chromium, in both languages: at 1280 px
 * and 390 px nothing is wider than the screen, no table cell is narrower than two characters and
 * every chart has a text alternative; printed to A4, every page carries its number and every KPI
 * of the heat map and every region is in the PDF's text. Screenshots and PDFs go to
 * {@code target/screenshots}.
 */
class KpiDashboardPageTests {
    private static final Path OUT = Path.of(System.getProperty("aftercert.screenshots", "target/screenshots"));

    @Test
    void theDashboardFitsScreenPhoneAndPaperInBothLanguages(@TempDir Path dir) throws Exception {
        Browser browser = Browser.find(null);
        Path csv = dir.resolve("records.csv");
        RecordsGenerator.write(csv, 20_000, 7L, 0.05, 600); // 20,000 rows, one every 10 min: 2026-01-05 to late May
        KpiReport r = new KpiEngine(1, null).run(csv, new KpiOptions(KpiDashboard.OPTIONS_BY, null, null));
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            KpiDashboard d = new KpiDashboard(lang);
            String html = d.render(r);
            Browser.Checked c = browser.check(html, "kpi-dashboard", lang, OUT, 3200);
            problems.addAll(c.problems());
            List<String> pages = c.pages();
            assertTrue(pages.size() >= 2, lang + ": a dashboard of several pages, got " + pages.size());
            String all = String.join("", pages).replaceAll("\\s+", "");
            for (String id : r.kpis().keySet()) {
                if (KpiDashboard.Standard.gxdsl244().targets().containsKey(id) && !all.contains(d.kpiName(id).replaceAll("\\s+", ""))) {
                    problems.add(lang + ": heat-map KPI '" + d.kpiName(id) + "' missing from the PDF");
                }
            }
            for (String region : KpiDashboard.marginal(r, "region").keySet()) {
                if (!region.isEmpty() && !all.contains(region.replaceAll("\\s+", ""))) problems.add(lang + ": region '" + region + "' missing from the PDF");
            }
        }
        assertEquals(List.of(), problems);
    }
}
