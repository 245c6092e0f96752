package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Message bundles: a file per language, holes filled in order, a third language by a file alone. */
class TextBundleTests {
    private static Text.Bundle sample() {
        return Text.Bundle.of("Sample", n -> TextBundleTests.class.getResourceAsStream(n));
    }

    @Test
    void eachLanguageReadsItsOwnFile() {
        Text.Bundle b = sample();
        assertEquals("你好，王。", b.format(Lang.ZH, "greeting", "王"));
        assertEquals("Hello, Wang's desk.", b.format(Lang.EN, "greeting", "Wang"));
        assertEquals(" answers", b.get(Lang.EN, "unit"), "an escaped leading space is kept");
        assertEquals(Text.of("份", " answers"), b.text("unit"));
        assertEquals("Sample", b.name());
    }

    @Test
    void aThirdLanguageIsAFileFallingBackToItsParent() {
        Text.Bundle b = sample();
        Locale hant = Locale.forLanguageTag("zh-Hant");
        assertEquals("妳好，李。", b.format(hant, "greeting", "李"), "the zh_Hant file is used");
        assertEquals("简体", b.get(hant, "onlyZh"), "a key it lacks comes from zh");
        assertEquals("你好，李。", b.format(Lang.ZH, "greeting", "李"), "zh itself is untouched");
    }

    @Test
    void holesAreFilledLiterallyAndAMissingValueIsSaid() {
        assertEquals("a $1 \\ b {x}", Text.Bundle.fill("a {0} {1} {x}", "$1", "\\ b"));
        assertEquals("{0} stays without values", Text.Bundle.fill("{0} stays without values"));
        assertThrows(IllegalArgumentException.class, () -> Text.Bundle.fill("{0} {1}", "one"));
    }

    @Test
    void anUnknownKeyOrAMissingFileIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample().get(Lang.EN, "nope"));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Text.Bundle.of("Absent", n -> TextBundleTests.class.getResourceAsStream(n)));
    }

    @Test
    void problemsNameMissingKeysPunctuationAndChineseInEnglish() {
        assertEquals(List.of(), sample().problems());
        Text.Bundle broken = Text.Bundle.of("Broken", n -> TextBundleTests.class.getResourceAsStream(n));
        assertEquals(List.of(
                "Broken_zh: 'a' has ASCII punctuation between Chinese characters: 甲,乙",
                "Broken_en: 'b' has CJK text: good（好）",
                "Broken_en: key 'c' is missing"), broken.problems());
    }

    @Test
    void eachLanguageHasItsLocale() {
        assertEquals(Locale.forLanguageTag("zh"), Lang.ZH.locale());
        assertEquals(Locale.ENGLISH, Lang.EN.locale());
    }
}
