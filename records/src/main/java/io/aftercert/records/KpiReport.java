package io.aftercert.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.aftercert.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * KPIs and data-quality findings of service records (docs/records-format.md "Output"; JSON Schema
 * {@code io/aftercert/records/kpi-report.schema.json}). Every value derives from exact integer sums,
 * so the same records give the identical report however they are split into parts. Numbers are
 * JSON numbers; where a value's decimal does not terminate it is rounded to 10 decimals and the
 * sibling {@code <field>Exact} gives the exact fraction "p/q".
 *
 * @param schemaVersion     version of this JSON shape ({@value #SCHEMA_VERSION})
 * @param file              the file name (or the source name given to {@link KpiAccumulator#report})
 * @param period            the period counted, or null for every row
 * @param rows              data rows counted (in the period)
 * @param rowsExcluded      rows left out of every KPI for a completeness, range or logic finding
 * @param kpis              by KPI id
 * @param outliers          {@code response} and {@code resolution}: rows flagged for review (kept in the KPIs)
 * @param findingsByRule    counts per rule (complete)
 * @param findingsCount     all findings (complete)
 * @param findingsTruncated true when {@code findings} lists only the first {@link KpiAccumulator#FINDING_CAP} by row
 * @param findings          findings by row
 * @param breakdown         the groups of {@code --by}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "file", "period", "rows", "rowsExcluded", "kpis", "outliers", "findingsByRule", "findingsCount",
        "findingsTruncated", "findings", "breakdown"})
public record KpiReport(int schemaVersion, String file, Period period, long rows, long rowsExcluded, Map<String, KpiValue> kpis,
                        Map<String, Outliers> outliers, Map<String, Long> findingsByRule, long findingsCount, boolean findingsTruncated,
                        List<DataQualityFinding> findings, Breakdown breakdown) {
    public static final int SCHEMA_VERSION = 1;
    /** The JSON Schema (draft 2020-12) of this document, as a class-path resource. */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/records/kpi-report.schema.json";

    /**
     * One KPI.
     *
     * @param numerator        requests meeting it (for the satisfaction index: the sum of the answers)
     * @param denominator      requests of its class (answers for the satisfaction index)
     * @param value            percent (index points for satisfaction), or null without data
     * @param valueExact       "p/q" when {@code value} was rounded
     * @param target           the target, or null where the schema only reports the figure
     * @param direction        {@code at-least} / {@code at-most}
     * @param met              whether the target is met (exact comparison), or null
     * @param responses        satisfaction index: answers averaged
     * @param meanHours        resolution KPIs: mean hours from response to resolution
     * @param meanHoursExact   "p/q" when {@code meanHours} was rounded
     * @param medianHours      resolution KPIs: median hours
     * @param medianHoursExact "p/q" when {@code medianHours} was rounded
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"numerator", "denominator", "value", "valueExact", "target", "direction", "met", "responses", "meanHours",
            "meanHoursExact", "medianHours", "medianHoursExact"})
    public record KpiValue(long numerator, long denominator, BigDecimal value, String valueExact, BigDecimal target, String direction,
                           Boolean met, Long responses, BigDecimal meanHours, String meanHoursExact, BigDecimal medianHours,
                           String medianHoursExact) {
        /** {@return the exact value ({@code valueExact} when the decimal does not terminate), or null when nothing was counted} */
        public Ratio exactValue() {
            if (denominator == 0) return null;
            return valueExact != null ? Ratio.parse(valueExact) : Ratio.of(value);
        }
    }

    /**
     * Rows whose duration's z-score within their own channel exceeds 3 (population standard
     * deviation over that channel's rows without other findings): a phone answer in seconds is
     * never judged against on-site visits in hours.
     *
     * @param count     how many, over all channels
     * @param mean      mean seconds over all channels (for reference)
     * @param meanExact "p/q" when {@code mean} was rounded
     * @param stdDev    population standard deviation in seconds over all channels (10 significant digits; it is irrational in general)
     * @param rows      the rows flagged (data rows from 1)
     * @param channels  per channel with durations: the mean and deviation each row was judged against
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"count", "mean", "meanExact", "stdDev", "rows", "channels"})
    public record Outliers(long count, BigDecimal mean, String meanExact, BigDecimal stdDev, List<Long> rows, List<ChannelOutliers> channels) {
        public Outliers {
            rows = List.copyOf(rows);
            channels = List.copyOf(channels);
        }
    }

    /**
     * The outlier rule within one channel.
     *
     * @param channel   {@code phone}, {@code online}, {@code app}, {@code onsite} or {@code letter}
     * @param durations rows of the channel with the duration
     * @param count     rows flagged
     * @param mean      mean seconds
     * @param meanExact "p/q" when {@code mean} was rounded
     * @param stdDev    population standard deviation in seconds (10 significant digits)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"channel", "durations", "count", "mean", "meanExact", "stdDev"})
    public record ChannelOutliers(String channel, long durations, long count, BigDecimal mean, String meanExact, BigDecimal stdDev) {
    }

    /** The period counted: local dates of {@code requested_at}, inclusive; either end may be open (null). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(String from, String to) {
    }

    /**
     * KPIs per group: every counted row is in exactly one group, so the groups' numerators,
     * denominators, rows and findings add up to the totals.
     *
     * @param by     the keys ({@code month}, {@code quarter}, {@code region}, {@code channel}, {@code type}, {@code technician})
     * @param groups sorted by their key values
     */
    public record Breakdown(List<String> by, List<Group> groups) {
    }

    /**
     * One group.
     *
     * @param key           key → value ("" where the row has no value for it)
     * @param rows          rows in the group
     * @param rowsExcluded  of which left out for findings
     * @param findingsCount findings in its rows
     * @param kpis          the same KPI objects as the totals
     */
    @JsonPropertyOrder({"key", "rows", "rowsExcluded", "findingsCount", "kpis"})
    public record Group(Map<String, String> key, long rows, long rowsExcluded, long findingsCount, Map<String, KpiValue> kpis) {
    }
}
