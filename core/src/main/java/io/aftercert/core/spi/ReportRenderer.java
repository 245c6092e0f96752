package io.aftercert.core.spi;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.plan.PlanInput;
import io.aftercert.core.scoring.AssessmentResult;
import java.time.Instant;
import java.util.Map;

/**
 * Renders a readiness report. Found with {@link java.util.ServiceLoader}; the {@code report-html}
 * module provides the HTML one. Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface ReportRenderer {

    /** {@return the format id, e.g. {@code html}} */
    String format();

    /**
     * Renders the report; must not write anywhere itself.
     *
     * @param request the result and everything the report shows besides
     * @return the report's bytes, complete in the request's language
     */
    byte[] render(ReportRequest request);

    /**
     * What a report needs. Only the first five are required; the rest add sections when present
     * (build them with the {@code with…} methods).
     *
     * @param result         the scored result
     * @param rubric         the rubric that scored it (for requirement text and provenance)
     * @param lang           {@code zh} or {@code en}
     * @param evidenceName   the evidence file's name, or null when built in code
     * @param evidenceSha256 hex SHA-256 of the evidence file's bytes, or null
     * @param previous       the previous assessment of the same rubric (adds the trend), or null
     * @param previousName   the previous assessment's file name, or null
     * @param plan           efforts, owners and due dates for the improvement plan, or null
     * @param dataQuality    the data file measured values were computed from and how clean its rows were, or null
     * @param generatedAt    when the report is generated; null means now
     */
    record ReportRequest(AssessmentResult result, Rubric rubric, String lang, @Nullable String evidenceName, @Nullable String evidenceSha256,
                         @Nullable AssessmentResult previous, @Nullable String previousName, @Nullable PlanInput plan, @Nullable DataQuality dataQuality,
                         @Nullable Instant generatedAt) {
        /**
         * Checks the request.
         *
         * @param result         the scored result
         * @param rubric         the rubric that scored it (for requirement text and provenance)
         * @param lang           {@code zh} or {@code en}
         * @param evidenceName   the evidence file's name, or null when built in code
         * @param evidenceSha256 hex SHA-256 of the evidence file's bytes, or null
         * @param previous       the previous assessment of the same rubric (adds the trend), or null
         * @param previousName   the previous assessment's file name, or null
         * @param plan           efforts, owners and due dates for the improvement plan, or null
         * @param dataQuality    the data file measured values were computed from and how clean its rows were, or null
         * @param generatedAt    when the report is generated; null means now
         * @throws IllegalArgumentException when the result or rubric is missing, {@code lang} is neither
         *         {@code zh} nor {@code en}, or the previous result is of another rubric
         */
        public ReportRequest {
            if (result == null || rubric == null) throw new IllegalArgumentException("a report needs a result and its rubric");
            if (io.aftercert.core.Lang.find(lang).isEmpty()) { // the one parse: zh or en, not null, not EN
                throw new IllegalArgumentException(io.aftercert.core.Lang.refusal(lang).en());
            }
            if (previous != null && !previous.rubric().id().equals(result.rubric().id())) {
                throw new IllegalArgumentException("the previous assessment is of rubric " + previous.rubric().id()
                        + ", not " + result.rubric().id() + "; a trend compares assessments of one rubric");
            }
        }

        /**
         * The report of one result, without trend, plan input or data-quality section.
         *
         * @param result         the scored result
         * @param rubric         the rubric that scored it
         * @param lang           {@code zh} or {@code en}
         * @param evidenceName   the evidence file's name, or null when built in code
         * @param evidenceSha256 hex SHA-256 of the evidence file's bytes, or null
         */
        public ReportRequest(AssessmentResult result, Rubric rubric, String lang, @Nullable String evidenceName, @Nullable String evidenceSha256) {
            this(result, rubric, lang, evidenceName, evidenceSha256, null, null, null, null, null);
        }

        /**
         * With the previous assessment: the report adds the change since then.
         *
         * @param previousResult the previous result, of the same rubric
         * @param name           its file name, or null
         * @return a copy with the previous assessment
         * @throws IllegalArgumentException when the previous result is of another rubric
         */
        public ReportRequest withPrevious(AssessmentResult previousResult, @Nullable String name) {
            return new ReportRequest(result, rubric, lang, evidenceName, evidenceSha256, previousResult, name, plan, dataQuality, generatedAt);
        }

        /**
         * With efforts, owners and due dates for the improvement plan.
         *
         * @param planInput the plan input, or null for none
         * @return a copy with the plan input
         */
        public ReportRequest withPlan(@Nullable PlanInput planInput) {
            return new ReportRequest(result, rubric, lang, evidenceName, evidenceSha256, previous, previousName, planInput, dataQuality, generatedAt);
        }

        /**
         * With the quality of the data file measured values came from.
         *
         * @param quality the data quality, or null for none
         * @return a copy with the data-quality section
         */
        public ReportRequest withDataQuality(@Nullable DataQuality quality) {
            return new ReportRequest(result, rubric, lang, evidenceName, evidenceSha256, previous, previousName, plan, quality, generatedAt);
        }

        /**
         * With a fixed generation time (reproducible reports).
         *
         * @param at the time shown as the report's generation time, or null for now
         * @return a copy with that time
         */
        public ReportRequest withGeneratedAt(@Nullable Instant at) {
            return new ReportRequest(result, rubric, lang, evidenceName, evidenceSha256, previous, previousName, plan, dataQuality, at);
        }
    }

    /**
     * The data file that measured values were computed from and how clean its rows were: any
     * tabular source (the records module's service records are one), told in neutral terms so
     * a renderer shows it without knowing what the rows are.
     *
     * @param file           the data file
     * @param period         the period the rows cover (free text, e.g. {@code 2026-01-01 – 2026-06-30}), or null
     * @param rowsRead       data rows read
     * @param rowsExcluded   rows left out of the measured values by a data-quality rule
     * @param excludedByRule rows excluded per rule, by the rule's name
     * @param outliers       rows flagged as outliers (kept in the measured values)
     */
    record DataQuality(String file, @Nullable String period, long rowsRead, long rowsExcluded, Map<String, Long> excludedByRule,
                       long outliers) {
        /**
         * Checks the counts and copies the rule findings (null: none), keeping their order.
         *
         * @param file           the records file
         * @param period         the period the rows cover (free text, e.g. {@code 2026-01-01 – 2026-06-30}), or null
         * @param rowsRead       data rows read
         * @param rowsExcluded   rows left out of the measured values by a data-quality rule
         * @param excludedByRule rows excluded per rule, by the rule's name
         * @param outliers       rows flagged as outliers (kept in the measured values)
         * @throws IllegalArgumentException when a count is negative or more rows are excluded than read
         */
        public DataQuality {
            if (rowsRead < 0 || rowsExcluded < 0 || rowsExcluded > rowsRead || outliers < 0) {
                throw new IllegalArgumentException("data quality counts out of range: read " + rowsRead + ", excluded "
                        + rowsExcluded + ", outliers " + outliers);
            }
            excludedByRule = excludedByRule == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(excludedByRule));
        }
    }
}
