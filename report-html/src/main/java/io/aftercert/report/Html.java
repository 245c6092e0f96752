package io.aftercert.report;

import io.aftercert.core.internal.html.HtmlEscape;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping and language marking for text the template prints unescaped ({@code {{{…}}}}): the
 * only place the report turns text into markup. Everything is HTML-escaped first; then passages
 * in the other language are wrapped in a {@code span} with their own {@code lang}.
 */
final class Html {
    private static final Pattern CJK_RUN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef][\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef\\s\\d·、—…“”‘’（）()]*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]*[a-z]{3,}");

    private Html() {
    }

    static String escape(String s) {
        return HtmlEscape.escape(s);
    }

    static boolean hasHan(String s) {
        return s != null && HAN.matcher(s).find();
    }

    /** True when the text has no Chinese and an English word: a passage in English. */
    static boolean isEnglish(String s) {
        return s != null && !hasHan(s) && ENGLISH_WORD.matcher(s).find();
    }

    /**
     * Escaped text for a report in {@code lang}: in the English report every run of Chinese is
     * marked {@code lang="zh-CN"}; in the Chinese report a passage with no Chinese but English
     * words is marked {@code lang="en"}.
     */
    static String text(String s, String lang) {
        if (s == null) return null;
        if ("en".equals(lang)) {
            if (!hasHan(s)) return escape(s);
            Matcher m = CJK_RUN.matcher(s);
            StringBuilder b = new StringBuilder();
            int at = 0;
            while (m.find()) {
                b.append(escape(s.substring(at, m.start())));
                String run = m.group();
                String trimmed = run.stripTrailing();
                b.append("<span lang=\"zh-CN\">").append(escape(trimmed)).append("</span>").append(escape(run.substring(trimmed.length())));
                at = m.end();
            }
            return b.append(escape(s.substring(at))).toString();
        }
        return isEnglish(s) ? "<span lang=\"en\">" + escape(s) + "</span>" : escape(s);
    }
}
