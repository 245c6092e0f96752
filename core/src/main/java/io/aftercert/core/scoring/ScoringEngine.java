package io.aftercert.core.scoring;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.SdkVersion;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.MetricSpec;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.model.SpecialRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores an {@link Assessment} against a {@link Rubric} (architecture §3). Stateless and thread-safe.
 *
 * <ol>
 *   <li>credit(evidence), the same for every kind of indicator: conforms → 1 / 0; credit → as
 *       given; band → its midpoint (0.1, 0.3, …, 0.9) unless a credit inside the band is given;
 *       sample → conforming / sampled; value (metric indicators only) → the metric's credit curve,
 *       at most its {@code valueCreditCap}. No evidence: not assessed, credit 0.</li>
 *   <li>earned(item) = max(item) × credit. A not-applicable item leaves the applicable total
 *       (points rubrics: globally; weighted rubrics: among its siblings, so weights hold, and the
 *       siblings' maxima grow to the shares they are scored against).</li>
 *   <li>score = Σ earned / Σ applicable × 100.</li>
 *   <li>bonus: at most {@code maxBonuses} (1) bonus of {@code bonusPoints} (1) counts.</li>
 *   <li>deductions: {@code deductionPoints} (1) each; more than {@code maxDeductions} (5): not
 *       passed and grade {@code none} whatever the score.</li>
 *   <li>final = score + bonus − deductions, kept within [0, 100].</li>
 *   <li>grade: the highest grade whose inclusive lower bound the exact final score reaches.</li>
 * </ol>
 *
 * @since 1.0
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * Scores {@code assessment}: checks it against the rubric ({@link EvidenceCheck}; an
     * assessment built in code is validated here), then runs the steps above on the rubric's
     * compiled form (tailored exclusions included) and builds the full result from its figures.
     *
     * @param rubric     the rubric, shared and immutable
     * @param assessment the evidence
     * @return the result, with gaps, the next-grade plan and the ledger
     * @throws InvalidInputException listing every problem when the assessment does not fit the rubric
     */
    public static AssessmentResult score(Rubric rubric, Assessment assessment) {
        check(rubric, assessment);
        return result(CompiledRubric.of(rubric).figures(assessment, null, true), assessment);
    }

    /**
     * Scores an assessment a reader has already checked (one validation pass): the full result,
     * without checking again.
     *
     * @param validated the assessment with the proof of its check (from {@link EvidenceCheck#validated} or a reader)
     * @return the result, with gaps, the next-grade plan and the ledger
     */
    public static AssessmentResult score(ValidatedAssessment validated) {
        return result(CompiledRubric.of(validated.rubric()).figures(validated.assessment(), validated.byLeaf, true),
                validated.assessment());
    }

    /**
     * The final score and grade alone — the same rules and figures as {@link #score(Rubric, Assessment)}
     * without the texts, ledger, gaps and plan (an ERP re-scoring every tenant, a what-if planner).
     *
     * @param rubric     the rubric, shared and immutable
     * @param assessment the evidence
     * @return the score, final score, grade and pass, exactly as the full result states them
     * @throws InvalidInputException listing every problem when the assessment does not fit the rubric
     */
    public static FinalScore finalScore(Rubric rubric, Assessment assessment) {
        check(rubric, assessment);
        return FinalScore.of(CompiledRubric.of(rubric).figures(assessment, null, false));
    }

    /**
     * {@link #finalScore(Rubric, Assessment)} of an assessment a reader has already checked.
     *
     * @param validated the assessment with the proof of its check
     * @return the score, final score, grade and pass, exactly as the full result states them
     */
    public static FinalScore finalScore(ValidatedAssessment validated) {
        return FinalScore.of(CompiledRubric.of(validated.rubric()).figures(validated.assessment(), validated.byLeaf, false));
    }

    private static void check(Rubric rubric, Assessment assessment) {
        List<Problem> problems = EvidenceCheck.problems(rubric, assessment);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("evidence does not fit rubric " + rubric.id(), problems);
        }
    }

    /** The full result, dressed from the figures of one compiled run (no rule is computed here a second time). */
    private static AssessmentResult result(CompiledRubric.Figures f, Assessment assessment) {
        CompiledRubric c = f.compiled;
        Rubric rubric = c.rubric();
        List<Text> warnings = inputWarnings(rubric, assessment);

        // 1–2: leaves, from the run's credits and maxima
        int n = c.leaves.length;
        List<IndicatorResult> leaves = new ArrayList<>(n);
        Map<String, IndicatorResult> byCode = new HashMap<>();
        Ratio max = Ratio.ZERO;
        for (int i = 0; i < n; i++) {
            IndicatorResult r = leafResult(c.leaves[i], f.evidence[i], f.values[i], f.max[i], f.credits[i]);
            leaves.add(r);
            byCode.put(r.code(), r);
            max = max.plus(r.nominalMax() != null ? r.nominalMax() : r.max());
        }
        Ratio earned = f.earned();
        Ratio applicable = f.applicable();
        InputWarnings.excludedShare(leaves, warnings);
        List<GroupResult> groups = new ArrayList<>();
        for (Indicator top : rubric.indicators()) {
            groupResults(top, null, 1, byCode, rubric.mode() == ScoringMode.WEIGHTED, groups);
        }

        // 3: normalised score
        if (applicable.isZero()) {
            warnings.add(Text.of("所有条款均被标为不适用，无可评分内容", "every indicator is marked not applicable: nothing was scored"));
        }

        // 4–5: special findings; 6: final score; 7: grade, pass
        List<FindingResult> findings = findingResults(f, assessment, warnings);
        Totals totals = new Totals(earned, applicable, max);
        List<Gap> gaps = gaps(leaves, earned, applicable, f.bonus, f.deductions, f.finalScore);
        GradeScale scale = rubric.gradeScale();
        NextGrade next = scale == null ? null : nextGrade(scale, f, gaps);

        return AssessmentResult.builder()
                .schemaVersion(AssessmentResult.SCHEMA_VERSION).sdkVersion(SdkVersion.VERSION)
                .rubric(new AssessmentResult.RubricRef(rubric.id(), rubric.version(), rubric.title(), rubric.mode(),
                        rubric.tailoring(), rubric.hasDerivedValues(),
                        rubric.declaredResult() == null ? null : rubric.resultKind()))
                .organization(assessment.organization()).assessedOn(assessment.assessedOn()).assessor(assessment.assessor())
                .qualifyingGradeHeldMonths(assessment.qualifyingGradeHeldMonths())
                .score(f.score).bonus(f.bonus).deductions(f.deductions).finalScore(f.finalScore)
                .scoreDisplay(f.finalScore.truncate(1))
                .grade(f.grade).gradeByScore(f.gradeByScore).passed(f.passed)
                .reasons(reasons(f)).caveats(caveats(f, assessment)).warnings(warnings).totals(totals)
                .groups(groups).indicators(leaves).findings(findings).gaps(gaps).nextGrade(next)
                .ledger(Ledger.of(leaves, totals, f, bandLabels(rubric)))
                .build();
    }

    /** Warnings about the input itself: excluded evidence, another rubric version, weights, implausible values. */
    private static List<Text> inputWarnings(Rubric rubric, Assessment assessment) {
        List<Text> warnings = new ArrayList<>();
        rubric.exclusions().forEach((code, why) -> {
            Evidence given = assessment.evidence().get(code);
            if (given != null && !(given.value() instanceof EvidenceValue.NotApplicable)) {
                warnings.add(Text.of(code + " 已被剪裁排除，提供的证据未计分", code + " is excluded by the tailoring; the evidence given was not scored"));
            }
        });
        if (assessment.rubricVersion() != null && !assessment.rubricVersion().equals(rubric.version())) {
            warnings.add(Text.of("证据文件针对 " + rubric.id() + " 版本 " + assessment.rubricVersion() + " 编写，本次按版本 "
                    + rubric.version() + " 评分", "evidence was written for " + rubric.id() + " version " + assessment.rubricVersion()
                    + "; scored with version " + rubric.version()));
        }
        weightWarnings(rubric.indicators(), warnings);
        InputWarnings.implausibleValues(rubric, assessment, code -> !rubric.exclusions().containsKey(code), warnings);
        return warnings;
    }

    /** Steps 4–5: each special finding with the points it moved (the first maxBonuses bonuses count). */
    private static List<FindingResult> findingResults(CompiledRubric.Figures f, Assessment assessment, List<Text> warnings) {
        SpecialRules rules = f.compiled.rubric().specialRules();
        List<FindingResult> findings = new ArrayList<>();
        int bonusesSeen = 0;
        for (Finding x : assessment.findings()) {
            if (x.type() == Finding.Type.DEDUCTION) {
                findings.add(new FindingResult(Finding.Type.DEDUCTION, x.category(), x.description(), x.indicator(),
                        rules.deductionPoints().negate()));
            } else {
                boolean counts = bonusesSeen++ < f.bonusesCounted;
                findings.add(new FindingResult(Finding.Type.BONUS, null, x.description(), x.indicator(),
                        counts ? rules.bonusPoints() : Ratio.ZERO));
            }
        }
        if (rules != null && f.bonusCount > rules.maxBonuses()) {
            warnings.add(Text.of("提交了 " + f.bonusCount + " 项特别加分，最多计 " + rules.maxBonuses() + " 项",
                    f.bonusCount + " special bonuses given; at most " + rules.maxBonuses() + " counts"));
        }
        return findings;
    }

    /** Step 7: why the grade is lower than the score alone would give, or why none is given. */
    private static List<Text> reasons(CompiledRubric.Figures f) {
        Rubric rubric = f.compiled.rubric();
        List<Text> reasons = new ArrayList<>();
        if (f.deductionsFail) {
            int maxDeductions = rubric.specialRules().maxDeductions();
            reasons.add(Text.of("特别扣分项 " + f.deductionCount + " 项：超过" + maxDeductions + "项不通过，与得分无关",
                    f.deductionCount + " special deductions: more than " + maxDeductions
                            + " fails the evaluation whatever the score"));
        }
        GradeScale scale = rubric.gradeScale();
        if (scale != null && f.byScore.isEmpty()) {
            Grade lowest = scale.grades().get(0);
            String shown = f.finalScore.truncate(2).toPlainString();
            reasons.add(Text.of("最终得分 " + shown + " 低于" + lowest.label().zh() + "线 " + lowest.minScore(),
                    "final score " + shown + " is below " + lowest.minScore() + " (" + lowest.label().en() + ")"));
        }
        return reasons;
    }

    /** Step 7: what still hangs over the grade given (a conditional star, deductions to rectify). */
    private static List<Text> caveats(CompiledRubric.Figures f, Assessment assessment) {
        List<Text> caveats = new ArrayList<>();
        GradeScale scale = f.compiled.rubric().gradeScale();
        if (scale != null && f.grade.star() && scale.starIsConditional(assessment.qualifyingGradeHeldMonths())) {
            caveats.add(scale.starCaveatFor(assessment.qualifyingGradeHeldMonths()));
        }
        int deductionCount = f.deductionCount;
        if (deductionCount > 0) {
            caveats.add(Text.of(deductionCount + " 项特别扣分项应整改", deductionCount
                    + (deductionCount == 1 ? " special deduction" : " special deductions") + " must be rectified"));
        }
        return caveats;
    }

    /** "60%–80%, midpoint 0.7" per band number, built at most once per band per call. */
    private static java.util.function.Function<Integer, String> bandLabels(Rubric rubric) {
        String[] labels = new String[rubric.bands().size() + 1];
        return n -> {
            if (n < 1 || n >= labels.length) return "?";
            if (labels[n] == null) {
                var b = rubric.bands().get(n - 1);
                labels[n] = b.range() + ", midpoint " + b.midpoint();
            }
            return labels[n];
        };
    }

    private static void weightWarnings(List<Indicator> nodes, List<Text> warnings) {
        for (Indicator n : nodes) {
            if (n.recommendedWeight() != null && n.weight() != null && !n.recommendedWeight().contains(n.weight())) {
                warnings.add(Text.of(n.code() + " " + n.title().zh() + " 的权重 " + n.weight() + "% 超出建议范围 "
                        + n.recommendedWeight(), "weight of " + n.code() + " " + n.title().en() + " is " + n.weight()
                        + " %, outside the recommended " + n.recommendedWeight()));
            }
            weightWarnings(n.children(), warnings);
        }
    }

    /**
     * One leaf's result from the run: {@code v} is what was scored (a tailoring's exclusion already
     * in place), {@code max} the maximum it was scored against, {@code credit} its credit.
     */
    private static IndicatorResult leafResult(Indicator leaf, Evidence ev, EvidenceValue v, Ratio max, Ratio credit) {
        Ratio nominal = leaf.points();
        IndicatorKind kind = leaf.kind();
        if (v instanceof EvidenceValue.NotApplicable na) {
            // excluded: scored against nothing, so it keeps its nominal maximum
            return new IndicatorResult(leaf.code(), leaf.title(), kind, nominal, null, Ratio.ZERO, Ratio.ZERO,
                    Status.NOT_APPLICABLE, null, na.form(), null, null, null, null, na.justification(),
                    ev == null ? null : ev.notes(), ev == null ? null : ev.attachments(), leaf.derived());
        }
        // the maximum it is scored against: in a weighted rubric its share after renormalisation
        Ratio nominalMax = max.equals(nominal) ? null : nominal;
        if (v == null) {
            return new IndicatorResult(leaf.code(), leaf.title(), kind, max, nominalMax, max, Ratio.ZERO,
                    Status.NOT_ASSESSED, Ratio.ZERO, null, null, null, null, null, null, null, List.of(), leaf.derived());
        }
        Integer band = null;
        Integer conforming = null;
        Integer sampled = null;
        MetricResult metric = null;
        if (v instanceof EvidenceValue.Banded b) {
            band = b.band();
        } else if (v instanceof EvidenceValue.Sample s) {
            conforming = s.conforming();
            sampled = s.sampled();
        } else if (v instanceof EvidenceValue.Measured m) {
            MetricSpec spec = leaf.metric();
            metric = new MetricResult(m.value(), spec.unit(), spec.direction(), spec.target(),
                    spec.met(m.value()), spec.gap(m.value()), spec.curve(), spec.recordsKpi(),
                    spec.valueCreditCap(), spec.curveCredit(m.value()), spec.derived());
        }
        return new IndicatorResult(leaf.code(), leaf.title(), kind, max, nominalMax, max, max.times(credit),
                Status.ASSESSED, credit, v.form(), band, conforming, sampled, metric, null, ev.notes(), ev.attachments(),
                leaf.derived());
    }

    private static Ratio[] groupResults(Indicator node, String parent, int level, Map<String, IndicatorResult> leaves,
                                        boolean weighted, List<GroupResult> out) {
        if (node.isLeaf()) {
            IndicatorResult r = leaves.get(node.code());
            return new Ratio[] {r.max(), r.applicable(), r.earned()};
        }
        int at = out.size();
        out.add(null); // keep document order: parent before children
        Ratio[] sum = {Ratio.ZERO, Ratio.ZERO, Ratio.ZERO};
        for (Indicator c : node.children()) {
            Ratio[] s = groupResults(c, node.code(), level + 1, leaves, weighted, out);
            for (int i = 0; i < 3; i++) sum[i] = sum[i].plus(s[i]);
        }
        // points rubrics: the group's maximum is the sum of its items' points; weighted rubrics: its
        // share after renormalisation, which is what its applicable items share (nominal when none is)
        Ratio max = !weighted ? sum[0] : sum[1].isZero() ? node.points() : sum[1];
        Ratio nominalMax = max.equals(node.points()) ? null : node.points();
        out.set(at, new GroupResult(node.code(), node.title(), level, parent, max, nominalMax, sum[1], sum[2], node.weight()));
        return new Ratio[] {max, sum[1], sum[2]};
    }

    private static List<Gap> gaps(List<IndicatorResult> leaves, Ratio earned, Ratio applicable, Ratio bonus,
                                  Ratio deductions, Ratio finalScore) {
        List<Gap> gaps = new ArrayList<>();
        if (applicable.isZero()) return gaps;
        Ratio unclamped = earned.dividedBy(applicable).times(Ratio.HUNDRED).plus(bonus).minus(deductions);
        Ratio perPoint = Ratio.HUNDRED.dividedBy(applicable);
        for (IndicatorResult r : leaves) {
            Ratio lost = r.lost();
            if (lost.signum() <= 0) continue;
            Ratio raised = unclamped.plus(lost.times(perPoint)).clamp(Ratio.ZERO, Ratio.HUNDRED);
            gaps.add(new Gap(r.code(), r.title(), r.status(), lost, raised.minus(finalScore)));
        }
        // stable sort keeps document order among equals
        gaps.sort(Comparator.comparing(Gap::scoreGain).thenComparing(Gap::pointsLost).reversed());
        return gaps;
    }

    /** The next grade up and the fewest items that reach it, from the run's figures and the gaps. */
    private static NextGrade nextGrade(GradeScale scale, CompiledRubric.Figures f, List<Gap> gaps) {
        Ratio finalScore = f.finalScore;
        GradeRef current = f.gradeByScore;
        SpecialRules rules = f.compiled.rubric().specialRules();
        Ratio unclamped = f.unclamped;
        Ratio applicable = f.applicable();
        Optional<Grade> cur = scale.byId(current.id());
        Optional<Grade> next = scale.next(cur);
        if (next.isEmpty()) return null;
        Grade target = next.get();
        GradeRef targetRef = GradeRef.of(next, scale);
        Ratio needed = target.minScore().minus(finalScore);
        if (f.deductionsFail) {
            return new NextGrade(targetRef, needed, List.of(), Ratio.ZERO, false, Text.of("特别扣分项超过 " + rules.maxDeductions()
                    + " 项时不授予任何等级，请先整改", "no grade can be awarded while more than " + rules.maxDeductions()
                            + " special deductions stand: rectify them first"));
        }
        if (applicable.isZero()) {
            return new NextGrade(targetRef, needed, List.of(), Ratio.ZERO, false, Text.of("所有条款均标为不适用：没有条款能提高得分",
                    "every indicator is marked not applicable: no item can raise the score"));
        }
        var chosen = io.aftercert.core.internal.plan.FewestItems.choose(gaps, Gap::pointsLost, unclamped, applicable, target.minScore());
        List<String> items = chosen.map(l -> l.stream().map(Gap::code).toList()).orElse(List.of());
        Ratio raised = unclamped;
        for (Gap g : chosen.orElse(List.of())) raised = raised.plus(g.pointsLost().dividedBy(applicable).times(Ratio.HUNDRED));
        Ratio reached = raised.clamp(Ratio.ZERO, Ratio.HUNDRED);
        boolean reachable = reached.compareTo(target.minScore()) >= 0;
        return new NextGrade(targetRef, needed, reachable ? items : List.of(),
                reachable ? reached.minus(finalScore) : Ratio.ZERO, reachable,
                reachable ? null : Text.of("所有条款满分仍达不到 " + target.minScore() + "（" + target.label().zh() + "）",
                        "full credit on every item still falls short of " + target.minScore() + " (" + target.label().en() + ")"));
    }
}
