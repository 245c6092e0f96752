package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPI dashboard: the page's safety rules in the markup, and what headless Chromium renders
 * (the page test kit's one browser session; without Chromium the browser test fails unless {@code AFTERCERT_SKIP_BROWSER=1}).
 */
class KpiDashboardTests {
    @TempDir
    Path dir;

    private static final String HOSTILE_REGION = "\"<script>document.title='pwned'</script><img src=x onerror=\"\"document.body.innerHTML='pwned'\"\">\"";

    private KpiReport report() throws IOException {
        Path f = dir.resolve("records.csv");
        RecordsGenerator.write(f, 3_000, 11L, 0.05, 3_000);
        // one hostile row: a region carrying markup
        Files.writeString(f, "T-X,2026-02-03T10:00:00,phone,consult,normal,," + HOSTILE_REGION + ",E1,2026-02-03T10:00:05,,,,,,,,\n",
                java.nio.file.StandardOpenOption.APPEND);
        return new KpiEngine(2, null).run(f, new KpiOptions(KpiDashboard.OPTIONS_BY, null, null));
    }

    @Test
    void thePageIsSelfContainedAndEscapesWhatTheRecordsHold() throws IOException {
        String page = new KpiDashboard("zh").render(report());
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"));
        assertFalse(page.toLowerCase().contains("<script"), "no script element, not even the injected one");
        assertFalse(page.contains("<img"), "no image element");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "nothing loaded from anywhere");
        assertTrue(page.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"), "the payload is shown as text");
        String en = new KpiDashboard("en").render(report());
        assertFalse(Pattern.compile("\\p{IsHan}").matcher(en.replace(HOSTILE_REGION, "")
                .replaceAll("(南宁|柳州|桂林|梧州|北海|玉林|容县|青秀区)", "")).find(), "no Chinese in the English page except the records' own text");
        assertFalse(page.contains("Monthly trends") || page.contains("not met"), "no English labels in the Chinese page");
    }

    @Test
    void chromiumRendersEveryPartInBothLanguages() throws Exception {
        io.aftercert.pagetest.Browser browser = io.aftercert.pagetest.Browser.find(null);
        KpiReport r = report();
        for (String lang : List.of("zh", "en")) {
            String dom = String.valueOf(browser.evaluate(new KpiDashboard(lang).render(r), "dashboard." + lang, 1280, 900, "return d.documentElement.outerHTML;"));
            assertTrue(dom.contains("id=\"rows\">" + io.aftercert.page.Pages.count(r.rows()) + "</dd>"), lang + ": row count in the DOM");
            assertFalse(dom.contains("<title>pwned") || dom.contains("<body>pwned"), lang + ": an injected payload ran");
            for (String id : r.kpis().keySet()) assertTrue(dom.contains("id=\"kpi-" + id + "\""), lang + ": KPI " + id);
            // one trend line per KPI with data, over the three months of the file
            Matcher lines = Pattern.compile("<path class=\"line\" d=\"M[^\"]+ L[^\"]+ L").matcher(dom);
            int count = 0;
            while (lines.find()) count++;
            long withData = r.kpis().values().stream().filter(v -> v.denominator() > 0).count();
            assertEquals(withData, count, lang + ": trend lines with three points");
            assertTrue(dom.contains("id=\"heatmap\"") && dom.contains("class=\"num h-"), lang + ": heat map cells");
            assertTrue(dom.contains("<div class=\"chrow\">") && dom.contains("role=\"img\" aria-label="), lang + ": channel bars with their text");
            assertTrue(dom.contains("id=\"worst\""), lang + ": worst rows");
        }
    }
}
