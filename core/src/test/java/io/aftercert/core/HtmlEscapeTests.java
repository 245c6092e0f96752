package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEscapeTests {

    @Test
    void markupCharactersBecomeReferences() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;t&#39;&gt;A &amp; B&lt;/a&gt;",
                HtmlEscape.escape("<a href=\"x\" title='t'>A & B</a>"));
        assertEquals("南宁 &amp; 柳州", HtmlEscape.escape("南宁 & 柳州"));
    }

    @Test
    void controlCharactersOtherThanWhitespaceBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\uFFFDc", HtmlEscape.escape("a\u0000b\u001bc"));
        assertEquals("line 1\r\nline 2\tend", HtmlEscape.escape("line 1\r\nline 2\tend"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", HtmlEscape.escape(null));
    }
}
