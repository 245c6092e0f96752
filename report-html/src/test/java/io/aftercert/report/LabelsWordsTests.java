package io.aftercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's wording is complete in every language, with Chinese punctuation in Chinese and no CJK in English. */
class LabelsWordsTests {
    @Test
    void everyKeyInEveryLanguageAndCleanPunctuation() {
        assertEquals(List.of(), Labels.words().problems());
    }

    @Test
    void theThreePartsOfTheBundleAreSplitByPrefix() {
        assertEquals("Conformance", Labels.of("en", io.aftercert.core.model.ResultKind.CONFORMANCE).get("qualityIndex"));
        assertEquals("服务质量指数", Labels.of("zh").get("qualityIndex"));
        assertEquals("贸易型企业", Labels.term("trader", "zh"));
        assertEquals(null, Labels.of("zh").get("term.trader"));
    }

    @Test
    void aThirdLanguageIsOneFile() {
        // Labels_zh_Hant.properties exists only among the test resources: adding it is all a new language takes
        java.util.Locale hant = java.util.Locale.forLanguageTag("zh-Hant");
        assertEquals("售後服務認證準備度報告", Labels.words().get(hant, "reportTitle"));
        assertEquals("評價結論", Labels.words().get(hant, "verdict"));
        assertEquals("评价日期", Labels.words().get(hant, "assessedOn"), "a key the file lacks comes from zh");
        assertEquals("售后服务认证准备度报告", Labels.of("zh").get("reportTitle"), "Chinese itself is untouched");
    }
}
