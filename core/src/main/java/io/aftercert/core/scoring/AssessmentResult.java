package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.AppliedTailoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of scoring one assessment: immutable, and the exact content of the result JSON
 * (architecture §6). Every number is an exact {@link Ratio}.
 *
 * @param schemaVersion version of this JSON shape ({@value #SCHEMA_VERSION})
 * @param sdkVersion    the AfterCert version that scored it
 * @param rubric        which rubric (id, version, title, tailoring)
 * @param organization  who was assessed
 * @param assessedOn    assessment date, or null
 * @param assessor      assessor, or null
 * @param qualifyingGradeHeldMonths months the organisation has held the lowest grade, as the evidence
 *                      states it, or null (then absent from the JSON); with the grade scale's
 *                      {@code qualifyingMonths} it decides whether a star grade is conditional
 * @param score         Σ earned / Σ applicable × 100, exact
 * @param bonus         bonus points counted
 * @param deductions    deduction points taken off
 * @param finalScore    score + bonus − deductions, kept within [0, 100], exact
 * @param scoreDisplay  the final score cut to one decimal, never above the exact value
 * @param grade         the grade awarded ({@code none} when not passed); null when the rubric has
 *                      no grade scale
 * @param gradeByScore  the grade the final score alone reaches (differs from {@code grade} when
 *                      too many deductions fail the evaluation); null without a grade scale
 * @param passed        whether the evaluation is passed; null when the rubric defines no pass rule
 * @param reasons       why it is not passed (empty when passed)
 * @param caveats       conditions a reader must know (the one-year rule for star grades)
 * @param warnings      things that do not stop scoring but deserve attention
 * @param totals        Σ earned, Σ applicable, Σ max
 * @param groups        subtotals of every group, in document order
 * @param indicators    one entry per leaf, in document order
 * @param findings      special findings as scored
 * @param gaps          indicators that lost points, ranked by what full credit adds to the final score
 * @param nextGrade     the cheapest way to the next grade, or null when there is none
 * @param ledger        the audit trail from evidence to final score
 *
 * @since 1.0
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"schemaVersion", "sdkVersion", "rubric", "organization", "assessedOn", "assessor", "qualifyingGradeHeldMonths", "score",
        "bonus", "deductions", "finalScore", "scoreDisplay", "grade", "gradeByScore", "passed", "reasons", "caveats",
        "warnings", "totals", "groups", "indicators", "findings", "gaps", "nextGrade", "ledger"})
