package io.aftercert.survey;

import io.aftercert.core.Lang;
import io.aftercert.core.Text;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The survey's wording: the message bundle {@code SurveyWords_<lang>.properties} ({@link Text.Bundle}).
 * {@code label.*} are the page's labels, {@code finding.*} a data-quality finding by rule (the
 * constant's name), the other keys the page's sentences with holes {@code {0}}, {@code {1}}, ….
 */
final class SurveyWords {
    private SurveyWords() {
    }

    static final Text.Bundle BUNDLE = Text.Bundle.of("SurveyWords", n -> SurveyWords.class.getResourceAsStream(n));
    private static final Map<Lang, Map<String, String>> LABELS = labels();

    /** The text of {@code key} in {@code lang}, its holes filled in order. */
    static String w(Lang lang, String key, Object... args) {
        return BUNDLE.format(lang, key, args);
    }

    /** The page's labels in {@code lang}, the {@code label.} prefix taken off. */
    static Map<String, String> labels(Lang lang) {
        return LABELS.get(lang);
    }

    private static Map<Lang, Map<String, String>> labels() {
        Map<Lang, Map<String, String>> out = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, String> m = new HashMap<>();
            BUNDLE.all(lang).forEach((k, v) -> {
                if (k.startsWith("label.")) m.put(k.substring("label.".length()), v);
            });
            out.put(lang, Map.copyOf(m));
        }
        return out;
    }
}
