package io.aftercert.core.evidence;

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
 */
public record Evidence(EvidenceValue value, String notes, List<String> attachments, String assessor, LocalDate date) {
    public Evidence {
        Objects.requireNonNull(value, "evidence value");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        for (String a : attachments) {
            if (a.isBlank()) throw new IllegalArgumentException("an attachment must not be blank");
        }
    }

    public static Evidence of(EvidenceValue value) {
        return new Evidence(value, null, List.of(), null, null);
    }

    public static Evidence conforms(boolean conforms) {
        return of(new EvidenceValue.Conforms(conforms));
    }

    public static Evidence sample(int conforming, int sampled) {
        return of(new EvidenceValue.Sample(conforming, sampled));
    }

    public static Evidence band(int band) {
        return of(new EvidenceValue.Banded(band, null));
    }

    public static Evidence credit(io.aftercert.core.Ratio credit) {
        return of(new EvidenceValue.Credit(credit));
    }

    public static Evidence value(io.aftercert.core.Ratio value) {
        return of(new EvidenceValue.Measured(value));
    }

    public static Evidence notApplicable(String justification) {
        return of(new EvidenceValue.NotApplicable(justification));
    }

    public Evidence withNotes(String newNotes) {
        return new Evidence(value, newNotes, attachments, assessor, date);
    }

    public Evidence withAttachments(List<String> newAttachments) {
        return new Evidence(value, notes, newAttachments, assessor, date);
    }
}
