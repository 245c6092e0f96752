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
     * @param lang {@code "zh"} or {@code "en"}
     * @return the English text for {@code "en"}, the Chinese text for anything else
     */
    public String in(String lang) {
        return "en".equals(lang) ? en : zh;
    }

    @Override
    public String toString() {
        return Objects.equals(zh, en) ? zh : zh + " (" + en + ")";
    }
}
