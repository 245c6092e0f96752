package io.aftercert.survey;

import java.util.regex.Pattern;

/**
 * One question of the questionnaire: a 5-point Likert item about one {@code 002} 4.1 clause,
 * counted in one dimension; or the overall-satisfaction question (总体满意度, T/GXDSL 244 六), which
 * has no dimension and is reported on its own.
 *
 * @param id         the column name in response sheets ({@code FN1})
 * @param dimension  the dimension it is counted in (the assignment is the project's own: derived), or null
 *                   for the overall-satisfaction question
 * @param clause     the {@code 002} clause it asks about ({@code 4.1.5.1}; {@code 4.1} for the overall question)
 * @param clauseText the clause's text, quoted verbatim from {@code 002}
 * @param textZh     the question in Chinese
 * @param textEn     the question in English
 * @param gxdsl244   the gxdsl244 satisfaction indicator this question also measures ({@code C2.3}), or null
 */
public record Question(String id, Dimension dimension, String clause, String clauseText, String textZh, String textEn, String gxdsl244) {
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    private static final Pattern CLAUSE = Pattern.compile("4\\.1(\\.\\d+)*");

    public Question {
        if (id == null || !ID.matcher(id).matches()) throw new IllegalArgumentException("question id '" + id + "' must be a letter then up to 31 letters, digits or _");
        if (clause == null || !CLAUSE.matcher(clause).matches()) throw new IllegalArgumentException("question " + id + ": clause '" + clause + "' is not a 002 4.1 clause");
        if (clauseText == null || clauseText.isBlank()) throw new IllegalArgumentException("question " + id + ": clauseText is blank");
        if (textZh == null || textZh.isBlank()) throw new IllegalArgumentException("question " + id + ": Chinese text is blank");
        if (textEn == null || textEn.isBlank()) throw new IllegalArgumentException("question " + id + ": English text is blank");
    }

    /** True for the overall-satisfaction question (no dimension). */
    public boolean overall() {
        return dimension == null;
    }

    /** The dimension's name in {@code lang}, or 总体满意度 / Overall satisfaction for the overall question. */
    public String dimensionLabel(String lang) {
        if (dimension != null) return dimension.label(lang);
        return SurveyWords.w(io.aftercert.core.Lang.parse(lang), "question.overall");
    }

    /** The question in {@code lang}. */
    public String text(String lang) {
        return "en".equals(lang) ? textEn : textZh;
    }
}
