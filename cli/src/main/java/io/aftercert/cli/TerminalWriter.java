package io.aftercert.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the tool prints passes through here, so a name or a CSV value cannot drive the
 * terminal: control characters other than line feed, carriage return and tab (ESC and the rest of
 * C0, DEL, C1) and the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069) are printed as {@code \\u001B}-style escapes. In JSON printed on standard
 * output ({@code --json -}) those characters only occur inside strings, where the escape means
 * the same character, so the document is unchanged for a program reading it.
 */
final class TerminalWriter extends FilterWriter {
    TerminalWriter(Writer out) {
        super(out);
    }

    /** Whether {@code c} is printed escaped. */
    static boolean escaped(char c) {
        if (c == '\n' || c == '\r' || c == '\t') return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@code text} as printed. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped(c)) sb.append(String.format("\\u%04X", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (escaped((char) c)) out.write(escape(String.valueOf((char) c)));
        else out.write(c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        String s = str.substring(off, off + len);
        for (int i = 0; i < s.length(); i++) {
            if (escaped(s.charAt(i))) {
                out.write(escape(s));
                return;
            }
        }
        out.write(s);
    }
}
