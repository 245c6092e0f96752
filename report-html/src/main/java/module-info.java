/**
 * The HTML readiness report: {@link io.aftercert.report.HtmlReportRenderer}, provided as the
 * {@code html} {@link io.aftercert.core.spi.ReportRenderer}.
 */
@SuppressWarnings("requires-automatic") // Mustache.java has no module descriptor; its manifest names the module
module io.aftercert.report {
    requires transitive io.aftercert.core;
    requires com.github.mustachejava;
    requires io.aftercert.page; // the shared page shell
    requires io.aftercert.records; // the names of the service records' data-quality rules

    exports io.aftercert.report;
    // Mustache.java reads the report model's records by reflection
    opens io.aftercert.report to com.github.mustachejava, io.aftercert.page; // the page shell reads the report templates

    provides io.aftercert.core.spi.ReportRenderer with io.aftercert.report.HtmlReportRenderer;
}
