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
}