public record AssessmentResult(int schemaVersion, String sdkVersion, RubricRef rubric, Organization organization,
                               @Nullable LocalDate assessedOn, @Nullable String assessor,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer qualifyingGradeHeldMonths, Ratio score, Ratio bonus, Ratio deductions,
                               Ratio finalScore, BigDecimal scoreDisplay, @Nullable GradeRef grade, @Nullable GradeRef gradeByScore,
                               @Nullable Boolean passed, List<Text> reasons, List<Text> caveats, List<Text> warnings,
                               Totals totals, List<GroupResult> groups, List<IndicatorResult> indicators,
                               List<FindingResult> findings, List<Gap> gaps, @Nullable NextGrade nextGrade, Ledger ledger) {

    /** 2: every number a JSON number with {@code <field>Exact} siblings; {@code nominalMax}. */
    public static final int SCHEMA_VERSION = 2;

    /**
     * Copies the lists, so the result stays immutable.
     *
     * @param schemaVersion version of this JSON shape ({@value #SCHEMA_VERSION})
     * @param sdkVersion    the AfterCert version that scored it
     * @param rubric        which rubric (id, version, title, tailoring)
     * @param organization  who was assessed
     * @param assessedOn    assessment date, or null
     * @param assessor      assessor, or null
     * @param qualifyingGradeHeldMonths months the lowest grade has been held, as the evidence states it, or null
     * @param score         Σ earned / Σ applicable × 100, exact
     * @param bonus         bonus points counted
     * @param deductions    deduction points taken off
     * @param finalScore    score + bonus − deductions, kept within [0, 100], exact
     * @param scoreDisplay  the final score cut to one decimal, never above the exact value
     * @param grade         the grade awarded ({@code none} when not passed); null when the rubric has
     *                      no grade scale
     * @param gradeByScore  the grade the final score alone reaches (differs from {@code grade} when
     *                      too many deductions fail the evaluation); null without a grade scale
     * @param passed        whether the evaluation is passed; null when the rubric defines no pass rule
     * @param reasons       why it is not passed (empty when passed)
     * @param caveats       conditions a reader must know (the one-year rule for star grades)
     * @param warnings      things that do not stop scoring but deserve attention
     * @param totals        Σ earned, Σ applicable, Σ max
     * @param groups        subtotals of every group, in document order
     * @param indicators    one entry per leaf, in document order
     * @param findings      special findings as scored
     * @param gaps          indicators that lost points, ranked by what full credit adds to the final score
     * @param nextGrade     the cheapest way to the next grade, or null when there is none
     * @param ledger        the audit trail from evidence to final score
     * @throws NullPointerException when a list is null or holds null
     */
    public AssessmentResult {
        reasons = List.copyOf(reasons);
        caveats = List.copyOf(caveats);
        warnings = List.copyOf(warnings);
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
        gaps = List.copyOf(gaps);
    }

    /**
     * Which rubric scored it.
     *
     * @param id        rubric id
     * @param version   rubric version
     * @param title     rubric title
     * @param mode      {@code points} or {@code weighted}
     * @param tailoring the tailoring applied, or null
     * @param derived   true when any points, weights or grade bounds are derived rather than published
     * @param result    what the result means ({@code conformance}, {@code index}; {@code graded} when
     *                  a tailoring gave it grades) where the rubric data declares it, otherwise null
     *                  (and absent from the JSON): then a result with a grade is graded, one without
     *                  is a quality index
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RubricRef(String id, String version, Text title, String mode, @Nullable AppliedTailoring tailoring, boolean derived,
                            String result) {
        /**
         * A reference to a rubric that declares no result kind.
         *
         * @param id        rubric id
         * @param version   rubric version
         * @param title     rubric title
         * @param mode      {@code points} or {@code weighted}
         * @param tailoring the tailoring applied, or null
         * @param derived   true when any points, weights or grade bounds are derived rather than published
         */
        public RubricRef(String id, String version, Text title, String mode, @Nullable AppliedTailoring tailoring, boolean derived) {
            this(id, version, title, mode, tailoring, derived, null);
        }

        /** {@return true when the result reads as a conformance percentage (the rubric declares {@code conformance})} */
        @JsonIgnore
        public boolean conformance() {
            return "conformance".equals(result);
        }
    }

    /**
     * The grade awarded, empty when the rubric has no grade scale (gxdsl244 is a quality index):
     * the null-safe form of {@link #grade()}. A graded rubric always gives a value, {@code none}
     * when no grade is reached or the evaluation is not passed.
     *
     * @return the grade, or empty without a grade scale
     * @since 0.1.0
     */
    @JsonIgnore
    public Optional<GradeRef> optionalGrade() {
        return Optional.ofNullable(grade);
    }

    /**
     * The cheapest way to the next grade, empty at the top grade and for rubrics without a grade
     * scale: the null-safe form of {@link #nextGrade()}.
     *
     * @return the next-grade plan, or empty when there is no next grade
     * @since 0.1.0
     */
    @JsonIgnore
    public Optional<NextGrade> optionalNextGrade() {
        return Optional.ofNullable(nextGrade);
    }

    /**
     * One leaf's result.
     *
     * @param code the indicator code
     * @return the leaf's result, or empty when {@code code} is not a leaf of the rubric
     */
    @JsonIgnore
    public Optional<IndicatorResult> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * One group's subtotal.
     *
     * @param code the group code
     * @return the group's subtotal, or empty when {@code code} is not a group of the rubric
     */
    @JsonIgnore
    public Optional<GroupResult> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** {@return the leaves with no evidence, in document order (they earn 0 and are listed, never skipped)} */
    @JsonIgnore
    public List<IndicatorResult> notAssessed() {
        return indicators.stream().filter(i -> i.status() == Status.NOT_ASSESSED).toList();
    }

    /** {@return the leaves excluded as not applicable, in document order (their points left the applicable total)} */
    @JsonIgnore
    public List<IndicatorResult> notApplicable() {
        return indicators.stream().filter(i -> i.status() == Status.NOT_APPLICABLE).toList();
    }

    /** {@return how many special deductions were found (the count the "more than N fail" rule compares)} */
    @JsonIgnore
    public long deductionCount() {
        return findings.stream().filter(f -> "deduction".equals(f.type())).count();
    }
}
