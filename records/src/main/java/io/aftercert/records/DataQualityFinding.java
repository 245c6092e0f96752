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
public record DataQualityFinding(long row, String ticketId, String column, String rule, String value, String reason) implements java.io.Serializable {
    /** Values longer than this are cut (with "…") so a hostile field cannot fill memory. */
    static final int MAX_VALUE = 200;

    /** The wording of findings: {@code Finding_<lang>.properties}. */
    static final io.aftercert.core.Text.Bundle WORDS = io.aftercert.core.Text.Bundle.of("Finding", n -> DataQualityFinding.class.getResourceAsStream(n));

    /**
     * The name of a data-quality rule as readers see it (完整性 / completeness, 取值范围 / range,
     * 逻辑 / logic): the one place the report, the dashboard and the command line take it from.
     *
     * @param rule the rule's id ({@link #rule()})
     * @param lang the reader's language
     * @return the name, or the id itself for a rule this version does not know
     */
    public static String ruleName(String rule, io.aftercert.core.Lang lang) {
        String key = "rule." + rule;
        return WORDS.all(lang).containsKey(key) ? WORDS.get(lang, key) : rule;
    }

    /** Why a value was flagged, in both languages ({@code reason.<code>} in the bundle). */
    public enum Reason {
        EMPTY, NOT_ALLOWED, NOT_A_TIMESTAMP,
        NOT_1_TO_5, NOT_TRUE_FALSE, BEFORE_REQUESTED,
        BEFORE_RESPONDED, DUPLICATE_TICKET, UNKNOWN_TICKET;

        private final io.aftercert.core.Text text = WORDS.text("reason." + code());

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
