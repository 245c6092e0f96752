package io.aftercert.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bilingual text: the Chinese wording as the source prints it, and an English rendering.
 *
 * @param zh the Chinese text (required)
 * @param en the English text; falls back to {@code zh} when absent
 *
 * @since 1.0
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

    /**
     * A module's wording: one message bundle, a UTF-8 properties file per language beside the code
     * that speaks it ({@code Labels_zh.properties}, {@code Labels_en.properties}), every key in
     * every language. This is the one way product text is kept in two (or more) languages; a third
     * language is one more file per bundle ({@code Labels_zh_Hant.properties}), found by the
     * locale's name and falling back along its parents ({@code zh_Hant}, then {@code zh}), as
     * {@link ResourceBundle} names candidates.
     *
     * <p>Values are plain text with positional holes {@code {0}}, {@code {1}} filled by
     * {@link #format}: no {@link java.text.MessageFormat} quoting, so an English apostrophe is
     * written as itself and numbers arrive already written by {@link Display}.
     *
     * <p>The files are read through the module's own class ({@code name -> Labels.class
     * .getResourceAsStream(name)}), so a named module needs to open nothing.
     */
    public static final class Bundle {
        private static final ResourceBundle.Control NAMES = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        private static final Pattern HOLE = Pattern.compile("\\{(\\d)}");
        private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
        private static final Pattern ASCII_BETWEEN_HAN = Pattern.compile("\\p{IsHan}[,.;:!?()\"]\\s*\\p{IsHan}|\\p{IsHan}\\s*[,.;:!?()\"]\\p{IsHan}");

        private final String name;
        private final Function<String, InputStream> opener;
        private final Map<Locale, Map<String, String>> byLocale = new ConcurrentHashMap<>();

        private Bundle(String name, Function<String, InputStream> opener) {
            this.name = name;
            this.opener = opener;
        }

        /**
         * The bundle {@code name}, read through {@code opener}.
         *
         * @param name the files' base name, relative to the opener ({@code Labels})
         * @param opener opens a file by name, or gives null when there is none; pass
         *         {@code n -> MyClass.class.getResourceAsStream(n)} from the module that holds the files
         * @return the bundle; Chinese and English are read at once, so a missing file fails here
         * @throws IllegalStateException when the Chinese or English file is missing
         */
        public static Bundle of(String name, Function<String, InputStream> opener) {
            Bundle b = new Bundle(name, opener);
            for (Lang l : Lang.values()) {
                if (b.read(NAMES.toBundleName(name, l.locale())) == null) {
                    throw new IllegalStateException(NAMES.toBundleName(name, l.locale()) + ".properties is missing");
                }
                b.all(l.locale());
            }
            return b;
        }

        /** {@return the base name} */
        public String name() {
            return name;
        }

        /**
         * The wording of {@code key} in a language.
         *
         * @param lang the language
         * @param key the key
         * @return the value
         * @throws IllegalArgumentException when no file of the language (or its parents) has the key
         */
        public String get(Lang lang, String key) {
            return get(lang.locale(), key);
        }

        /**
         * The wording of {@code key} for a locale, falling back along its parents.
         *
         * @param locale the locale ({@code zh-Hant} reads {@code _zh_Hant}, then {@code _zh})
         * @param key the key
         * @return the value
         * @throws IllegalArgumentException when no file on the way has the key
         */
        public String get(Locale locale, String key) {
            String v = all(locale).get(key);
            if (v == null) throw new IllegalArgumentException(name + ": no text for key '" + key + "' in " + locale.toLanguageTag());
            return v;
        }

        /**
         * The wording of {@code key} with its holes {@code {0}}, {@code {1}}, … filled in order.
         *
         * @param lang the language
         * @param key the key
         * @param args the values, written with {@link String#valueOf(Object)}
         * @return the text
         */
        public String format(Lang lang, String key, Object... args) {
            return fill(get(lang, key), args);
        }

        /**
         * {@link #format(Lang, String, Object...)} for a locale.
         *
         * @param locale the locale
         * @param key the key
         * @param args the values
         * @return the text
         */
        public String format(Locale locale, String key, Object... args) {
            return fill(get(locale, key), args);
        }

        /**
         * The key in Chinese and English, as a {@link Text}.
         *
         * @param key the key
         * @param args the values for its holes
         * @return the text
         */
        public Text text(String key, Object... args) {
            return Text.of(format(Lang.ZH, key, args), format(Lang.EN, key, args));
        }

        /**
         * Every key and value for a locale, its parents' values under its own.
         *
         * @param locale the locale
         * @return an unmodifiable map
         */
        public Map<String, String> all(Locale locale) {
            return byLocale.computeIfAbsent(locale, this::merge);
        }

        /**
         * {@link #all(Locale)} for a language.
         *
         * @param lang the language
         * @return an unmodifiable map
         */
        public Map<String, String> all(Lang lang) {
            return all(lang.locale());
        }

        /**
         * What is wrong with the files of every {@link Lang}: a key one language has and another
         * lacks, ASCII punctuation between Chinese characters in Chinese, any CJK character in
         * English. A test of each module asserts this is empty.
         *
         * @return the problems, one sentence each; empty when the wording is complete
         */
        public List<String> problems() {
            Set<String> keys = new TreeSet<>();
            for (Lang l : Lang.values()) keys.addAll(all(l).keySet());
            List<String> out = new ArrayList<>();
            for (Lang l : Lang.values()) {
                Map<String, String> m = all(l);
                for (String k : keys) {
                    String v = m.get(k);
                    if (v == null) out.add(name + "_" + l.tag() + ": key '" + k + "' is missing");
                    else if (l == Lang.EN && CJK.matcher(v).find()) out.add(name + "_en: '" + k + "' has CJK text: " + v);
                    else if (l == Lang.ZH && ASCII_BETWEEN_HAN.matcher(v).find()) out.add(name + "_zh: '" + k + "' has ASCII punctuation between Chinese characters: " + v);
                }
            }
            return out;
        }

        private Map<String, String> merge(Locale locale) {
            List<Locale> chain = new ArrayList<>(NAMES.getCandidateLocales(name, locale));
            Collections.reverse(chain); // root first, the locale itself last
            Map<String, String> m = new HashMap<>();
            for (Locale c : chain) {
                Map<String, String> file = read(NAMES.toBundleName(name, c));
                if (file != null) m.putAll(file);
            }
            return Collections.unmodifiableMap(m);
        }

        private Map<String, String> read(String bundleName) {
            try (InputStream in = opener.apply(bundleName + ".properties")) {
                if (in == null) return null;
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> m = new HashMap<>();
                for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
                return m;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String fill(String pattern, Object... args) {
            if (args.length == 0) return pattern;
            Matcher m = HOLE.matcher(pattern);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                int i = m.group(1).charAt(0) - '0';
                if (i >= args.length) throw new IllegalArgumentException("no value for {" + i + "} in: " + pattern);
                m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(args[i])));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        @Override
        public String toString() {
            return "Bundle[" + name + "]";
        }
    }
}
