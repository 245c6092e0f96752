package io.aftercert.core;

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
     * return (a parse error in HTML) becomes U+FFFD.
     *
     * @param s the text, or null
     * @return the escaped text; the empty string for null
     */
    public static String escape(String s) {
        if (s == null) return "";
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
}
