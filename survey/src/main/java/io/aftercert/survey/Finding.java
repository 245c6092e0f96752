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
        boolean en = "en".equals(lang);
        String v = value == null ? "" : value;
        return switch (rule) {
            case RANGE -> en ? "answer '" + v + "' is not an integer from 1 to 5; answer excluded" : "回答“" + v + "”不是 1 至 5 的整数，该回答不计入";
            case DUPLICATE -> en ? "respondent already answered on row " + firstRow + "; this row is excluded" : "该受访者已在第 " + firstRow + " 行作答，本行不计入";
            case MISSING_ID -> en ? "no respondent_id; row excluded" : "缺少 respondent_id，本行不计入";
            case NO_ANSWERS -> en ? "no valid answer on the row" : "本行没有有效回答";
            case STRAIGHT_LINING -> en ? "every answer is " + v + " (straight-lining); kept, check it" : "所有回答均为 " + v + "（答案全部相同），已计入，请核查";
            case TOO_FAST -> en ? "completed in " + v + " s, under the minimum of " + minSeconds + " s; kept, check it"
                    : "完成用时 " + v + " 秒，少于最短用时 " + minSeconds + " 秒，已计入，请核查";
            case OUTLIER -> en ? "answer " + v + " lies more than 3 standard deviations from the question's mean; review it"
                    : "回答 " + v + " 偏离该题均值超过 3 个标准差（|z| > 3），请复核";
            case FORMAT -> en ? field + " '" + v + "' cannot be read; value ignored" : field + " “" + v + "”无法识别，已忽略";
            case TOO_SLOW -> en ? "completed in " + v + " s, over " + maxSeconds / 60 + " minutes (T/GXDSL 244 ch. 7); kept, check it"
                    : "完成用时 " + v + " 秒，超过 " + maxSeconds / 60 + " 分钟（T/GXDSL 244 第七章），已计入，请核查";
            case OUT_OF_PERIOD -> en ? "submitted on " + v + ", outside the period scored; row excluded" : "提交日期 " + v + " 不在所选期间内，本行不计入";
        };
    }
}
