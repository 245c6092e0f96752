package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.pagetest.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey results page in headless Chromium, zh and en: at 1280 and 390 px nothing wider than
 * the screen, no cell narrower than two characters, every chart with a text alternative; printed to
 * A4 with its page number on every page. Screenshots and PDFs go to {@code target/screenshots}.
 */
class SurveyPageTests {
    private static final Path OUT = Path.of(System.getProperty("aftercert.screenshots", "target/screenshots"));

    @Test
    void thePageFitsScreenPhoneAndPaperInBothLanguages(@TempDir Path dir) throws Exception {
        Browser browser = Browser.find(dir);
        SurveyReport r = SurveyAccumulatorTests.small(100L);
        Files.createDirectories(OUT);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            String html = new String(SurveyHtml.render(r, Questionnaire.standard(), lang), StandardCharsets.UTF_8);
            Path file = OUT.resolve("survey." + lang + ".html");
            Files.writeString(file, html);
            for (int width : new int[] {1280, 390}) {
                problems.addAll(browser.layoutProblems(html, dir, "survey." + lang, width));
                Path page = width == 390 ? Browser.harness(html, dir.resolve("phone." + lang + ".html"), 390, 2600, null) : file;
                browser.run("--window-size=" + width + "," + (width == 390 ? 2600 : 1800),
                        "--screenshot=" + OUT.resolve("survey." + lang + "." + width + ".png").toAbsolutePath(), page.toUri().toString());
            }
            List<String> pages = browser.print(file, OUT.resolve("survey." + lang + ".pdf"));
            assertTrue(!pages.isEmpty(), lang + ": printed");
            for (int i = 1; i <= pages.size(); i++) {
                String number = Browser.pageNumber(lang, i, pages.size());
                if (!pages.get(i - 1).contains(number)) problems.add(lang + " page " + i + ": no '" + number + "'");
            }
            // the first page answers the question: the index, the target and the sample verdict
            String first = pages.get(0).replaceAll("\\s+", " ");
            for (String must : "zh".equals(lang) ? List.of("顾客感知调查结果报告", "70.1", "低于 T/GXDSL 244 不低于 85 分的目标", "尚差 496")
                    : List.of("Customer perception survey results", "70.1", "below the T/GXDSL 244 target", "496"))
                if (!first.contains(must)) problems.add(lang + " first page lacks '" + must + "'");
        }
        assertEquals(List.of(), problems);
    }
}
