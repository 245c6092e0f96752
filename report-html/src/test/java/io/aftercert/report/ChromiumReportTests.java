package io.aftercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.spi.ReportRenderer.ReportRequest;
import io.aftercert.pagetest.Browser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders reports in headless Chromium (Debian package {@code chromium}; {@code .ci/run} installs
 * it with {@code fonts-noto-cjk} and {@code poppler-utils}) and checks the rendered page. Without
 * Chromium the tests fail, unless {@code AFTERCERT_SKIP_BROWSER=1} says to skip them on purpose.
 * Screenshots of every example report, in both languages, at 1280 px and 390 px, go to
 * {@code target/screenshots}.
 *
 * <p>Layout checks need a script, which the report's Content-Security-Policy forbids; the page test
 * kit's browser session runs them through the driver, outside the page's policy, in a viewport of
 * phone width. One session serves every page test of the JVM.
 */
class ChromiumReportTests {
    private static final Path OUT = Path.of(System.getProperty("aftercert.screenshots", "target/screenshots"));
    /** The test JVM's one browser session (the page test kit's). */
    private static Browser browser;

    @BeforeAll
    static void findChromium() {
        browser = Browser.find(null);
    }

    static String name(Path example) {
        return example.getParent().getFileName() + "-" + example.getFileName().toString().replace(".json", "");
    }

    /** Its findings as text: one line per problem, after a first line with the viewport width. */
    private static final String REPORT_JS = "function report(lines){return lines.join('\\n');}";

    /** Every element whose box reaches past the viewport (unless a clipping ancestor inside the viewport hides it). */
    private static final String WIDTH_JS = "function width(d,win,out){var w=d.documentElement.clientWidth;"
            + "out.push('viewport '+w+' scroll '+d.documentElement.scrollWidth);"
            + "d.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();if(r.width===0||r.right<=w+0.5)return;"
            + "for(var a=e.parentElement;a;a=a.parentElement){var s=win.getComputedStyle(a);if(s.overflowX!=='visible'&&a.getBoundingClientRect().right<=w+0.5)return;}"
            + "out.push('wide: '+e.tagName+'.'+e.className+' #'+e.id+' right='+Math.round(r.right)+' '+(e.textContent||'').trim().slice(0,40));});}";

    /**
     * zh: sentences (split at Chinese and Latin sentence ends) with an English word of three or
     * more letters and no Chinese, outside passages marked with another language or not to be
     * translated (ids, versions), code and file names. en: Chinese characters or punctuation outside passages marked {@code lang="zh-CN"}.
     */
    private static final String LANG_JS = "function language(d,out){var zh=d.documentElement.lang.indexOf('zh')===0;"
            + "var walker=d.createTreeWalker(d.body,NodeFilter.SHOW_TEXT);var n;"
            + "while((n=walker.nextNode())){var skip=false;for(var a=n.parentElement;a;a=a.parentElement){"
            + "var l=a.getAttribute('lang');if(l&&(zh?l.indexOf('zh')!==0:l.indexOf('zh')===0)){skip=true;break;}"
            + "if(a.tagName==='CODE'||a.tagName==='STYLE'||a.tagName==='PRE'||a.getAttribute('translate')==='no'||/(^| )(mono|att)( |$)/.test(a.className)){skip=true;break;}}"
            + "if(skip)continue;if(zh){n.textContent.split(/[。；！？\\n]|[.;!?](?:\\s|$)/).forEach(function(s){if(!s)return;"
            + "var words=(s.match(/[A-Za-z]*[a-z]{3,}[A-Za-z]*/g)||[]).filter(function(x){return x!=='AfterCert';});"
            + "if(words.length&&!/[\\u4e00-\\u9fff]/.test(s))out.push('latin: '+s.trim());});}"
            + "else if(/[\\u4e00-\\u9fff\\u3000-\\u303f\\uff01-\\uff5e]/.test(n.textContent))out.push('han: '+n.textContent.trim().slice(0,80));}}";

    private static final String CHECK_JS = REPORT_JS + WIDTH_JS + LANG_JS
            + "var out=[];width(d,w,out);language(d,out);var n=d.getElementById('next-needed')||d.getElementById('kpi-met');"
            + "out.splice(1,0,'decision '+(n?Math.round(n.getBoundingClientRect().bottom)+' '+n.textContent.trim():'missing'));return report(out);";

