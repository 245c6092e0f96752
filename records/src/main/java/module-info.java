/**
 * Service records to KPIs: {@link io.aftercert.records.KpiEngine} and the
 * {@link io.aftercert.records.KpiReport} it returns.
 */
@SuppressWarnings("requires-automatic") // fastutil has no module descriptor; its manifest names the module
module io.aftercert.records {
    requires transitive io.aftercert.core;
    requires it.unimi.dsi.fastutil.core;

    exports io.aftercert.records;
    // Jackson writes the KPI report
    opens io.aftercert.records to com.fasterxml.jackson.databind;
}
