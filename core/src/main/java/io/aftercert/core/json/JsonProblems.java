package io.aftercert.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.JsonPath;
import io.aftercert.core.Problem;
import io.aftercert.core.Suggestions;
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
     * One problem for a Jackson failure.
     *
     * @param file the file name used in the problem
     * @param e    the failure
     * @return the problem, located by JSON path when known, else by line and column
     */
    public static Problem problem(String file, JacksonException e) {
        String loc = location(e);
        String where;
        if (e instanceof Json.NumberOutOfBoundsException n) {
            return new Problem(file, n.path(), null, message(e) + (loc == null ? "" : " (" + loc + ")"));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) where = path(m);
        else where = loc;
        boolean syntax = !(e instanceof JsonMappingException || e instanceof Json.NotUtf8Exception
                || e instanceof Json.NumberOutOfBoundsException);
        return new Problem(file, where, null, (syntax ? "not valid JSON: " : "") + message(e));
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
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 0) return null;
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
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
     * @return the message without Jackson's feature names, class names or source excerpts
     */
    public static String message(JacksonException e) {
        if (e instanceof Json.NotUtf8Exception || e instanceof Json.NumberOutOfBoundsException) return e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
            return "unknown field '" + u.getPropertyName() + "'" + Suggestions.didYouMean(u.getPropertyName(), known);
        }
        String m = e.getOriginalMessage();
        if (m == null) m = e.getMessage();
        if (m == null) return "not valid JSON";
        int cut = m.indexOf("\n at [Source");
        if (cut >= 0) m = m.substring(0, cut);
        if (e instanceof InvalidFormatException f && f.getTargetType() == io.aftercert.core.Ratio.class) return m.strip();
        Matcher x;
        if ((x = NON_STANDARD.matcher(m)).find()) {
            return "'" + x.group(1) + "' is not a JSON number: write a number, or leave the field out";
        }
        if (m.contains("getMaxNestingDepth")) return "the JSON is nested deeper than " + Json.MAX_DEPTH + " levels";
        if (m.contains("getMaxNumberLength") || m.contains("Number value length")) return "a number is too long (at most 64 characters)";
        if (m.contains("getMaxStringLength") || m.contains("String value length")) return "a text is too long (at most 1000000 characters)";
        if (m.contains("getMaxDocumentLength") || m.contains("Document length")) {
            return "the file is too large (at most " + Json.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB)";
        }
        if ((x = DUPLICATE.matcher(m)).find()) return "the key '" + x.group(1) + "' appears twice in the same object";
        if (m.startsWith("Trailing token")) return "more content follows the end of the JSON document";
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends too early: a closing }, ] or \" is missing";
        }
        if ((x = UNEXPECTED_CHAR.matcher(m)).find()) {
            int code = Integer.parseInt(x.group(2));
            String ch = code < 32 ? "control character " + code : "'" + x.group(1) + "'";
            String hint = code == '\'' ? " (JSON strings take double quotes)" : code == '/' || code == '#' ? " (JSON has no comments)"
                    : m.contains("expecting double-quote") ? " (a key in double quotes is expected here)" : "";
            return "unexpected " + ch + hint;
        }
        if ((x = UNRECOGNIZED_TOKEN.matcher(m)).find()) {
            String tok = x.group(1);
            int q = tok.indexOf('\'');
            if (q >= 0) tok = tok.substring(0, q);
            return "'" + tok + "' is not a JSON value (text needs double quotes; true, false and null are lower case)";
        }
        if (m.startsWith("Illegal unquoted character")) return "a control character (such as a tab or line break) inside a text must be escaped";
        if (m.startsWith("Unrecognized character escape")) return "a backslash in a text must be doubled (\\\\)";
        if (m.contains("Leading zeroes not allowed") || m.contains("leading zero")) return "a number must not start with 0 (write 7, not 07)";
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return "expected " + expected(mi.getTargetType()) + " here";
        }
        // anything else: without Jackson's class names and source excerpts
        m = m.replace("(for Object starting at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled);", "(");
        int src = m.indexOf("[Source:");
        if (src >= 0) m = m.substring(0, src);
        m = TYPE.matcher(m).replaceAll(r -> expected(r.group(1)));
        return m.strip();
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
