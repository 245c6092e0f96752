/**
 * Service records to KPIs: {@link io.aftercert.records.KpiEngine} and the
 * {@link io.aftercert.records.KpiReport} it returns.
 */
module io.aftercert.records {
    requires transitive io.aftercert.core;
    requires io.aftercert.page;

    exports io.aftercert.records;
    // Jackson writes the KPI report
    opens io.aftercert.records to com.fasterxml.jackson.databind, com.github.mustachejava, io.aftercert.page; // the page shell reads the dashboard template
}
