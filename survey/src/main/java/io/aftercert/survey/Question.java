package io.aftercert.survey;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One question of the questionnaire: a 5-point Likert item about one {@code 002} 4.1 clause,
 * counted in one dimension.
 *
 * @param id         the column name in response sheets ({@code FN1})
 * @param dimension  the dimension it is counted in (the assignment is the project's own: derived)
 * @param clause     the {@code 002} clause it asks about ({@code 4.1.5.1})
 * @param clauseText the clause's text, quoted verbatim from {@code 002}
 * @param textZh     the question in Chinese
 * @param textEn     the question in English
 * @param gxdsl244   the gxdsl244 satisfaction indicator this question also measures ({@code C2.3}), or null
 */
public record Question(String id, Dimension dimension, String clause, String clauseText, String textZh, String textEn, String gxdsl244) {
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    private static final Pattern CLAUSE = Pattern.compile("4\\.1(\\.\\d+)+");

    public Question {
        if (id == null || !ID.matcher(id).matches()) throw new IllegalArgumentException("question id '" + id + "' must be a letter then up to 31 letters, digits or _");
        Objects.requireNonNull(dimension, () -> "question " + id + ": dimension is missing");
        if (clause == null || !CLAUSE.matcher(clause).matches()) throw new IllegalArgumentException("question " + id + ": clause '" + clause + "' is not a 002 4.1 clause");
        if (clauseText == null || clauseText.isBlank()) throw new IllegalArgumentException("question " + id + ": clauseText is blank");
        if (textZh == null || textZh.isBlank()) throw new IllegalArgumentException("question " + id + ": Chinese text is blank");
        if (textEn == null || textEn.isBlank()) throw new IllegalArgumentException("question " + id + ": English text is blank");
    }

    /** The question in {@code lang}. */
    public String text(String lang) {
        return "en".equals(lang) ? textEn : textZh;
    }
}
