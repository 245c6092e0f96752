package io.aftercert.core.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The evidence file as read, before it becomes an {@code Assessment}: the input constraints of
 * architecture §6 are declared here with Jakarta Bean Validation and checked all at once.
 */
final class EvidenceDtos {
    static final int MAX_TEXT = 20_000;

    private EvidenceDtos() {
    }

    record OrganizationDto(
            @NotBlank(message = "organization name must not be blank") @Size(max = 500) String name,
            @Pattern(regexp = "manufacturer|trader|service", message = "must be manufacturer, trader or service") String kind) {
    }

    record SampleDto(
            @NotNull(message = "conforming is required") @PositiveOrZero(message = "must be ≥ 0") Integer conforming,
            @NotNull(message = "sampled is required") @Positive(message = "must be ≥ 1") @Max(value = 10_000_000, message = "must be ≤ 10000000") Integer sampled) {
        @AssertTrue(message = "conforming must not exceed sampled")
        boolean isConformingWithinSampled() {
            return conforming == null || sampled == null || conforming <= sampled;
        }
    }

    record EntryDto(
            Boolean conforms,
            @DecimalMin(value = "0", message = "credit must be ≥ 0") @DecimalMax(value = "1", message = "credit must be ≤ 1")
            @Digits(integer = 1, fraction = io.aftercert.core.internal.input.NumberBounds.MAX_FRACTION_DIGITS, message = "credit has too many digits") BigDecimal credit,
            @Min(value = 1, message = "band must be 1–5") @Max(value = 5, message = "band must be 1–5") Integer band,
            @Valid SampleDto sample,
            @DecimalMin(value = "-1000000000000", message = "value is out of range")
            @DecimalMax(value = "1000000000000", message = "value is out of range")
            @Digits(integer = 13, fraction = io.aftercert.core.internal.input.NumberBounds.MAX_FRACTION_DIGITS, message = "value has too many digits") BigDecimal value,
            @Size(min = 1, max = MAX_TEXT, message = "justification must be 1–20000 characters") String notApplicable,
            @Size(max = MAX_TEXT, message = "notes must be at most 20000 characters") String notes,
            @Size(max = 200, message = "at most 200 attachments") List<@NotBlank(message = "attachment must not be blank") @Size(max = 1000) String> attachments,
            @Size(max = 500) String assessor,
            LocalDate date) {
        @AssertTrue(message = "notApplicable needs a justification that is not blank")
        boolean isJustificationNotBlank() {
            return notApplicable == null || !notApplicable.isBlank();
        }
    }

    record FindingDto(
            @NotNull(message = "type is required") @Pattern(regexp = "deduction|bonus", message = "type must be deduction or bonus") String type,
            String category,
            @NotBlank(message = "description must not be blank") @Size(max = MAX_TEXT) String description,
            String indicator) {
        @AssertTrue(message = "a deduction needs a category: law, own-rules, industry or system-impact")
        boolean isCategoryGivenForDeduction() {
            return !"deduction".equals(type) || (category != null && !category.isBlank());
        }
    }

    record EvidenceFileDto(
            @NotBlank(message = "rubric is required") String rubric,
            String rubricVersion,
            @NotNull(message = "organization is required") @Valid OrganizationDto organization,
            LocalDate assessedOn,
            @Size(max = 500) String assessor,
            @PositiveOrZero(message = "must be ≥ 0") @Max(value = 1200, message = "must be ≤ 1200") Integer qualifyingGradeHeldMonths,
            @NotNull(message = "evidence is required (it may be empty: {})") @Size(max = 10_000, message = "at most 10000 entries") Map<String, @Valid EntryDto> evidence,
            @Size(max = 1000, message = "at most 1000 findings") List<@Valid FindingDto> findings) {
    }
}
