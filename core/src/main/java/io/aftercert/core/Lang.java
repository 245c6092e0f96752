package io.aftercert.core;

import java.util.Optional;

/**
 * The language a person reads: the one parse of a {@code lang} option or parameter, and the one
 * default, Chinese.
 *
 * <p>Rules: a language is named by its lower-case tag, {@code zh} or {@code en}, exactly as
 * written (no other case, no region, no spaces: {@code EN}, {@code zh-CN} and {@code " en"} are
 * refused, so a typing slip is said rather than silently answered in Chinese). An absent language
 * ({@code null}) is the default, {@link #ZH}. Every module, command and page asks this type, so a
 * third language is one more constant here and its texts.
 *
 * @since 1.0
 */
public enum Lang {
    /** Chinese (simplified), the language of the standards: the default. */
    ZH("zh"),
    /** English. */
    EN("en");

    /** The language used when none is given. */
    public static final Lang DEFAULT = ZH;

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /**
     * {@return the locale whose message bundles hold this language's wording ({@link Text.Bundle}):
     * {@code zh} finds {@code <name>_zh.properties}, {@code en} {@code <name>_en.properties}} A
     * third language, say {@code zh-Hant}, is one more constant whose locale names it, and one more
     * file per bundle; a key its files lack falls back along the locale's parents ({@code zh}).
     */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(tag);
    }

    /** {@return the tag, {@code zh} or {@code en}, as options, JSON and HTML {@code lang} attributes write it} */
    public String tag() {
        return tag;
    }

    /**
     * The language a tag names.
     *
     * @param tag {@code zh} or {@code en} (lower case, exactly), or null for {@link #DEFAULT}
     * @return the language
     * @throws IllegalArgumentException for any other tag; the message says so in both languages
     */
    public static Lang parse(String tag) {
        if (tag == null) return DEFAULT;
        return find(tag).orElseThrow(() -> new IllegalArgumentException(refusal(tag).toString()));
    }

    /**
     * The language a tag names, if it names one (the same rules as {@link #parse}; null names none).
     *
     * @param tag a tag
     * @return the language, or empty
     */
    public static Optional<Lang> find(String tag) {
        for (Lang l : values()) if (l.tag.equals(tag)) return Optional.of(l);
        return Optional.empty();
    }

    /**
     * Why a tag is refused, in both languages (the user's language is the thing not known).
     *
     * @param tag the refused tag
     * @return the message
     */
    public static Text refusal(String tag) {
        String lower = tag == null ? "" : tag.strip().toLowerCase(java.util.Locale.ROOT);
        boolean caseOnly = find(lower).isPresent();
        return Text.of("--lang 只能是" + (caseOnly ? "小写的 zh 或 en（请写 " + lower + "）" : " zh 或 en") + "，不能是“" + tag + "”",
                "--lang must be zh or en" + (caseOnly ? " (lower case): write " + lower : "") + ", not '" + tag + "'");
    }

    /**
     * One of two values by language.
     *
     * @param zh the value for Chinese
     * @param en the value for English
     * @param <T> the type
     * @return {@code zh} for {@link #ZH}, {@code en} for {@link #EN}
     */
    public <T> T pick(T zh, T en) {
        return this == EN ? en : zh;
    }

    @Override
    public String toString() {
        return tag;
    }
}
