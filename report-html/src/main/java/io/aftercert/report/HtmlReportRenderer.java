package io.aftercert.report;

import com.github.mustachejava.Mustache;
import io.aftercert.core.spi.ReportRenderer;
import io.aftercert.page.Pages;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The HTML readiness report: one self-contained file (inline CSS and SVG, no scripts, fonts,
 * images or links), Chinese or English, printable to A4. Every piece of user text is HTML-escaped
 * by the template; a Content-Security-Policy forbids scripts as a second line of defence.
 * Thread-safe; the template is compiled once.
 */
public final class HtmlReportRenderer implements ReportRenderer {
    /** The report template on the shared page shell (its partials are resolved next to this class). */
    private static final Mustache TEMPLATE = Pages.compile(HtmlReportRenderer.class, "report.mustache");

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
        Map<String, Object> model = ReportModel.of(request);
        return Pages.render(TEMPLATE, Map.of("head", model.get("head")), model);
    }
}
