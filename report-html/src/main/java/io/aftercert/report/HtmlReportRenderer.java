package io.aftercert.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.aftercert.core.spi.ReportRenderer;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML readiness report: one self-contained file (inline CSS and SVG, no scripts, fonts,
 * images or links), Chinese or English, printable to A4. Every piece of user text is HTML-escaped
 * by the template; a Content-Security-Policy forbids scripts as a second line of defence.
 * Thread-safe; the template is compiled once.
 */
public final class HtmlReportRenderer implements ReportRenderer {
    private static final Mustache TEMPLATE = compile("report.mustache");

    /**
     * Compiles a template next to this class. Read through this class, not Mustache's class-loader
     * lookup, so that it is found in a named module without opening the package to everyone.
     */
    private static Mustache compile(String name) {
        // templates and their partials ({{>style}}) are resolved next to this class
        DefaultMustacheFactory factory = new DefaultMustacheFactory(resource -> {
            java.io.InputStream in = HtmlReportRenderer.class.getResourceAsStream(resource);
            return in == null ? null : new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
        }) {
            @Override
            public void encode(String value, java.io.Writer writer) {
                super.encode(io.aftercert.core.HtmlEscape.isolate(value), writer); // U+202E and right-to-left text isolated (<bdi>)
            }
        };
        return factory.compile(name);
    }

    /** Instantiated by {@link java.util.ServiceLoader}, or directly. */
    public HtmlReportRenderer() {
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public byte[] render(ReportRequest request) {
        return renderString(request).getBytes(StandardCharsets.UTF_8);
    }

    /** The report as a string. */
    public String renderString(ReportRequest request) {
        StringWriter w = new StringWriter(64 * 1024);
        try {
            TEMPLATE.execute(w, ReportModel.of(request)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
