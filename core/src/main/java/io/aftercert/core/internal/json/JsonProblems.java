package io.aftercert.core.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.Lang;
import io.aftercert.core.Text;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.input.Suggestions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into a JSON path (or line and column) and a message in the user's
 * terms: no Jackson feature names, class names, constraint getters or redacted sources.
 */
public final class JsonProblems {
    private JsonProblems() {
    }

    /**
     * The input problem a Jackson failure while reading {@code file} amounts to.
     *
     * @param summary the exception's summary ({@code invalid evidence file ev.json})
     * @param file    the file name used in the problem
     * @param e       the failure
     * @return an exception with the one {@link #problem problem}, ready to throw
     */
    public static InvalidInputException invalid(String summary, String file, JacksonException e) {
        return new InvalidInputException(summary, List.of(problem(file, e)));
    }

    /**
     * {@link #invalid(String, String, JacksonException)} with a summary in both languages.
     *
     * @param summary the exception's summary
     * @param file    the file name used in the problem
     * @param e       the failure
     * @return an exception with the one {@link #problem problem}, ready to throw
     */
    public static InvalidInputException invalid(Text summary, String file, JacksonException e) {
        return new InvalidInputException(summary, List.of(problem(file, e)));
    }

    /**
     * One problem for a Jackson failure.
     *
     * @param file the file name used in the problem
     * @param e    the failure
     * @return the problem, located by JSON path when known, else by line and column
     */
    public static Problem problem(String file, JacksonException e) {
        String loc = location(e);
        String where;
        Text t = text(e);
        if (e instanceof NumberOutOfBoundsException n) {
            return Problem.of(file, n.path(), null, t.zh() + (loc == null ? "" : "（" + location(e, Lang.ZH) + "）"),
                    t.en() + (loc == null ? "" : " (" + loc + ")"));
        }
        boolean mapped = e instanceof JsonMappingException m && !m.getPath().isEmpty();
        where = mapped ? path((JsonMappingException) e) : loc;
        boolean syntax = !(e instanceof JsonMappingException || e instanceof NotUtf8Exception
                || e instanceof NumberOutOfBoundsException);
        return Problem.of(file, where, null, (syntax ? "不是有效的 JSON：" : "") + t.zh(), (syntax ? "not valid JSON: " : "") + t.en());
    }

