package io.aftercert.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PagesTests {
    @Test
    void aPageExtendsTheShellAndItsValuesAreEscaped() {
        String html = Pages.render(Pages.compile(PagesTests.class, "sample.mustache"),
                Map.of("head", Pages.Head.of("zh", "标题", "某公司 · 报告"), "value", "<b>x</b>\u202Eab"));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html);
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:;"));
        assertTrue(html.contains("<title>标题</title>"));
        assertTrue(html.contains(".own { color: red; }"), "the page's own rules");
        assertTrue(html.contains("\"Noto Sans CJK SC\""), "the CJK font stack");
        // 第 = U+7B2C, 页 = U+9875, ， = U+FF0C, 共 = U+5171
        assertTrue(html.contains("content: \"\\7b2c  \" counter(page) \" \\9875 \\ff0c \\5171  \" counter(pages) \" \\9875 \";"), html);
        // the markup is text, and the value holding a right-to-left override is isolated (U+2068 … U+2069)
        assertTrue(html.contains("<p id=\"v\">\u2068&lt;b&gt;x&lt;/b&gt;\u202Eab\u2069</p>"), html);
    }

    @Test
    void aPageServedWithItsOwnScriptSetsItsPolicyAndHeadElements() {
        String html = Pages.render(Pages.compile(PagesTests.class, "sample-scripted.mustache"), Map.of("head", Pages.Head.of("en", "T", "R")));
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\">"), html);
        assertTrue(html.contains("<title>T</title>\n<script src=\"/s.js\" defer></script>"), html);
        String plain = Pages.render(Pages.compile(PagesTests.class, "sample.mustache"), Map.of("head", Pages.Head.of("en", "T", "R"), "value", "v"));
        assertTrue(plain.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"), plain);
        assertFalse(plain.contains("<script"), plain);
    }

    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("0", Pages.count(0));
        assertEquals("999", Pages.count(999));
        assertEquals("1,000", Pages.count(1000));
        assertEquals("-12,345,678", Pages.count(-12_345_678));
    }

    @Test
    void cssStringsEscapeAllButLettersDigitsAndSpace() {
        assertEquals("\"Page \"", Pages.cssString("Page "));
        assertEquals("\"a\\22 b\\5c \"", Pages.cssString("a\"b\\"));
    }
}
