package io.aftercert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's wording: every key in every language, Chinese punctuation in Chinese, no CJK in English. */
class WordsTests {
    @Test
    void completeAndClean() {
        assertEquals(List.of(), Words.BUNDLE.problems());
    }

    @Test
    void holesAndPatterns() {
        assertEquals("下一等级 四星：还需 3.5 分；", Words.w(Lang.ZH, "summary.nextGradeNeeds", "四星", "3.5"));
        assertEquals("  (weight 40 %)", Words.w(Lang.EN, "summary.weight", "40"));
        assertEquals("conformance 80%  (earned 8 / applicable 10)" + System.lineSeparator(), Words.f(Lang.EN, "summary.conformance.f", "80", "8", "10"));
    }
}