    /**
     * The JSON path a mapping failure points at.
     *
     * @param e the failure
     * @return the path in this project's form ({@code $.evidence["5.1.2.2"].sample}); {@code $} when unknown
     */
    public static String path(JsonMappingException e) {
        String p = JsonPath.ROOT;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) p = JsonPath.field(p, r.getFieldName());
            else if (r.getIndex() >= 0) p = JsonPath.index(p, r.getIndex());
        }
        return p;
    }

    /**
     * Where in the text a failure happened.
     *
     * @param e the failure
     * @return {@code "line L, column C"}, or null when the location is unknown
     */
    public static String location(JacksonException e) {
        return location(e, Lang.EN);
    }

    /**
     * Where in the text a failure happened, in one language.
     *
     * @param e    the failure
     * @param lang the reader's language
     * @return {@code "line L, column C"} or {@code "第 L 行第 C 列"}, or null when the location is unknown
     */
    public static String location(JacksonException e, Lang lang) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 0) return null;
        return lang == Lang.EN ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                : "第 " + loc.getLineNr() + " 行第 " + loc.getColumnNr() + " 列";
    }

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)[^)]*\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.{0,40})");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{0,80})'");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern TYPE = Pattern.compile("`([\\w.$]+)`");

    /**
     * What is wrong, in the user's terms.
     *
     * @param e the failure
     * @return the message without Jackson's feature names, class names or source excerpts (English)
     */
    public static String message(JacksonException e) {
        return text(e).en();
    }

    /**
     * What is wrong, in the user's terms, in both languages.
     *
     * @param e the failure
     * @return the message without Jackson's feature names, class names or source excerpts
     */
    // by design: one ordered table of Jackson failures to the user's words, read top down; the first match wins
    public static Text text(JacksonException e) {
        if (e instanceof NumberOutOfBoundsException n) return Text.of(n.messageZh(), n.getOriginalMessage());
        if (e instanceof NotUtf8Exception) {
            String m = e.getOriginalMessage();
            return Text.of(Encodings.zh(m), m);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
            return Text.of("未知字段“" + u.getPropertyName() + "”" + Suggestions.didYouMean(u.getPropertyName(), known, Lang.ZH),
                    "unknown field '" + u.getPropertyName() + "'" + Suggestions.didYouMean(u.getPropertyName(), known));
        }
        String m = e.getOriginalMessage();
        if (m == null) m = e.getMessage();
        if (m == null) return Text.of("不是有效的 JSON", "not valid JSON");
        int cut = m.indexOf("\n at [Source");
        if (cut >= 0) m = m.substring(0, cut);
        if (e instanceof InvalidFormatException f && f.getTargetType() == io.aftercert.core.Ratio.class) {
            return Text.of("不是可用的数字：" + (f.getValue() instanceof NumberFormatException n ? io.aftercert.core.internal.input.NumberBounds.zh(n) : m.strip()), m.strip());
        }
        Matcher x;
        if ((x = NON_STANDARD.matcher(m)).find()) {
            return Text.of("“" + x.group(1) + "”不是 JSON 数字：请写数字，或去掉该字段",
                    "'" + x.group(1) + "' is not a JSON number: write a number, or leave the field out");
        }
        if (m.contains("getMaxNestingDepth")) {
            return Text.of("JSON 嵌套超过 " + SharedMapper.MAX_DEPTH + " 层", "the JSON is nested deeper than " + SharedMapper.MAX_DEPTH + " levels");
        }
        if (m.contains("getMaxNumberLength") || m.contains("Number value length")) {
            return Text.of("数字过长（最多 64 个字符）", "a number is too long (at most 64 characters)");
        }
        if (m.contains("getMaxStringLength") || m.contains("String value length")) {
            return Text.of("文本过长（最多 1000000 个字符）", "a text is too long (at most 1000000 characters)");
        }
        if (m.contains("getMaxDocumentLength") || m.contains("Document length")) {
            long mib = SharedMapper.MAX_DOCUMENT_BYTES / (1024 * 1024);
            return Text.of("文件过大（最大 " + mib + " MiB）", "the file is too large (at most " + mib + " MiB)");
        }
        if ((x = DUPLICATE.matcher(m)).find()) {
            return Text.of("同一对象中键“" + x.group(1) + "”出现了两次", "the key '" + x.group(1) + "' appears twice in the same object");
        }
        if (m.equals("the file is empty")) return Text.of("文件是空的", m);
        if (m.equals("more content follows the end of the JSON document")) return Text.of("JSON 文档结束后还有内容", m);
        if (m.startsWith("Trailing token")) return Text.of("JSON 文档结束后还有内容", "more content follows the end of the JSON document");
        if (m.startsWith("Unexpected end-of-input")) {
            return Text.of("文件提前结束：缺少 }、] 或 \"", "the file ends too early: a closing }, ] or \" is missing");
        }
        if ((x = UNEXPECTED_CHAR.matcher(m)).find()) {
            int code = Integer.parseInt(x.group(2));
            String ch = code < 32 ? "control character " + code : "'" + x.group(1) + "'";
            String chZh = code < 32 ? "控制字符 " + code : "“" + x.group(1) + "”";
            String hint = code == '\'' ? " (JSON strings take double quotes)" : code == '/' || code == '#' ? " (JSON has no comments)"
                    : m.contains("expecting double-quote") ? " (a key in double quotes is expected here)" : "";
            String hintZh = code == '\'' ? "（JSON 文本用双引号）" : code == '/' || code == '#' ? "（JSON 不能有注释）"
                    : m.contains("expecting double-quote") ? "（此处应为双引号括起的键）" : "";
            return Text.of("意外的" + chZh + hintZh, "unexpected " + ch + hint);
        }
        if ((x = UNRECOGNIZED_TOKEN.matcher(m)).find()) {
            String tok = x.group(1);
            int q = tok.indexOf('\'');
            if (q >= 0) tok = tok.substring(0, q);
            return Text.of("“" + tok + "”不是 JSON 值（文本要加双引号；true、false 和 null 为小写）",
                    "'" + tok + "' is not a JSON value (text needs double quotes; true, false and null are lower case)");
        }
        if (m.startsWith("Illegal unquoted character")) {
            return Text.of("文本中的控制字符（如制表符或换行）须转义", "a control character (such as a tab or line break) inside a text must be escaped");
        }
        if (m.startsWith("Unrecognized character escape")) {
            return Text.of("文本中的反斜杠须写两次（\\\\）", "a backslash in a text must be doubled (\\\\)");
        }
        if (m.contains("Leading zeroes not allowed") || m.contains("leading zero")) {
            return Text.of("数字不能以 0 开头（写 7，不要写 07）", "a number must not start with 0 (write 7, not 07)");
        }
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return Text.of("此处应为" + expectedZh(expected(mi.getTargetType())), "expected " + expected(mi.getTargetType()) + " here");
        }
        // anything else: without Jackson's class names and source excerpts
        m = m.replace("(for Object starting at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled);", "(");
        int src = m.indexOf("[Source:");
        if (src >= 0) m = m.substring(0, src);
        m = TYPE.matcher(m).replaceAll(r -> expected(r.group(1)));
        return Text.of("不是可用的 JSON：" + m.strip(), m.strip());
    }

    private static String expectedZh(String en) {
        return switch (en) {
            case "a number" -> "数字";
            case "a whole number" -> "整数";
            case "true or false" -> " true 或 false";
            case "a text in double quotes" -> "双引号括起的文本";
            case "an array" -> "数组";
            case "a date like 2026-11-01" -> "日期，如 2026-11-01";
            default -> "对象";
        };
    }

    private static String expected(Class<?> type) {
        return expected(type.getName());
    }

    private static String expected(String type) {
        if (type.endsWith("Ratio") || type.endsWith("BigDecimal") || type.equals("double") || type.equals("java.lang.Double")) return "a number";
        if (type.equals("int") || type.equals("long") || type.endsWith("Integer") || type.endsWith("Long")) return "a whole number";
        if (type.equals("boolean") || type.endsWith("Boolean")) return "true or false";
        if (type.endsWith("String")) return "a text in double quotes";
        if (type.startsWith("java.util.List") || type.endsWith("[]") || type.startsWith("[")) return "an array";
        if (type.endsWith("LocalDate")) return "a date like 2026-11-01";
        return "an object";
    }
}