    /**
     * Every example in both languages at 390 px: the verdict box holds score, grade and the
     * distance to the next grade; nothing is wider than the viewport; the Chinese report has no
     * English sentence, the English report no Chinese outside passages marked as Chinese.
     */
    @Test
    void everyReportAtPhoneWidthHasTheDecisionFirstFitsTheScreenAndKeepsToItsLanguage(@TempDir Path dir) throws Exception {
        Path manufacturer = ReportFixtures.EXAMPLES.resolve("gbt27922/appliance-manufacturer.json");
        List<String> failures = new ArrayList<>();
        for (Path example : ReportFixtures.examples()) {
            for (String lang : List.of("zh", "en")) {
                ReportRequest req = ReportFixtures.request(example, lang);
                String html = new HtmlReportRenderer().renderString(req);
                String[] lines = String.valueOf(browser.evaluate(html, name(example) + "." + lang + ".check", 390, 900, CHECK_JS)).split("\n");
                String[] vs = lines[0].split(" ");
                assertTrue(Integer.parseInt(vs[1]) <= 390, "a phone-width viewport: " + lines[0]);
                if (!vs[1].equals(vs[3])) failures.add(example + " " + lang + ": the page scrolls sideways: " + lines[0]);
                // the decision (distance to the next grade, or the KPI count) is rendered on the phone's first screens
                assertTrue(lines[1].startsWith("decision ") && !lines[1].equals("decision missing"), example + " " + lang + ": " + lines[1]);
                int bottom = Integer.parseInt(lines[1].split(" ")[1]);
                System.out.println(example + " " + lang + ": " + lines[1]);
                if (bottom > 1100) failures.add(example + " " + lang + ": the decision ends at " + bottom + " px on a phone, not on its first screens");
                for (int i = 2; i < lines.length; i++) failures.add(example + " " + lang + ": " + lines[i]);

                int start = html.indexOf("<div class=\"verdict\" id=\"verdict\">");
                assertTrue(start > 0, example + ": verdict box");
                String box = html.substring(start, html.indexOf("<p class=\"small\">", start));
                assertTrue(box.contains("id=\"final-score\">" + req.result().scoreDisplay().toPlainString()
                        + (req.result().rubric().conformance() ? "%" : "") + "</div>"), example + ": score in the box");
                if (req.result().grade() != null) {
                    assertTrue(box.contains("id=\"grade-badge\">" + req.result().grade().label().in(lang)), example + ": grade badge");
                    var next = req.result().nextGrade();
                    if (next != null && next.reachable()) {
                        assertTrue(box.contains("id=\"next-needed\""), example + ": the distance to the next grade is in the verdict box");
                        for (String code : next.items()) {
                            assertTrue(box.contains(">" + code + "</span>"), example + ": next-grade item " + code + " named in the verdict box");
                        }
                    }
                } else {
                    assertTrue(box.contains("id=\"kpi-met\""), example + ": the KPI count is in the index's verdict box");
                }
                if (example.equals(manufacturer)) {
                    // 三星 at 80: 80 − 7655/98 = 185/98 = 1.8877… rounded up to 1.89; the one item is 5.1.5.2
                    assertTrue(box.contains("zh".equals(lang) ? "还需 +1.89 分" : "needs +1.89 points"), lang + ": " + box);
                    assertTrue(box.contains(">5.1.5.2</span>"));
                }
                int chartRows = 0;
                Matcher bars = Pattern.compile("<div class=\"bar-row\">").matcher(html);
                while (bars.find()) chartRows++;
                assertTrue(chartRows >= req.result().groups().stream().filter(g -> g.level() == 1).count(), example + ": one bar per first-level group");
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The rules every page keeps, at desktop and phone width: nothing wider than the viewport, no
     * table cell narrower than two characters, every chart with a text alternative.
     */
    @Test
    void everyReportKeepsThePageRulesAtDesktopAndPhoneWidth() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path example : ReportFixtures.examples()) {
            for (String lang : List.of("zh", "en")) {
                String html = new HtmlReportRenderer().renderString(ReportFixtures.request(example, lang));
                for (int width : new int[] {1280, 390}) problems.addAll(browser.layoutProblems(html, null, name(example) + "." + lang, width));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void injectedScriptsDoNotRun(@TempDir Path dir) throws Exception {
        String dom = String.valueOf(browser.evaluate(new HtmlReportRenderer().renderString(ReportFixtures.request(HtmlReportSafetyTests.hostile(), "zh")),
                "hostile", 1280, 900, "return d.documentElement.outerHTML;"));
        assertTrue(dom.contains("id=\"final-score\""), "the report rendered");
        assertFalse(dom.contains("<p id=\"pwned-"), "an injected payload ran: " + dom.substring(Math.max(0, dom.indexOf("pwned") - 200)));
        assertFalse(dom.contains("<title>pwned"), "an injected payload changed the title");
        assertTrue(dom.contains("&lt;script&gt;document.body.insertAdjacentHTML"), "the payload is visible as text");
    }

    @Test
    void screenshotsOfEveryExampleInBothLanguagesAtDesktopAndPhoneWidth(@TempDir Path dir) throws Exception {
        Files.createDirectories(OUT);
        int shots = 0;
        for (Path example : ReportFixtures.examples()) {
            for (String lang : List.of("zh", "en")) {
                Path html = OUT.resolve(name(example) + "." + lang + ".html");
                Files.writeString(html, new HtmlReportRenderer().renderString(ReportFixtures.request(example, lang)));
                for (int width : new int[] {1280, 390}) {
                    Path png = OUT.resolve(name(example) + "." + lang + "." + width + ".png");
                    int height = width == 390 ? 2600 : 2000;
                    browser.screenshot(html.toAbsolutePath(), width, height, png.toAbsolutePath());
                    assertTrue(Files.size(png) > 30_000, png + ": screenshot looks empty");
                    shots++;
                }
            }
        }
        assertEquals(ReportFixtures.examples().size() * 4, shots);
    }

    @Test
    void printsToA4WithPageNumbersAndARunningHeader(@TempDir Path dir) throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        Assumptions.assumeTrue(Files.isExecutable(pdftotext) || !"1".equals(System.getenv("AFTERCERT_SKIP_PDFTOTEXT")), "pdftotext skipped on request");
        if (!Files.isExecutable(pdftotext)) throw new IllegalStateException("pdftotext not found: install Debian's 'poppler-utils' (as .ci/run does)");
        Files.createDirectories(OUT);
        for (Path example : ReportFixtures.examples()) {
            for (String lang : List.of("zh", "en")) {
                ReportRequest req = ReportFixtures.request(example, lang);
                Path html = dir.resolve(name(example) + "." + lang + ".print.html");
                Files.writeString(html, new HtmlReportRenderer().renderString(req));
                Path pdf = OUT.resolve(name(example) + "." + lang + ".pdf").toAbsolutePath();
                List<String> pages = browser.print(html, pdf);
                assertTrue(Files.size(pdf) > 10_000, pdf + ": PDF looks empty");
                int count = pages.size();
                assertTrue(count >= 2, pdf + ": a report of several pages, got " + count);
                String org = req.result().organization().name();
                String source = Files.readString(html);
                List<String> headings = new ArrayList<>();
                Matcher h = Pattern.compile("<h[23][^>]*>(.*?)</h[23]>").matcher(source);
                while (h.find()) headings.add(h.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim());
                for (int i = 1; i <= count; i++) {
                    // no heading left alone at the foot of a page: the last line (the page number is printed once, at the top) is no heading
                    List<String> lines = pages.get(i - 1).lines().map(x -> x.replaceAll("\\s+", " ").trim()).filter(x -> !x.isEmpty()).toList();
                    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                    assertFalse(headings.contains(last), pdf + " page " + i + ": heading '" + last + "' orphaned at the foot of the page");
                    String page = pages.get(i - 1);
                    String number = "zh".equals(lang) ? "第 " + i + " 页，共 " + count + " 页" : "Page " + i + " of " + count;
                    assertTrue(page.contains(number), pdf + " page " + i + ": '" + number + "' missing:\n" + page.substring(0, Math.min(400, page.length())));
                    assertFalse(page.contains(i + " / " + count), pdf + " page " + i + ": the page number is printed twice");
                    assertTrue(page.contains(org.substring(0, Math.min(6, org.length()))), pdf + " page " + i + ": running header names the company");
                }
            }
        }
    }
}
