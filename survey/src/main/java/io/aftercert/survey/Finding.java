package io.aftercert.survey;

import java.util.Comparator;

/**
 * One data-quality finding, naming where it is.
 *
 * @param rule       the rule
 * @param row        the row in the file (1 = header)
 * @param respondent the respondent id on that row, or null when blank
 * @param question   the question id concerned, or null for findings about the whole row
 * @param field      for {@link Rule#FORMAT}: the column ({@code submitted_at}, {@code duration_s}); else null
 * @param value      the value found (as written), or null
 * @param firstRow   for {@link Rule#DUPLICATE}: the row that was kept; else 0
 * @param order      the question's position (for a stable order), -1 for none
 * @param file       the responses file when several are scored together, else null
 */
public record Finding(Rule rule, long row, String respondent, String question, String field, String value, long firstRow, int order, String file) {
    /** File, then row, then question order: the order findings are listed in. */
    static final Comparator<Finding> BY_ROW = Comparator.comparing(Finding::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingLong(Finding::row).thenComparingInt(Finding::order);

    /** A finding in the only file scored. */
    // eight parameters: the record's components but its file (public API kept for single-file callers)
    public Finding(Rule rule, long row, String respondent, String question, String field, String value, long firstRow, int order) {
        this(rule, row, respondent, question, field, value, firstRow, order, null);
    }

    /** The same finding, in {@code file}. */
    Finding inFile(String file) {
        return file == null ? this : new Finding(rule, row, respondent, question, field, value, firstRow, order, file);
    }

    public Finding {
        if (rule == null) throw new IllegalArgumentException("a finding needs a rule");
        if (row < 1) throw new IllegalArgumentException("finding row must be ≥ 1, not " + row);
    }

    /** The finding in words, in {@code lang}, with 004's 15-minute limit. */
    public String describe(String lang, int minSeconds) {
        return describe(lang, minSeconds, Questionnaire.MAX_DURATION_SECONDS);
    }

    /** The finding in words, in {@code lang}. */
    public String describe(String lang, int minSeconds, long maxSeconds) {
        io.aftercert.core.Lang l = io.aftercert.core.Lang.parse(lang);
        String v = value == null ? "" : value;
        String key = "finding." + rule.name();
        return switch (rule) {
            case RANGE, STRAIGHT_LINING, OUTLIER, OUT_OF_PERIOD -> SurveyWords.w(l, key, v);
            case DUPLICATE -> SurveyWords.w(l, key, firstRow);
            case MISSING_ID, NO_ANSWERS -> SurveyWords.w(l, key);
            case TOO_FAST -> SurveyWords.w(l, key, v, minSeconds);
            case FORMAT -> SurveyWords.w(l, key, field, v);
            case TOO_SLOW -> SurveyWords.w(l, key, v, maxSeconds / 60);
        };
    }
}
