package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crosswalk's wording: every key in every language, Chinese punctuation in Chinese, no CJK in English. */
class CrosswalkWordsTests {
    @Test
    void completeAndClean() {
        assertEquals(List.of(), CrosswalkHtml.WORDS.problems());
    }

    @Test
    void countsAgreeInNumber() {
        assertEquals("1 item", CrosswalkHtml.w(Lang.EN, "items.one", 1));
        assertEquals("剩余工作：待确认 2 项，无证据 3 项", CrosswalkHtml.w(Lang.ZH, "workLeft", "2 项", 3, 2));
    }
}
