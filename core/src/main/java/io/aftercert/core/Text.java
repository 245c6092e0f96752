package io.aftercert.core;

import java.util.Objects;

/**
 * Bilingual text: the Chinese wording as the source prints it, and an English rendering.
 *
 * @param zh the Chinese text (required)
 * @param en the English text; falls back to {@code zh} when absent
 */
public record Text(String zh, String en) {
    public Text {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("Chinese text must not be blank (en: " + en + ")");
        }
        if (en == null || en.isBlank()) {
            en = zh;
        }
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** The text in {@code lang} ({@code "zh"} or {@code "en"}). */
    public String in(String lang) {
        return "en".equals(lang) ? en : zh;
    }

    @Override
    public String toString() {
        return Objects.equals(zh, en) ? zh : zh + " (" + en + ")";
    }
}
