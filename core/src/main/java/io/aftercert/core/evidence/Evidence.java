package io.aftercert.core.evidence;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The evidence for one indicator.
 *
 * @param value       what was found
 * @param notes       free text, or null
 * @param attachments references to documents (shown as text, never followed)
 * @param assessor    who assessed it, or null
 * @param date        when, or null
 *
 * @since 1.0
 */
public record Evidence(EvidenceValue value, @Nullable String notes, List<String> attachments, @Nullable String assessor, @Nullable LocalDate date) {
    /**
     * Checks the evidence and copies its attachments.
     *
     * @param value       what was found
     * @param notes       free text, or null
     * @param attachments references to documents (shown as text, never followed)
     * @param assessor    who assessed it, or null
     * @param date        when, or null
     * @throws NullPointerException     when {@code value} is null
     * @throws IllegalArgumentException when an attachment is blank
     */
    public Evidence {
        Objects.requireNonNull(value, "evidence value");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        for (String a : attachments) {
            if (a.isBlank()) throw new IllegalArgumentException("an attachment must not be blank");
        }
    }

    /**
     * Evidence with a finding and nothing else (no notes, attachments, assessor or date).
     *
     * @param value what was found
     * @return the evidence
     */
    public static Evidence of(EvidenceValue value) {
        return new Evidence(value, null, List.of(), null, null);
    }

    /**
     * A plain verdict: conform is credit 1, non-conform credit 0.
     *
     * @param conforms whether the indicator's requirement is met
     * @return the evidence
     */
    public static Evidence conforms(boolean conforms) {
        return of(new EvidenceValue.Conforms(conforms));
    }

    /**
     * A sample check: credit = conforming / sampled.
     *
     * @param conforming how many of the sampled cases conform, 0 … sampled
     * @param sampled    how many cases were checked, at least 1
     * @return the evidence
     * @throws IllegalArgumentException when the counts are out of range
     */
    public static Evidence sample(int conforming, int sampled) {
        return of(new EvidenceValue.Sample(conforming, sampled));
    }

    /**
     * A rating by scoring band; its credit is the band's midpoint (0.1, 0.3, 0.5, 0.7, 0.9).
     *
     * @param band 1 … 5 (the five bands of CTS chapter 5)
     * @return the evidence
     * @throws IllegalArgumentException when {@code band} is not 1 … 5
     */
    public static Evidence band(int band) {
        return of(new EvidenceValue.Banded(band, null));
    }

    /**
     * An explicit credit.
     *
     * @param credit the share of the indicator's points earned, in [0, 1]
     * @return the evidence
     * @throws IllegalArgumentException when the credit is null or outside [0, 1]
     */
    public static Evidence credit(io.aftercert.core.Ratio credit) {
        return of(new EvidenceValue.Credit(credit));
    }

    /**
     * A measured value, for metric indicators only; the metric's credit curve turns it into a credit.
     *
     * @param value the value in the unit the rubric declares (percentages as percent numbers: 87.5 = 87.5 %)
     * @return the evidence
     * @throws IllegalArgumentException when the value is null
     */
    public static Evidence value(io.aftercert.core.Ratio value) {
        return of(new EvidenceValue.Measured(value));
    }

    /**
     * Excludes the indicator as not applicable (删减): its points leave the applicable total.
     *
     * @param justification why it does not apply, not blank
     * @return the evidence
     * @throws IllegalArgumentException when the justification is blank
     */
    public static Evidence notApplicable(String justification) {
        return of(new EvidenceValue.NotApplicable(justification));
    }

    /**
     * A copy with other notes.
     *
     * @param newNotes the notes, or null for none
     * @return the copy; this evidence is unchanged
     */
    public Evidence withNotes(@Nullable String newNotes) {
        return new Evidence(value, newNotes, attachments, assessor, date);
    }

    /**
     * A copy with other attachments.
     *
     * @param newAttachments the references, or null for none; none may be blank
     * @return the copy; this evidence is unchanged
     * @throws IllegalArgumentException when a reference is blank
     */
    public Evidence withAttachments(@Nullable List<String> newAttachments) {
        return new Evidence(value, notes, newAttachments, assessor, date);
    }
}
