package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.SdkVersion;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.AppliedTailoring;
import io.aftercert.core.model.ResultKind;
import io.aftercert.core.model.ScoringMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of scoring one assessment: immutable, and the exact content of the result JSON
 * (architecture §6). Every number is an exact {@link Ratio}.
 *
 * <p>Build one with {@link #builder()} or change a copy with {@link #toBuilder()}: the canonical
 * constructor lists every component and grows when the result does, so it is not part of the
 * compatibility promise (a new component comes with a builder method and a default).
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
 * @param passed        whether the evaluation is passed ({@link Verdict#NOT_JUDGED} when the rubric
 *                      defines no pass rule; {@code null} in the JSON)
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
public record AssessmentResult(int schemaVersion, String sdkVersion, RubricRef rubric, Organization organization,
                               @Nullable LocalDate assessedOn, @Nullable String assessor,
                               @Nullable Integer qualifyingGradeHeldMonths, Ratio score, Ratio bonus, Ratio deductions,
                               Ratio finalScore, BigDecimal scoreDisplay, @Nullable GradeRef grade, @Nullable GradeRef gradeByScore,
                               Verdict passed, List<Text> reasons, List<Text> caveats, List<Text> warnings,
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
     * @param passed        whether the evaluation is passed ({@link Verdict#NOT_JUDGED} without a pass rule)
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
     * @throws NullPointerException when a list or {@code passed} is null, or a list holds null
     */
    public AssessmentResult {
        java.util.Objects.requireNonNull(passed, "passed");
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
     * @param mode      points or weighted
     * @param tailoring the tailoring applied, or null
     * @param derived   true when any points, weights or grade bounds are derived rather than published
     * @param result    what the result means ({@code conformance}, {@code index}; {@code graded} when
     *                  a tailoring gave it grades) where the rubric data declares it, otherwise null
     *                  (and absent from the JSON): then a result with a grade is graded, one without
     *                  is a quality index
     */
    public record RubricRef(String id, String version, Text title, ScoringMode mode, @Nullable AppliedTailoring tailoring, boolean derived,
                            @Nullable ResultKind result) {
        /**
         * A reference to a rubric that declares no result kind.
         *
         * @param id        rubric id
         * @param version   rubric version
         * @param title     rubric title
         * @param mode      points or weighted
         * @param tailoring the tailoring applied, or null
         * @param derived   true when any points, weights or grade bounds are derived rather than published
         */
        public RubricRef(String id, String version, Text title, ScoringMode mode, @Nullable AppliedTailoring tailoring, boolean derived) {
            this(id, version, title, mode, tailoring, derived, null);
        }

        /** {@return true when the result reads as a conformance percentage (the rubric declares {@code conformance})} */
        public boolean conformance() {
            return result == ResultKind.CONFORMANCE;
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
    public Optional<NextGrade> optionalNextGrade() {
        return Optional.ofNullable(nextGrade);
    }

    /**
     * One leaf's result.
     *
     * @param code the indicator code
     * @return the leaf's result, or empty when {@code code} is not a leaf of the rubric
     */
    public Optional<IndicatorResult> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * One group's subtotal.
     *
     * @param code the group code
     * @return the group's subtotal, or empty when {@code code} is not a group of the rubric
     */
    public Optional<GroupResult> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** {@return the leaves with no evidence, in document order (they earn 0 and are listed, never skipped)} */
    public List<IndicatorResult> notAssessed() {
        return indicators.stream().filter(i -> i.status() == Status.NOT_ASSESSED).toList();
    }

    /** {@return the leaves excluded as not applicable, in document order (their points left the applicable total)} */
    public List<IndicatorResult> notApplicable() {
        return indicators.stream().filter(i -> i.status() == Status.NOT_APPLICABLE).toList();
    }

    /** {@return how many special deductions were found (the count the "more than N fail" rule compares)} */
    public long deductionCount() {
        return findings.stream().filter(f -> f.type() == Finding.Type.DEDUCTION).count();
    }

    /** {@return a builder of a result with this schema and SDK version, no lists filled and {@link Verdict#NOT_JUDGED}} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding every value of this result, to build a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schemaVersion = schemaVersion;
        b.sdkVersion = sdkVersion;
        b.rubric = rubric;
        b.organization = organization;
        b.assessedOn = assessedOn;
        b.assessor = assessor;
        b.qualifyingGradeHeldMonths = qualifyingGradeHeldMonths;
        b.score = score;
        b.bonus = bonus;
        b.deductions = deductions;
        b.finalScore = finalScore;
        b.scoreDisplay = scoreDisplay;
        b.grade = grade;
        b.gradeByScore = gradeByScore;
        b.passed = passed;
        b.reasons = reasons;
        b.caveats = caveats;
        b.warnings = warnings;
        b.totals = totals;
        b.groups = groups;
        b.indicators = indicators;
        b.findings = findings;
        b.gaps = gaps;
        b.nextGrade = nextGrade;
        b.ledger = ledger;
        return b;
    }

    /**
     * Builds an {@link AssessmentResult} one component at a time; each method sets the component of
     * the same name (see the record's components) and returns this builder. Not thread-safe; the
     * result it builds is immutable.
     *
     * @since 1.0
     */
    public static final class Builder {
        private int schemaVersion = SCHEMA_VERSION;
        private String sdkVersion = SdkVersion.VERSION;
        private @Nullable RubricRef rubric;
        private @Nullable Organization organization;
        private @Nullable LocalDate assessedOn;
        private @Nullable String assessor;
        private @Nullable Integer qualifyingGradeHeldMonths;
        private Ratio score = Ratio.ZERO;
        private Ratio bonus = Ratio.ZERO;
        private Ratio deductions = Ratio.ZERO;
        private Ratio finalScore = Ratio.ZERO;
        private BigDecimal scoreDisplay = BigDecimal.ZERO;
        private @Nullable GradeRef grade;
        private @Nullable GradeRef gradeByScore;
        private Verdict passed = Verdict.NOT_JUDGED;
        private List<Text> reasons = List.of();
        private List<Text> caveats = List.of();
        private List<Text> warnings = List.of();
        private @Nullable Totals totals;
        private List<GroupResult> groups = List.of();
        private List<IndicatorResult> indicators = List.of();
        private List<FindingResult> findings = List.of();
        private List<Gap> gaps = List.of();
        private @Nullable NextGrade nextGrade;
        private @Nullable Ledger ledger;

        private Builder() {
        }

        /**
         * Sets {@code schemaVersion}.
         *
         * @param v the JSON shape's version
         * @return this builder
         */
        public Builder schemaVersion(int v) { schemaVersion = v; return this; }
        /**
         * Sets {@code sdkVersion}.
         *
         * @param v the AfterCert version that scored it
         * @return this builder
         */
        public Builder sdkVersion(String v) { sdkVersion = v; return this; }
        /**
         * Sets {@code rubric}.
         *
         * @param v which rubric
         * @return this builder
         */
        public Builder rubric(RubricRef v) { rubric = v; return this; }
        /**
         * Sets {@code organization}.
         *
         * @param v who was assessed
         * @return this builder
         */
        public Builder organization(Organization v) { organization = v; return this; }
        /**
         * Sets {@code assessedOn}.
         *
         * @param v the assessment date, or null
         * @return this builder
         */
        public Builder assessedOn(@Nullable LocalDate v) { assessedOn = v; return this; }
        /**
         * Sets {@code assessor}.
         *
         * @param v the assessor, or null
         * @return this builder
         */
        public Builder assessor(@Nullable String v) { assessor = v; return this; }
        /**
         * Sets {@code qualifyingGradeHeldMonths}.
         *
         * @param v months the lowest grade has been held, or null
         * @return this builder
         */
        public Builder qualifyingGradeHeldMonths(@Nullable Integer v) { qualifyingGradeHeldMonths = v; return this; }
        /**
         * Sets {@code score}.
         *
         * @param v Σ earned / Σ applicable × 100
         * @return this builder
         */
        public Builder score(Ratio v) { score = v; return this; }
        /**
         * Sets {@code bonus}.
         *
         * @param v bonus points counted
         * @return this builder
         */
        public Builder bonus(Ratio v) { bonus = v; return this; }
        /**
         * Sets {@code deductions}.
         *
         * @param v deduction points taken off
         * @return this builder
         */
        public Builder deductions(Ratio v) { deductions = v; return this; }
        /**
         * Sets {@code finalScore}.
         *
         * @param v the final score
         * @return this builder
         */
        public Builder finalScore(Ratio v) { finalScore = v; return this; }
        /**
         * Sets {@code scoreDisplay}.
         *
         * @param v the final score cut to one decimal
         * @return this builder
         */
        public Builder scoreDisplay(BigDecimal v) { scoreDisplay = v; return this; }
        /**
         * Sets {@code grade}.
         *
         * @param v the grade awarded, or null without a grade scale
         * @return this builder
         */
        public Builder grade(@Nullable GradeRef v) { grade = v; return this; }
        /**
         * Sets {@code gradeByScore}.
         *
         * @param v the grade the final score alone reaches, or null without a grade scale
         * @return this builder
         */
        public Builder gradeByScore(@Nullable GradeRef v) { gradeByScore = v; return this; }
        /**
         * Sets {@code passed}.
         *
         * @param v whether the evaluation is passed
         * @return this builder
         */
        public Builder passed(Verdict v) { passed = v; return this; }
        /**
         * Sets {@code reasons}.
         *
         * @param v why it is not passed
         * @return this builder
         */
        public Builder reasons(List<Text> v) { reasons = v; return this; }
        /**
         * Sets {@code caveats}.
         *
         * @param v conditions a reader must know
         * @return this builder
         */
        public Builder caveats(List<Text> v) { caveats = v; return this; }
        /**
         * Sets {@code warnings}.
         *
         * @param v things that deserve attention
         * @return this builder
         */
        public Builder warnings(List<Text> v) { warnings = v; return this; }
        /**
         * Sets {@code totals}.
         *
         * @param v Σ earned, Σ applicable, Σ max
         * @return this builder
         */
        public Builder totals(Totals v) { totals = v; return this; }
        /**
         * Sets {@code groups}.
         *
         * @param v subtotals of every group
         * @return this builder
         */
        public Builder groups(List<GroupResult> v) { groups = v; return this; }
        /**
         * Sets {@code indicators}.
         *
         * @param v one entry per leaf
         * @return this builder
         */
        public Builder indicators(List<IndicatorResult> v) { indicators = v; return this; }
        /**
         * Sets {@code findings}.
         *
         * @param v special findings as scored
         * @return this builder
         */
        public Builder findings(List<FindingResult> v) { findings = v; return this; }
        /**
         * Sets {@code gaps}.
         *
         * @param v indicators that lost points, ranked
         * @return this builder
         */
        public Builder gaps(List<Gap> v) { gaps = v; return this; }
        /**
         * Sets {@code nextGrade}.
         *
         * @param v the cheapest way to the next grade, or null
         * @return this builder
         */
        public Builder nextGrade(@Nullable NextGrade v) { nextGrade = v; return this; }
        /**
         * Sets {@code ledger}.
         *
         * @param v the audit trail
         * @return this builder
         */
        public Builder ledger(Ledger v) { ledger = v; return this; }

        /**
         * The result.
         *
         * @return the result
         * @throws NullPointerException when the rubric, organization, totals or ledger is missing,
         *                              or a list holds null
         */
        @SuppressWarnings("NullAway")
        public AssessmentResult build() {
            java.util.Objects.requireNonNull(rubric, "rubric");
            java.util.Objects.requireNonNull(organization, "organization");
            java.util.Objects.requireNonNull(totals, "totals");
            java.util.Objects.requireNonNull(ledger, "ledger");
            return new AssessmentResult(schemaVersion, sdkVersion, rubric, organization, assessedOn, assessor,
                    qualifyingGradeHeldMonths, score, bonus, deductions, finalScore, scoreDisplay, grade, gradeByScore,
                    passed, reasons, caveats, warnings, totals, groups, indicators, findings, gaps, nextGrade, ledger);
        }
    }
}
