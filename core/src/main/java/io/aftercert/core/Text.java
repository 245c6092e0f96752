package io.aftercert.core;

import java.util.Objects;

/**
 * Bilingual text: the Chinese wording as the source prints it, and an English rendering.
 *
 * @param zh the Chinese text (required)
 * @param en the English text; falls back to {@code zh} when absent
 */
public record Text(String zh, String en) {
    /**
     * Checks the Chinese text and fills a missing English one with it.
     *
     * @param zh the Chinese text (required)
     * @param en the English text; falls back to {@code zh} when absent
     * @throws IllegalArgumentException when {@code zh} is null or blank
     */
    public Text {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("Chinese text must not be blank (en: " + en + ")");
        }
        if (en == null || en.isBlank()) {
            en = zh;
        }
    }

    /**
     * Same as the constructor.
     *
     * @param zh the Chinese text (required)
     * @param en the English text, or null for {@code zh}
     * @return the text
     * @throws IllegalArgumentException when {@code zh} is null or blank
     */
    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /**
     * The text in one language.
     *
     * @param lang the language
     * @return the English text for {@link Lang#EN}, the Chinese text for {@link Lang#ZH}
     */
    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    /**
     * The text in the language a tag names ({@link Lang#parse}: {@code zh}, {@code en}, or null for
     * the default, Chinese).
     *
     * @param lang {@code "zh"}, {@code "en"} or null
     * @return the text in that language
     * @throws IllegalArgumentException for any other tag (never silently Chinese for {@code "EN"})
     */
    public String in(String lang) {
        return in(Lang.parse(lang));
    }

    @Override
    public String toString() {
        return Objects.equals(zh, en) ? zh : zh + " (" + en + ")";
    }
}
