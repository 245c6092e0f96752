package io.aftercert.survey;

import io.aftercert.core.Text;

/** The data-quality rules of {@code 004} chapter 七 as the survey applies them. */
public enum Rule {
    /** An answer outside 1–5 or not an integer: that answer is excluded. */
    RANGE("range", "超出范围", "out of range"),
    /** A respondent id seen on an earlier row: the later row is excluded. */
    DUPLICATE("duplicate", "重复填写", "duplicate"),
    /** No respondent id: the row is excluded. */
    MISSING_ID("missing-id", "缺少编号", "missing id"),
    /** No valid answer at all on the row. */
    NO_ANSWERS("no-answers", "无有效回答", "no valid answer"),
    /** Every answer the same (flagged, kept). */
    STRAIGHT_LINING("straight-lining", "答案全部相同", "straight-lining"),
    /** Completed faster than the minimum time (flagged, kept). */
    TOO_FAST("too-fast", "完成过快", "too fast"),
    /** An answer whose z-score is beyond ±3 within its question (flagged for review, kept). */
    OUTLIER("outlier", "异常值待复核", "outlier to review"),
    /** submitted_at or duration_s that cannot be read (the value is ignored). */
    FORMAT("format", "格式错误", "unreadable value"),
    /** Completed slower than 004's 15 minutes (完成时间不超过 15 分钟; flagged, kept). */
    TOO_SLOW("too-slow", "完成超过 15 分钟", "over 15 minutes"),
    /** submitted_at outside the period scored ({@code --period}): the row is excluded. */
    OUT_OF_PERIOD("out-of-period", "不在所选期间", "outside the period");

    private final String id;
    private final Text name;

    Rule(String id, String zh, String en) {
        this.id = id;
        this.name = Text.of(zh, en);
    }

    /** The id used in JSON. */
    public String id() {
        return id;
    }

    /** A short name in {@code lang}. */
    public String label(String lang) {
        return name.in(lang);
    }

    /** True when the rule excludes the row or answer from the figures (rather than only flagging it). */
    public boolean excludes() {
        return this == RANGE || this == DUPLICATE || this == MISSING_ID || this == OUT_OF_PERIOD;
    }
}
