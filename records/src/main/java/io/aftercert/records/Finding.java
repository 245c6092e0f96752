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

    /** Why a value was flagged, in both languages (Chinese first, as every bilingual text of the SDK). */
    public enum Reason {
        EMPTY("必填字段为空", "required field is empty"),
        NOT_ALLOWED("不是允许的取值", "not one of the allowed values"),
        NOT_A_TIMESTAMP("不是时间（ISO-8601、“yyyy/MM/dd HH:mm[:ss]”或“yyyy-MM-dd HH:mm[:ss]”）",
                "not a timestamp (ISO-8601, yyyy/MM/dd HH:mm[:ss] or yyyy-MM-dd HH:mm[:ss])"),
        NOT_1_TO_5("不是 1 至 5 的整数", "not a whole number from 1 to 5"),
        NOT_TRUE_FALSE("不是“true”或“false”", "not true or false"),
        BEFORE_REQUESTED("早于 requested_at", "earlier than requested_at"),
        BEFORE_RESPONDED("早于 responded_at", "earlier than responded_at"),
        DUPLICATE_TICKET("工单号与前面的行重复", "the ticket id appears in an earlier row"),
        UNKNOWN_TICKET("引用的工单号不在记录中", "names no ticket in the records");

        private final io.aftercert.core.Text text;

        Reason(String zh, String en) {
            this.text = io.aftercert.core.Text.of(zh, en);
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** {@return the one-line reason in both languages} */
        public io.aftercert.core.Text text() {
            return text;
        }

        /**
         * The one-line reason in one language.
         *
         * @param lang the reader's language
         * @return the reason
         */
        public String text(io.aftercert.core.Lang lang) {
            return text.in(lang);
        }

        /**
         * The one-line reason in the language a tag names ({@link io.aftercert.core.Lang#parse}: Chinese by default).
         *
         * @param lang {@code zh}, {@code en}, or null for Chinese
         * @return the reason
         * @throws IllegalArgumentException for any other tag
         */
        public String text(String lang) {
            return text.in(lang);
        }

        /** The reason with {@code code}. */
        public static Reason of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
