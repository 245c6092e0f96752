package io.aftercert.core.internal.html;

/**
 * HTML escaping for text the project's own HTML writers (the HTML report, the KPI dashboard)
 * put into markup: the one implementation both use.
 */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /**
     * {@code s} safe as HTML text and as a quoted attribute value: {@code & < > " '} become
     * character references, and a C0 control character other than tab, line feed and carriage
     * return (a parse error in HTML) becomes U+FFFD. Text that could reorder what stands around it
     * is {@linkplain #isolate isolated}.
     *
     * @param s the text, or null
     * @return the escaped text; the empty string for null
     */
    public static String escape(String s) {
        if (s == null) return "";
        s = isolate(s);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') b.append('\uFFFD');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /**
     * {@code s} isolated from the text around it when it could reorder that text: when it holds a
     * bidirectional control (an override such as U+202E, an embedding, an isolate, a mark) or a
     * right-to-left letter, it is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
     * (U+2068 … U+2069), which is what {@code <bdi>} and {@code dir="auto"} do, and which works
     * in attribute values and in text alike: an override left open inside ends at the U+2069
     * (Unicode Bidirectional Algorithm, rule X6a), so a name cannot reverse the rest of its line.
     * Other text is returned as it is.
     *
     * @param s the text, or null
     * @return the text, isolated where needed; null for null
     */
    public static String isolate(String s) {
        if (s == null) return null;
        for (int i = 0; i < s.length(); i++) {
            if (reorders(s.charAt(i))) return "\u2068" + s + "\u2069";
        }
        return s;
    }

    private static boolean reorders(char c) {
        if (c < '\u0590') return false; // Latin, Greek, Cyrillic …: left-to-right, no controls
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
                || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE || d == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
                || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
