package io.aftercert.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * KPIs and data-quality findings of a service-records file (records/SCHEMA.md "Output"). Every
 * value derives from exact integer sums, so the same file gives the identical report however it is
 * split into chunks.
 *
 * @param file             the file name
 * @param rows             data rows read
 * @param rowsExcluded     rows left out of every KPI for a completeness, range or logic finding
 * @param kpis             by KPI id
 * @param outliers         {@code response} and {@code resolution}: rows flagged for review (kept in the KPIs)
 * @param findingsByRule   counts per rule (complete)
 * @param findingsCount    all findings (complete)
 * @param findingsTruncated true when {@code findings} lists only the first {@code findingCap} by row
 * @param findings         findings by row
 */
@JsonPropertyOrder({"file", "rows", "rowsExcluded", "kpis", "outliers", "findingsByRule", "findingsCount", "findingsTruncated", "findings"})
public record KpiReport(String file, long rows, long rowsExcluded, Map<String, KpiValue> kpis, Map<String, Outliers> outliers,
                        Map<String, Long> findingsByRule, long findingsCount, boolean findingsTruncated, List<Finding> findings) {

    /**
     * One KPI.
     *
     * @param numerator   requests meeting it (for the satisfaction index: the sum of the answers)
     * @param denominator requests of its class (answers for the satisfaction index)
     * @param value       percent (index points for satisfaction), 4 decimals, or null without data
     * @param target      the target, or null where the schema only reports the figure
     * @param direction   {@code at-least} / {@code at-most}
     * @param met         whether the target is met (exact comparison), or null
     * @param responses   satisfaction index: answers averaged
     * @param meanHours   resolution KPIs: mean hours from response to resolution
     * @param medianHours resolution KPIs: median hours
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"numerator", "denominator", "value", "target", "direction", "met", "responses", "meanHours", "medianHours"})
    public record KpiValue(long numerator, long denominator, BigDecimal value, BigDecimal target, String direction, Boolean met,
                           Long responses, BigDecimal meanHours, BigDecimal medianHours) {
    }

    /**
     * Rows whose duration's z-score exceeds 3 (population standard deviation over rows without
     * other findings).
     *
     * @param count how many
     * @param mean  mean seconds
     * @param stdDev population standard deviation in seconds
     * @param rows  the rows flagged (data rows from 1)
     */
    public record Outliers(long count, BigDecimal mean, BigDecimal stdDev, List<Long> rows) {
    }
}
