package io.aftercert.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageWordsTests {
    @Test
    void theShellsWordsAreCompleteInEveryLanguage() {
        assertEquals(List.of(), Pages.WORDS.problems());
    }

    @Test
    void printedPageNumbersReadAsEachLanguageWritesThem() {
        Pages.Head zh = Pages.Head.of("zh", "t", "r");
        // 第 x 页，共 y 页 as CSS strings around counter(page) and counter(pages)
        assertEquals(Pages.cssString("第 "), zh.pageA());
        assertEquals(Pages.cssString(" 页，共 "), zh.pageB());
        assertEquals(Pages.cssString(" 页"), zh.pageC());
        assertEquals("zh-CN", zh.htmlLang());
        Pages.Head en = Pages.Head.of("en", "t", "r");
        assertEquals(Pages.cssString("Page "), en.pageA());
        assertEquals(Pages.cssString(" of "), en.pageB());
        assertEquals(Pages.cssString(""), en.pageC());
        assertEquals("en", Pages.htmlLang("en"));
    }
}
