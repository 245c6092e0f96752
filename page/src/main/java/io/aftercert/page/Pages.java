package io.aftercert.page;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.aftercert.core.Lang;
import io.aftercert.core.Text;
import io.aftercert.core.internal.html.HtmlEscape;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The one page system of AfterCert's HTML pages. A page is a Mustache template of its own module
 * that extends the shell ({@code {{<page-shell}}…{{/page-shell}}}) and fills its blocks:
 * {@code css} (the page's own rules, after the base styles) and {@code main} (the content). A page
 * served with a script of its own (the server's web pages) may also fill {@code csp} (the policy,
 * by default the strict one below) and {@code headExtra} (elements after the title).
 * The shell writes the head (UTF-8, a Content-Security-Policy that allows inline styles and
 * {@code data:} images only, the viewport), the CJK font stack, base, phone and chart styles and
 * the print rules (A4, a running header, "第 x 页，共 y 页" / "Page x of y"); its scope is a
 * {@link Head} (named {@code head}) beside the page's own model.
 *
 * <p>Every value is HTML-escaped by {@link HtmlEscape#escape} (bidi isolation included).
 */
public final class Pages {
    private Pages() {
    }

    /**
     * What the shell needs of a page.
     *
     * @param htmlLang      {@code zh-CN} or {@code en}
     * @param title         the document title
     * @param runningHeader the print header as a CSS string (see {@link #cssString})
     * @param pageA         CSS string before the page number
     * @param pageB         between the page number and the page count
     * @param pageC         after the page count
     */
    public record Head(String htmlLang, String title, String runningHeader, String pageA, String pageB, String pageC) {
        /** The head of a page in {@code lang} ({@code zh} or {@code en}) with {@code title} and a running header. */
        public static Head of(String lang, String title, String runningHeader) {
            Lang in = Lang.parse(lang);
            return new Head(WORDS.get(in, "htmlLang"), title, cssString(runningHeader), cssString(WORDS.get(in, "page.before")),
                    cssString(WORDS.get(in, "page.between")), cssString(WORDS.get(in, "page.after")));
        }
    }

    /** The shell's own words: {@code PageWords_<lang>.properties} ({@link Text.Bundle}). */
    public static final Text.Bundle WORDS = Text.Bundle.of("PageWords", n -> Pages.class.getResourceAsStream(n));

    /**
     * The name of the overall-satisfaction measure (T/GXDSL 244's 综合满意度, target at least 85 of
     * 100) in {@code lang}: the one name the KPI dashboard, the kpi command and the survey page use.
     */
    public static String satisfaction(String lang) {
        return WORDS.get(Lang.parse(lang), "satisfaction");
    }

    /** {@return the HTML {@code lang} attribute of a page in {@code lang}: {@code zh-CN} or {@code en}} */
    public static String htmlLang(String lang) {
        return WORDS.get(Lang.parse(lang), "htmlLang");
    }

    /**
     * The template {@code name} (a resource beside {@code owner}), compiled with the shell's
     * templates available as {@code page-*} partials. On the module path the owner's package must
     * be open to {@code io.aftercert.page}, which reads the template.
     */
    public static Mustache compile(Class<?> owner, String name) {
        DefaultMustacheFactory factory = new DefaultMustacheFactory(resource -> reader(resource.startsWith("page-") ? Pages.class : owner, resource)) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(HtmlEscape.escape(value));
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return factory.compile(name);
    }

    private static Reader reader(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** {@code template} executed on {@code scopes} (the first scope that has a name answers it). */
    public static String render(Mustache template, Object... scopes) {
        StringWriter w = new StringWriter(64 * 1024);
        template.execute(w, scopes);
        return w.toString();
    }

    /** {@code s} as a CSS string literal: every character but ASCII letters, digits and space as an escape. */
    public static String cssString(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == ' ')) b.appendCodePoint(cp);
            else b.append('\\').append(Integer.toHexString(cp)).append(' ');
        });
        return b.append('"').toString();
    }

    private static final java.util.regex.Pattern STANDARD_NUMBER = java.util.regex.Pattern.compile("[A-Z]+(?:/[A-Z]+)? [0-9][0-9.]*(?:—[0-9]{4})?");

    /** A standard's number as readers know it (T/GXDSL 259—2025, GB/T 27922), found in a title; {@code fallback} when it holds none. */
    public static String standardNumber(String title, String fallback) {
        java.util.regex.Matcher m = STANDARD_NUMBER.matcher(title == null ? "" : title);
        return m.find() ? m.group() : fallback;
    }

    /** A whole number with thousands separators (12,345: the same grouping in zh and en). */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
