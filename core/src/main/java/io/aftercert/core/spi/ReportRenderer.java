package io.aftercert.core.spi;

import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;

/**
 * Renders a readiness report. Found with {@link java.util.ServiceLoader}; the {@code report-html}
 * module provides the HTML one. Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface ReportRenderer {

    /** The format id, e.g. {@code html}. */
    String format();

    /** Renders the report; must not write anywhere itself. */
    byte[] render(ReportRequest request);

    /**
     * What a report needs.
     *
     * @param result         the scored result
     * @param rubric         the rubric that scored it (for requirement text and provenance)
     * @param lang           {@code zh} or {@code en}
     * @param evidenceName   the evidence file's name, or null when built in code
     * @param evidenceSha256 hex SHA-256 of the evidence file's bytes, or null
     */
    record ReportRequest(AssessmentResult result, Rubric rubric, String lang, String evidenceName, String evidenceSha256) {
        public ReportRequest {
            if (result == null || rubric == null) throw new IllegalArgumentException("a report needs a result and its rubric");
            if (!"zh".equals(lang) && !"en".equals(lang)) throw new IllegalArgumentException("lang must be zh or en, not " + lang);
        }
    }
}
