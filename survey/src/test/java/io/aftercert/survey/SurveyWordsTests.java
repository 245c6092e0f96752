package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyWordsTests {
    @Test
    void everyLanguageIsCompleteAndPunctuatedForItself() {
        assertEquals(List.of(), SurveyWords.BUNDLE.problems());
    }

    @Test
    void holesAreFilledByPositionSoEachLanguageOrdersThemItsOwnWay() {
        // the required count first, the shortfall second: Chinese says them in that order, English the other way round
        assertEquals("按年度判定：距 600 份尚差 100 份", SurveyWords.w(Lang.ZH, "sampleAnnual", "600", "100"));
        assertEquals("Judged over a year: 100 more needed to reach 600", SurveyWords.w(Lang.EN, "sampleAnnual", "600", "100"));
    }

    @Test
    void labelsDropTheirPrefixAndKeepTheirSpaces() {
        assertEquals(": ", SurveyWords.labels(Lang.EN).get("colon"));
        assertEquals("：", SurveyWords.labels(Lang.ZH).get("colon"));
        assertEquals("", SurveyWords.labels(Lang.ZH).get("docSpace"));
        assertEquals(" ", SurveyWords.labels(Lang.EN).get("docSpace"));
    }

    @Test
    void everyRuleHasAFindingSentenceInEveryLanguage() {
        for (Lang l : Lang.values()) {
            for (Rule r : Rule.values()) {
                String s = new Finding(r, 2, "R1", "FN1", "duration_s", "7", 1, 0).describe(l.tag(), 60, 900);
                assertEquals(false, s.isBlank(), r + " " + l);
            }
        }
    }

    @Test
    void theTargetNamesTheMeasureAsTheKpiDashboardDoes() {
        assertEquals("综合满意度不低于 85 分", SurveyWords.w(Lang.ZH, "target", io.aftercert.page.Pages.satisfaction("zh")));
        assertEquals("Overall satisfaction of at least 85", SurveyWords.w(Lang.EN, "target", io.aftercert.page.Pages.satisfaction("en")));
    }
}
