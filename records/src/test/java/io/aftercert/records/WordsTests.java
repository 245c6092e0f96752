package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records' wording: complete in every language, clean punctuation, rule names in one place. */
class WordsTests {
    @Test
    void bundlesAreCompleteAndClean() {
        assertEquals(List.of(), KpiDashboardText.words().problems());
        assertEquals(List.of(), DataQualityFinding.WORDS.problems());
    }

    @Test
    void ruleNamesComeFromOnePlace() {
        assertEquals("完整性", DataQualityFinding.ruleName("completeness", Lang.ZH));
        assertEquals("range", DataQualityFinding.ruleName("range", Lang.EN));
        assertEquals("novel", DataQualityFinding.ruleName("novel", Lang.ZH), "an unknown rule shows its id");
        assertEquals("逻辑（时间先后、重复工单、引用）", new KpiDashboardText("zh").rule("logic"));
        assertEquals("Completeness (required field empty)", new KpiDashboardText("en").rule("completeness"));
        assertEquals("Range", new KpiDashboardText("en").rule("range"));
        assertEquals("novel", new KpiDashboardText("en").rule("novel"));
    }

    @Test
    void reasonsReadTheirCode() {
        assertEquals("earlier than requested_at", DataQualityFinding.Reason.BEFORE_REQUESTED.text(Lang.EN));
        assertEquals("不是 1 至 5 的整数", DataQualityFinding.Reason.of("not-1-to-5").text("zh"));
    }
}
