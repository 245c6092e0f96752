package io.aftercert.records;

/**
 * A data-quality finding (T/GXDSL 244—2025 七).
 *
 * @param row      data row, counting from 1 (the header not included)
 * @param ticketId the row's ticket id as written ("" when empty)
 * @param column   the column concerned
 * @param rule     {@code completeness}, {@code range} or {@code logic}
 * @param value    the offending value as written (at most 200 characters; "" when empty)
 * @param reason   why, as a stable code ({@link Reason}); {@link Reason#text} says it in zh or en
 */
public record Finding(long row, String ticketId, String column, String rule, String value, String reason) implements java.io.Serializable {
    /** Values longer than this are cut (with "…") so a hostile field cannot fill memory. */
    static final int MAX_VALUE = 200;

    /** Why a value was flagged. */
    public enum Reason {
        EMPTY("required field is empty", "必填字段为空"),
        NOT_ALLOWED("not one of the allowed values", "不是允许的取值"),
        NOT_A_TIMESTAMP("not a timestamp (ISO-8601, yyyy/MM/dd HH:mm[:ss] or yyyy-MM-dd HH:mm[:ss])",
                "不是时间（ISO-8601、“yyyy/MM/dd HH:mm[:ss]”或“yyyy-MM-dd HH:mm[:ss]”）"),
        NOT_1_TO_5("not a whole number from 1 to 5", "不是 1 至 5 的整数"),
        NOT_TRUE_FALSE("not true or false", "不是“true”或“false”"),
        BEFORE_REQUESTED("earlier than requested_at", "早于 requested_at"),
        BEFORE_RESPONDED("earlier than responded_at", "早于 responded_at"),
        DUPLICATE_TICKET("the ticket id appears in an earlier row", "工单号与前面的行重复"),
        UNKNOWN_TICKET("names no ticket in the records", "引用的工单号不在记录中");

        private final String en;
        private final String zh;

        Reason(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The one-line reason in {@code zh} or {@code en}. */
        public String text(String lang) {
            return "zh".equals(lang) ? zh : en;
        }

        /** The reason with {@code code}. */
        public static Reason of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
