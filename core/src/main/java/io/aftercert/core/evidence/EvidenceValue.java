package io.aftercert.core.evidence;

import io.aftercert.core.Ratio;

/**
 * What was found for one indicator: exactly one of these (DESIGN §6).
 */
public sealed interface EvidenceValue {

    /** The JSON key of this form ({@code conforms}, {@code credit}, …). */
    String form();

    /** Conform (credit 1) or non-conform (credit 0). */
    record Conforms(boolean conforms) implements EvidenceValue {
        public String form() { return "conforms"; }
    }

    /** An explicit credit in [0, 1]. */
    record Credit(Ratio credit) implements EvidenceValue {
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
     */
    record Banded(int band, Ratio credit) implements EvidenceValue {
        public Banded {
            if (band < 1 || band > 5) throw new IllegalArgumentException("band must be 1–5, not " + band);
            if (credit != null && !credit.isBetween(Ratio.ZERO, Ratio.ONE)) {
                throw new IllegalArgumentException("credit must lie in [0, 1], not " + credit);
            }
        }
        public String form() { return "band"; }
    }

    /** {@code conforming} of {@code sampled} cases conform; credit = conforming / sampled. */
    record Sample(int conforming, int sampled) implements EvidenceValue {
        public Sample {
            if (sampled <= 0) throw new IllegalArgumentException("sampled must be ≥ 1, not " + sampled);
            if (conforming < 0 || conforming > sampled) {
                throw new IllegalArgumentException("conforming must lie in [0, sampled=" + sampled + "], not " + conforming);
            }
        }
        public Ratio credit() { return Ratio.of(conforming, sampled); }
        public String form() { return "sample"; }
    }

    /** A measured value of a metric indicator, in the unit the rubric declares. */
    record Measured(Ratio value) implements EvidenceValue {
        public Measured {
            if (value == null) throw new IllegalArgumentException("value must not be null");
        }
        public String form() { return "value"; }
    }

    /** Excluded as not applicable (删减), with a mandatory justification. */
    record NotApplicable(String justification) implements EvidenceValue {
        public NotApplicable {
            if (justification == null || justification.isBlank()) {
                throw new IllegalArgumentException("a not-applicable item needs a non-blank justification");
            }
        }
        public String form() { return "notApplicable"; }
    }
}
