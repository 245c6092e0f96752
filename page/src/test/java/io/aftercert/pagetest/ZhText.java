package io.aftercert.pagetest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of Chinese text on every page a person reads: no ASCII comma between Chinese
 * characters, no doubled sentence punctuation ({@code 。）。}, {@code 。（+2.18）。}, {@code 。。}),
 * no English word outside codes, ids, file names, options and quoted evidence.
 */
public final class ZhText {
    private ZhText() {
    }

    private static final Pattern ASCII_COMMA = Pattern.compile("\\p{IsHan}[ ]?[,;:][ ]?\\p{IsHan}");
    private static final Pattern DOUBLED = Pattern.compile("[。！？；][）)」』]?[。！？；，]|[。！？]（[^（）]*）[。！？]|，，|、、");
    /** Words allowed in Chinese text: the product, standards' and units' own spellings. */
    private static final Pattern ALLOWED = Pattern.compile(
            "“[^”]*”|‘[^’]*’|《[^》]*》|AfterCert|--[a-z][a-z-]*|[\\w.-]+\\.(?:csv|json|xlsx|html|pdf)(?![A-Za-z])"
                    + "|(?<![A-Za-z0-9_])[A-Za-z0-9]*[_\\d][A-Za-z0-9_]*(?![A-Za-z0-9_])|(?<![A-Za-z])[A-Z][A-Z/]+(?![A-Za-z])"
                    + "|\\d+\\.\\d+\\.\\d+-SNAPSHOT|Likert");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    /** The text a reader sees in {@code html}: no head, styles, tags or attributes; entities decoded; user data (notes, evidence, names marked {@code translate="no"}) left out. */
    public static String visibleText(String html) {
        String body = html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<style>.*?</style>", "")
                // evidence and notes quoted from the user's own files, and passages marked as another language
                .replaceAll("(?s)<(\\w+)[^>]*class=\"[^\"]*\\b(?:note|evnote|mono|att|val)\\b[^\"]*\"[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<(\\w+)[^>]*lang=\"en\"[^>]*>.*?</\\1>", " ")
                // names from the user's data (regions, organisations) marked not to be translated
                .replaceAll("(?s)<(\\w+)[^>]*translate=\"no\"[^>]*>.*?</\\1>", " ");
        return body.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replaceAll("[ \\t\\x0B\\f\\r]+", " ");
    }

    /** What {@code text} breaks of the rules: one line per problem, with a little context. */
    public static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ASCII_COMMA.matcher(text);
        while (m.find()) out.add("ASCII punctuation between Chinese characters: " + around(text, m.start(), m.end()));
        m = DOUBLED.matcher(text);
        while (m.find()) out.add("doubled punctuation: " + around(text, m.start(), m.end()));
        String rest = ALLOWED.matcher(text).replaceAll(" ");
        m = WORD.matcher(rest);
        while (m.find()) out.add("English word '" + m.group() + "': " + around(rest, m.start(), m.end()));
        return out;
    }

    private static String around(String s, int a, int b) {
        return s.substring(Math.max(0, a - 20), Math.min(s.length(), b + 20)).replace('\n', ' ').trim();
    }
}
