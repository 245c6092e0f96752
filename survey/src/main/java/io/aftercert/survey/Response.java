package io.aftercert.survey;

/**
 * One response row as read: values only, unchecked (the {@link SurveyAccumulator} checks them, in
 * one place).
 *
 * @param row          the row in the file (1 = header), named by every finding about it
 * @param respondentId the respondent's id, or null when blank
 * @param answers      the raw answer per question, in questionnaire order; null = blank (missing answer)
 * @param submittedAt  the raw submitted_at value, or null
 * @param duration     the raw duration_s value, or null
 */
public record Response(long row, String respondentId, String[] answers, String submittedAt, String duration) {
    public Response {
        if (row < 1) throw new IllegalArgumentException("row must be ≥ 1, not " + row);
        if (answers == null) throw new IllegalArgumentException("row " + row + ": answers array is missing");
    }
}
