package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.pagetest.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The survey results page in headless Chromium, zh and en: at 1280 and 390 px nothing wider than
 * the screen, no cell narrower than two characters, every chart with a text alternative; printed to
 * A4 with its page number on every page. Screenshots and PDFs go to {@code target/screenshots}.
 */
class SurveyPageTests {
    private static final Path OUT = Path.of(System.getProperty("aftercert.screenshots", "target/screenshots"));

    @Test
    void thePageFitsScreenPhoneAndPaperInBothLanguages() throws Exception {
        Browser browser = Browser.find(null);
        SurveyReport r = SurveyAccumulatorTests.small(100L);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            String html = new String(SurveyHtml.render(r, Questionnaire.standard(), lang), StandardCharsets.UTF_8);
            Browser.Checked c = browser.check(html, "survey", lang, OUT, 2600);
            problems.addAll(c.problems());
            // the first page answers the question: the index, the target and the sample verdict
            String first = c.pages().get(0).replaceAll("\\s+", " ");
            for (String must : "zh".equals(lang) ? List.of("顾客感知调查结果报告", "70.1", "低于 T/GXDSL 244 不低于 85 分的目标", "尚差 496")
                    : List.of("Customer perception survey results", "70.1", "below the T/GXDSL 244 target", "496"))
                if (!first.contains(must)) problems.add(lang + " first page lacks '" + must + "'");
        }
        assertEquals(List.of(), problems);
    }
}
