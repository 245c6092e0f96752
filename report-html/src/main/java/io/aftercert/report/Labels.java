package io.aftercert.report;

import io.aftercert.core.Lang;
import io.aftercert.core.Text;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Report wording in Chinese (default) and English, each language complete in itself: the message
 * bundle {@code Labels_<lang>.properties} ({@link Text.Bundle}). Keys without a dot are the
 * report's labels; {@code conformance.*} a conformance checklist's own wording; {@code term.*}
 * organisation kinds and deduction categories by id.
 */
final class Labels {
    private Labels() {
    }

    static Map<String, String> of(String lang) {
        return BASE.get(Lang.parse(lang));
    }

    /**
     * The wording for a result of {@code kind}: the labels of {@link #of(String)}, with those that
     * name the result (title, score label, charts, method, disclaimer) replaced for a conformance
     * checklist, which reads as 符合率 / conformance rather than a quality index.
     */
    static Map<String, String> of(String lang, io.aftercert.core.model.ResultKind kind) {
        if (kind != io.aftercert.core.model.ResultKind.CONFORMANCE) return of(lang);
        Map<String, String> m = new HashMap<>(of(lang));
        m.putAll(CONFORMANCE.get(Lang.parse(lang)));
        return m;
    }

    /** Units of the rubrics' metric indicators in {@code lang} (one table for the report and the CLI: {@link io.aftercert.core.internal.text.Units}). */
    static String unit(String unit, String lang) {
        return io.aftercert.core.internal.text.Units.in(unit, lang);
    }

    /** Organisation kinds and deduction categories by id. */
    static String term(String id, String lang) {
        if (id == null) return null;
        Map<String, String> m = TERMS.get(Lang.parse(lang));
        String t = m.get(id);
        if (t != null) return t;
        // an id this report does not know: shown as given, unless it is English in the Chinese report
        return "en".equals(lang) || !Html.isEnglish(id) ? id : null;
    }

    private static final Text.Bundle WORDS = Text.Bundle.of("Labels", n -> Labels.class.getResourceAsStream(n));
    private static final Map<Lang, Map<String, String>> BASE = split("");
    private static final Map<Lang, Map<String, String>> CONFORMANCE = split("conformance.");
    private static final Map<Lang, Map<String, String>> TERMS = split("term.");

    /** {@return the report's message bundle, {@code Labels_<lang>.properties}} */
    static Text.Bundle words() {
        return WORDS;
    }

    /** The keys under {@code prefix} (none: the keys without a dot), the prefix taken off, per language. */
    private static Map<Lang, Map<String, String>> split(String prefix) {
        Map<Lang, Map<String, String>> out = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, String> m = new HashMap<>();
            WORDS.all(lang).forEach((k, v) -> {
                if (prefix.isEmpty() ? k.indexOf('.') < 0 : k.startsWith(prefix)) m.put(k.substring(prefix.length()), v);
            });
            out.put(lang, Map.copyOf(m));
        }
        return out;
    }
}
