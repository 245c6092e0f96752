package io.aftercert.core.evidence;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;

/**
 * What was found for one indicator: exactly one of these (architecture §6).
 *
 * @since 1.0
 */
public sealed interface EvidenceValue {

    /**
     * The JSON key of this form in an evidence entry.
     *
     * @return {@code conforms}, {@code credit}, {@code band}, {@code sample}, {@code value} or {@code notApplicable}
     */
    String form();

    /**
     * Conform (credit 1) or non-conform (credit 0).
     *
     * @param conforms whether the requirement is met
     */
    record Conforms(boolean conforms) implements EvidenceValue {
        public String form() { return "conforms"; }
    }

    /**
     * An explicit credit in [0, 1].
     *
     * @param credit the share of the indicator's points earned
     */
    record Credit(Ratio credit) implements EvidenceValue {
        /**
         * Checks the credit.
         *
         * @param credit the share of the indicator's points earned
         * @throws IllegalArgumentException when it is null or outside [0, 1]
         */
        public Credit {
            if (credit == null || !credit.isBetween(Ratio.ZERO, Ratio.ONE)) {
                throw new IllegalArgumentException("credit must lie in [0, 1], not " + credit);
            }
        }
        public String form() { return "credit"; }
    }

    /**
     * A scoring band 1–5 (CTS chapter 5); credit is the band's midpoint unless {@code credit}
     * (inside the band) is given.
     *
     * @param band   the band number, 1 … 5
     * @param credit a credit inside the band, or null for the band's midpoint; that it lies inside
     *               the band is checked against the rubric's bands when the evidence is checked
     */
    record Banded(int band, @Nullable Ratio credit) implements EvidenceValue {
        /**
         * Checks the band number and the credit's range.
         *
         * @param band   the band number, 1 … 5
         * @param credit a credit inside the band, or null for the band's midpoint; that it lies inside
         *               the band is checked against the rubric's bands when the evidence is checked
         * @throws IllegalArgumentException when the band is not 1 … 5 or the credit lies outside [0, 1]
         */
        public Banded {
            if (band < 1 || band > 5) throw new IllegalArgumentException("band must be 1–5, not " + band);
            if (credit != null && !credit.isBetween(Ratio.ZERO, Ratio.ONE)) {
                throw new IllegalArgumentException("credit must lie in [0, 1], not " + credit);
            }
        }
        public String form() { return "band"; }
    }

    /**
     * {@code conforming} of {@code sampled} cases conform; credit = conforming / sampled.
     *
     * @param conforming how many sampled cases conform, 0 … sampled
     * @param sampled    how many cases were checked, at least 1
     */
    record Sample(int conforming, int sampled) implements EvidenceValue {
        /**
         * Checks the counts.
         *
         * @param conforming how many sampled cases conform, 0 … sampled
         * @param sampled    how many cases were checked, at least 1
         * @throws IllegalArgumentException when {@code sampled} is below 1 or {@code conforming} lies
         *                                  outside [0, sampled]
         */
        public Sample {
            if (sampled <= 0) throw new IllegalArgumentException("sampled must be ≥ 1, not " + sampled);
            if (conforming < 0 || conforming > sampled) {
                throw new IllegalArgumentException("conforming must lie in [0, sampled=" + sampled + "], not " + conforming);
            }
        }
        /** {@return conforming / sampled, exact} */
        public Ratio credit() { return Ratio.of(conforming, sampled); }
        public String form() { return "sample"; }
    }

    /**
     * A measured value of a metric indicator, in the unit the rubric declares.
     *
     * @param value the value (percentages as percent numbers: 87.5 = 87.5 %)
     */
    record Measured(Ratio value) implements EvidenceValue {
        /**
         * Checks the value.
         *
         * @param value the value (percentages as percent numbers: 87.5 = 87.5 %)
         * @throws IllegalArgumentException when it is null
         */
        public Measured {
            if (value == null) throw new IllegalArgumentException("value must not be null");
        }
        public String form() { return "value"; }
    }

    /**
     * Excluded as not applicable (删减), with a mandatory justification.
     *
     * @param justification why the indicator does not apply
     */
    record NotApplicable(String justification) implements EvidenceValue {
        /**
         * Checks the justification.
         *
         * @param justification why the indicator does not apply
         * @throws IllegalArgumentException when it is null or blank
         */
        public NotApplicable {
            if (justification == null || justification.isBlank()) {
                throw new IllegalArgumentException("a not-applicable item needs a non-blank justification");
            }
        }
        public String form() { return "notApplicable"; }
    }
}
