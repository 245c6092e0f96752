package io.aftercert.core.internal.html;

import io.aftercert.core.internal.html.HtmlEscape;
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

    @Test
    void textThatCouldReorderItsLineIsIsolated() {
        // U+202E (RIGHT-TO-LEFT OVERRIDE) left open would reverse whatever follows on the line: FSI … PDI ends it (UAX #9, X6a)
        org.junit.jupiter.api.Assertions.assertEquals("\u2068\u202eevil\u2069", HtmlEscape.isolate("\u202eevil"));
        org.junit.jupiter.api.Assertions.assertEquals("\u2068&lt;\u202egpj.exe\u2069", HtmlEscape.escape("<\u202egpj.exe"));
        // right-to-left letters (Hebrew, Arabic) and every other bidi control are isolated too
        for (String s : java.util.List.of("שלום", "مرحبا", "a\u202ab", "a\u202bb", "a\u202cb", "a\u202db", "a\u2066b", "a\u2067b", "a\u2068b",
                "a\u2069b", "a\u200eb", "a\u200fb", "a\u061cb")) {
            org.junit.jupiter.api.Assertions.assertEquals("\u2068" + s + "\u2069", HtmlEscape.isolate(s), s);
        }
        // left-to-right and Chinese text stays as it is (nothing invisible added to what users copy)
        for (String s : java.util.List.of("", "华澜家电（佛山）有限公司", "Müller & Søn", "Ωμέγα", "Привет", "٣")) {
            org.junit.jupiter.api.Assertions.assertSame(s, HtmlEscape.isolate(s), s);
        }
        org.junit.jupiter.api.Assertions.assertNull(HtmlEscape.isolate(null));
    }
}
