package io.aftercert.core;

import org.jspecify.annotations.Nullable;
/**
 * One thing wrong with an input, located precisely enough to fix it, said in both languages.
 *
 * @param file the file it was read from, or null for input built in code
 * @param path the JSON path ({@code $.evidence["5.1.2.2"].sample.conforming}), the place in a
 *             workbook ({@code 评分表!E12}) or CSV row
 * @param code the indicator code concerned, or null
 * @param text what is wrong, in words a person understands, in Chinese and English
 *
 * @since 1.0
 */
public record Problem(@Nullable String file, String path, @Nullable String code, Text text) {
    /**
     * Checks the problem.
     *
     * @param file the file it was read from, or null for input built in code
     * @param path the JSON path or place
     * @param code the indicator code concerned, or null
     * @param text what is wrong, in both languages
     * @throws IllegalArgumentException when the text is missing
     */
    public Problem {
        if (text == null) throw new IllegalArgumentException("a problem needs a message");
    }

    /**
     * A problem whose message exists in one wording only (shown in either language as written).
     *
     * @param file    the file it was read from, or null for input built in code
     * @param path    the JSON path or place
     * @param code    the indicator code concerned, or null
     * @param message what is wrong
     * @throws IllegalArgumentException when the message is blank
     */
    public Problem(@Nullable String file, String path, @Nullable String code, String message) {
        this(file, path, code, message == null || message.isBlank() ? null : Text.of(message, message));
    }

    /**
     * A problem said in both languages.
     *
     * @param file the file it was read from, or null for input built in code
     * @param path the JSON path or place
     * @param code the indicator code concerned, or null
     * @param zh   what is wrong, in Chinese
     * @param en   what is wrong, in English
     * @return the problem
     */
    public static Problem of(@Nullable String file, String path, @Nullable String code, String zh, String en) {
        return new Problem(file, path, code, Text.of(zh, en));
    }

    /** {@return what is wrong, in English (the wording of logs, exception messages and the JSON APIs)} */
    public String message() {
        return text.en();
    }

    /**
     * What is wrong, in one language.
     *
     * @param lang the reader's language
     * @return the message
     */
    public String message(Lang lang) {
        return text.in(lang);
    }

    /**
     * The same problem, located in a file (checks that run before the file name is known report none).
     *
     * @param f the file name
     * @return a copy with {@code file} set to {@code f}
     */
    public Problem inFile(String f) {
        return new Problem(f, path, code, text);
    }

    /**
     * The same problem at another place (a JSON path turned into the cell a workbook user sees).
     *
     * @param p the place
     * @return a copy with {@code path} set to {@code p}
     */
    public Problem at(String p) {
        return new Problem(file, p, code, text);
    }

    /** {@code file: $.path [code]: message}, in English. */
    @Override
    public String toString() {
        return toString(Lang.EN);
    }

    /**
     * {@code file: $.path [code]: message} in one language (Chinese puts a full-width colon
     * before the message).
     *
     * @param lang the reader's language
     * @return the line
     */
    public String toString(Lang lang) {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (path != null) sb.append(file != null ? ": " : "").append(place(path, lang));
        if (code != null) sb.append(" [").append(code).append(']');
        if (file != null || path != null || code != null) sb.append(lang == Lang.EN ? ": " : "：");
        return sb.append(text.in(lang)).toString();
    }

    private static final java.util.regex.Pattern LINE_COLUMN = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("(row|byte) (\\d+)( or later)?");
    private static final java.util.regex.Pattern ROW_COLUMN = java.util.regex.Pattern.compile("row (\\d+), column (\\d+)");

    /**
     * A place as the reader reads it: in Chinese {@code line 3, column 5} is {@code 第 3 行第 5 列},
     * {@code row 12} (of a CSV file) {@code 第 12 行}, {@code byte 0} {@code 第 0 字节} and {@code header}
     * {@code 表头}, {@code sheet 回答!AG3} {@code 工作表 回答!AG3}; JSON paths as written.
     */
    private static String place(String path, Lang lang) {
        if (lang == Lang.EN) return path;
        if (path.equals("header")) return "表头";
        if (path.startsWith("sheet ")) return "工作表 " + path.substring("sheet ".length()); // a workbook cell: sheet 回答!AG3
        java.util.regex.Matcher m = LINE_COLUMN.matcher(path);
        if (m.matches()) return "第 " + m.group(1) + " 行第 " + m.group(2) + " 列";
        m = ROW_COLUMN.matcher(path);
        if (m.matches()) return "第 " + m.group(1) + " 行第 " + m.group(2) + " 列";
        m = ROW.matcher(path);
        return m.matches() ? "第 " + m.group(2) + (m.group(1).equals("row") ? " 行" : " 字节") + (m.group(3) == null ? "" : "或其后") : path;
    }
}
