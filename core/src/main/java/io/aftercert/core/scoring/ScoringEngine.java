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
 * Scores an {@link Assessment} against a {@link Rubric} (DESIGN §3). Stateless and thread-safe.
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
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * Scores {@code assessment}: checks it against the rubric ({@link EvidenceCheck}), applies the
     * rubric's tailored exclusions, then the steps above.
     *
     * @param rubric     the rubric, shared and immutable
     * @param assessment the evidence
     * @return the result, with gaps, the next-grade plan and the ledger
     * @throws InvalidInputException listing every problem when the assessment does not fit the rubric
     */
    public static AssessmentResult score(Rubric rubric, Assessment assessment) {
        List<Problem> problems = EvidenceCheck.problems(rubric, assessment);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("evidence does not fit rubric " + rubric.id(), problems);
        }
        List<Text> warnings = new ArrayList<>();
        assessment = applyExclusions(rubric, assessment, warnings);
        if (assessment.rubricVersion() != null && !assessment.rubricVersion().equals(rubric.version())) {
            warnings.add(Text.of("证据文件针对 " + rubric.id() + " 版本 " + assessment.rubricVersion() + " 编写，本次按版本 "
                    + rubric.version() + " 评分", "evidence was written for " + rubric.id() + " version " + assessment.rubricVersion()
                    + "; scored with version " + rubric.version()));
        }
        weightWarnings(rubric.indicators(), warnings);
        InputWarnings.implausibleValues(rubric, assessment, warnings);

        // 1–2: leaves
        Map<String, Ratio> applicableShare = rubric.mode() == ScoringMode.WEIGHTED
                ? weightedShares(rubric, assessment) : null;
        List<IndicatorResult> leaves = new ArrayList<>(rubric.leaves().size());
        Map<String, IndicatorResult> byCode = new HashMap<>();
        Ratio earned = Ratio.ZERO;
        Ratio applicable = Ratio.ZERO;
        Ratio max = Ratio.ZERO;
        for (Indicator leaf : rubric.leaves()) {
            IndicatorResult r = scoreLeaf(rubric, leaf, assessment.evidence().get(leaf.code()), applicableShare);
            leaves.add(r);
            byCode.put(r.code(), r);
            earned = earned.plus(r.earned());
            applicable = applicable.plus(r.applicable());
            max = max.plus(r.nominalMax() != null ? r.nominalMax() : r.max());
        }
        InputWarnings.excludedShare(leaves, warnings);
        List<GroupResult> groups = new ArrayList<>();
        for (Indicator top : rubric.indicators()) {
            groupResults(top, null, 1, byCode, rubric.mode() == ScoringMode.WEIGHTED, groups);
        }

        // 3: normalised score
        Ratio score;
        if (applicable.isZero()) {
            score = Ratio.ZERO;
            warnings.add(Text.of("所有条款均被标为不适用，无可评分内容", "every indicator is marked not applicable: nothing was scored"));
        } else {
            score = earned.dividedBy(applicable).times(Ratio.HUNDRED);
        }

        // 4–5: special findings
        SpecialRules rules = rubric.specialRules();
        List<FindingResult> findings = new ArrayList<>();
        Ratio bonus = Ratio.ZERO;
        Ratio deductions = Ratio.ZERO;
        int deductionCount = 0;
        int bonusesCounted = 0;
        for (Finding f : assessment.findings()) {
            if (f.type() == Finding.Type.DEDUCTION) {
                deductionCount++;
                deductions = deductions.plus(rules.deductionPoints());
                findings.add(new FindingResult("deduction", f.category(), f.description(), f.indicator(),
                        rules.deductionPoints().negate()));
            } else {
                boolean counts = bonusesCounted < rules.maxBonuses();
                if (counts) {
                    bonusesCounted++;
                    bonus = bonus.plus(rules.bonusPoints());
                }
                findings.add(new FindingResult("bonus", null, f.description(), f.indicator(),
                        counts ? rules.bonusPoints() : Ratio.ZERO));
            }
        }
        long bonusCount = assessment.findings().stream().filter(f -> f.type() == Finding.Type.BONUS).count();
        if (rules != null && bonusCount > rules.maxBonuses()) {
            warnings.add(Text.of("提交了 " + bonusCount + " 项特别加分，最多计 " + rules.maxBonuses() + " 项",
                    bonusCount + " special bonuses given; at most " + rules.maxBonuses() + " counts"));
        }

        // 6: final score
        Ratio finalScore = score.plus(bonus).minus(deductions).clamp(Ratio.ZERO, Ratio.HUNDRED);

        // 7: grade, pass
        List<Text> reasons = new ArrayList<>();
        List<Text> caveats = new ArrayList<>();
        boolean deductionsFail = rules != null && rules.hasDeductions() && deductionCount > rules.maxDeductions();
        if (deductionsFail) {
            reasons.add(Text.of("特别扣分项 " + deductionCount + " 项：超过" + rules.maxDeductions() + "项不通过，与得分无关",
                    deductionCount + " special deductions: more than " + rules.maxDeductions()
                            + " fails the evaluation whatever the score"));
        }
        GradeScale scale = rubric.gradeScale();
        GradeRef grade = null;
        GradeRef gradeByScore = null;
        Boolean passed = null;
        if (scale != null) {
            Optional<Grade> byScore = scale.gradeFor(finalScore);
            gradeByScore = GradeRef.of(byScore, scale);
            if (byScore.isEmpty()) {
                Grade lowest = scale.grades().get(0);
                reasons.add(Text.of("最终得分 " + finalScore.truncate(2).toPlainString() + " 低于" + lowest.label().zh() + "线 "
                        + lowest.minScore(), "final score " + finalScore.truncate(2).toPlainString() + " is below "
                        + lowest.minScore() + " (" + lowest.label().en() + ")"));
            }
            passed = !deductionsFail && byScore.isPresent();
            grade = deductionsFail ? GradeRef.of(Optional.empty(), scale) : gradeByScore;
            if (grade.star() && scale.starIsConditional(assessment.qualifyingGradeHeldMonths())) {
                caveats.add(scale.starCaveatFor(assessment.qualifyingGradeHeldMonths()));
            }
        } else if (rules != null) {
            passed = !deductionsFail;
        }
        if (deductionCount > 0) {
            caveats.add(Text.of(deductionCount + " 项特别扣分项应整改", deductionCount
                    + (deductionCount == 1 ? " special deduction" : " special deductions") + " must be rectified"));
        }

        Totals totals = new Totals(earned, applicable, max);
        List<Gap> gaps = gaps(leaves, earned, applicable, bonus, deductions, finalScore);
        NextGrade next = scale == null ? null
                : nextGrade(scale, finalScore, gradeByScore, deductionsFail, gaps, rules,
                        score.plus(bonus).minus(deductions), applicable);

        return new AssessmentResult(AssessmentResult.SCHEMA_VERSION, SdkVersion.VERSION,
                new AssessmentResult.RubricRef(rubric.id(), rubric.version(), rubric.title(), rubric.mode().json(),
                        rubric.tailoring(), rubric.hasDerivedValues(),
                        rubric.declaredResult() == null ? null : rubric.resultKind().json()),
                assessment.organization(), assessment.assessedOn(), assessment.assessor(), assessment.qualifyingGradeHeldMonths(), score, bonus, deductions,
                finalScore, finalScore.truncate(1), grade, gradeByScore, passed, reasons, caveats, warnings, totals,
                groups, leaves, findings, gaps, next, Ledger.of(leaves, totals, score, bonus, deductions, finalScore,
                        bandLabels(rubric)));
    }

    /** Items the rubric's tailoring excludes are not applicable, whatever evidence says (a warning names any). */
    private static Assessment applyExclusions(Rubric rubric, Assessment a, List<Text> warnings) {
        if (rubric.exclusions().isEmpty()) return a;
        Map<String, Evidence> ev = new java.util.LinkedHashMap<>(a.evidence());
        rubric.exclusions().forEach((code, why) -> {
            Evidence given = ev.get(code);
            if (given != null && !(given.value() instanceof EvidenceValue.NotApplicable)) {
                warnings.add(Text.of(code + " 已被剪裁排除，提供的证据未计分", code + " is excluded by the tailoring; the evidence given was not scored"));
            }
            ev.put(code, new Evidence(new EvidenceValue.NotApplicable("剪裁 / tailoring: " + why),
                    given == null ? null : given.notes(), given == null ? null : given.attachments(), null, null));
        });
        return new Assessment(a.rubricId(), a.rubricVersion(), a.organization(), a.assessedOn(), a.assessor(),
                a.qualifyingGradeHeldMonths(), ev, a.findings());
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

    /** Weighted rubrics: each applicable leaf's share of the 0–100 index after sibling renormalisation. */
    private static Map<String, Ratio> weightedShares(Rubric rubric, Assessment a) {
        Map<String, Ratio> shares = new HashMap<>();
        distribute(rubric.indicators(), Ratio.HUNDRED, a, shares);
        return shares;
    }

    private static void distribute(List<Indicator> siblings, Ratio budget, Assessment a, Map<String, Ratio> shares) {
        Ratio sum = Ratio.ZERO;
        for (Indicator s : siblings) if (applicable(s, a)) sum = sum.plus(s.weight() == null ? Ratio.ONE : s.weight());
        for (Indicator s : siblings) {
            if (!applicable(s, a)) continue;
            Ratio share = budget.times(s.weight() == null ? Ratio.ONE : s.weight()).dividedBy(sum);
            if (s.isLeaf()) shares.put(s.code(), share);
            else distribute(s.children(), share, a, shares);
        }
    }

    private static boolean applicable(Indicator node, Assessment a) {
        if (node.isLeaf()) {
            Evidence e = a.evidence().get(node.code());
            return e == null || !(e.value() instanceof EvidenceValue.NotApplicable);
        }
        for (Indicator c : node.children()) if (applicable(c, a)) return true;
        return false;
    }

    private static IndicatorResult scoreLeaf(Rubric rubric, Indicator leaf, Evidence ev, Map<String, Ratio> shares) {
        Ratio nominal = leaf.points();
        String kind = leaf.kind().json();
        if (ev != null && ev.value() instanceof EvidenceValue.NotApplicable na) {
            // excluded: scored against nothing, so it keeps its nominal maximum
            return new IndicatorResult(leaf.code(), leaf.title(), kind, nominal, null, Ratio.ZERO, Ratio.ZERO,
                    Status.NOT_APPLICABLE, null, na.form(), null, null, null, null, na.justification(), ev.notes(),
                    ev.attachments(), leaf.derived());
        }
        // the maximum it is scored against: in a weighted rubric its share after renormalisation
        Ratio max = shares == null ? nominal : shares.get(leaf.code());
        Ratio nominalMax = max.equals(nominal) ? null : nominal;
        if (ev == null) {
            return new IndicatorResult(leaf.code(), leaf.title(), kind, max, nominalMax, max, Ratio.ZERO,
                    Status.NOT_ASSESSED, Ratio.ZERO, null, null, null, null, null, null, null, List.of(), leaf.derived());
        }
        EvidenceValue v = ev.value();
        Integer band = null;
        Integer conforming = null;
        Integer sampled = null;
        MetricResult metric = null;
        Ratio credit;
        // one rule for the assessor's verdict, whatever the indicator's kind
        if (v instanceof EvidenceValue.Conforms c) {
            credit = c.conforms() ? Ratio.ONE : Ratio.ZERO;
        } else if (v instanceof EvidenceValue.Credit c) {
            credit = c.credit();
        } else if (v instanceof EvidenceValue.Banded b) {
            band = b.band();
            credit = b.credit() != null ? b.credit() : rubric.band(b.band()).orElseThrow().midpoint();
        } else if (v instanceof EvidenceValue.Sample s) {
            conforming = s.conforming();
            sampled = s.sampled();
            credit = s.credit();
        } else if (v instanceof EvidenceValue.Measured m) {
            MetricSpec spec = leaf.metric();
            credit = spec.credit(m.value());
            metric = new MetricResult(m.value(), spec.unit(), spec.direction().json(), spec.target(),
                    spec.met(m.value()), spec.gap(m.value()), spec.curve().json(), spec.recordsKpi(),
                    spec.valueCreditCap(), spec.curveCredit(m.value()), spec.derived());
        } else {
            throw new IllegalStateException("unhandled evidence form " + v.form());
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

    private static NextGrade nextGrade(GradeScale scale, Ratio finalScore, GradeRef current, boolean deductionsFail,
                                       List<Gap> gaps, SpecialRules rules, Ratio unclamped, Ratio applicable) {
        Optional<Grade> cur = scale.byId(current.id());
        Optional<Grade> next = scale.next(cur);
        if (next.isEmpty()) return null;
        Grade target = next.get();
        GradeRef targetRef = GradeRef.of(next, scale);
        Ratio needed = target.minScore().minus(finalScore);
        if (deductionsFail) {
            return new NextGrade(targetRef, needed, List.of(), Ratio.ZERO, false,
                    "no grade can be awarded while more than " + rules.maxDeductions()
                            + " special deductions stand: rectify them first");
        }
        if (applicable.isZero()) {
            return new NextGrade(targetRef, needed, List.of(), Ratio.ZERO, false,
                    "every indicator is marked not applicable: no item can raise the score");
        }
        var chosen = io.aftercert.core.plan.Planner.fewestItems(gaps, unclamped, applicable, target.minScore());
        List<String> items = chosen.map(l -> l.stream().map(Gap::code).toList()).orElse(List.of());
        Ratio raised = unclamped;
        for (Gap g : chosen.orElse(List.of())) raised = raised.plus(g.pointsLost().dividedBy(applicable).times(Ratio.HUNDRED));
        Ratio reached = raised.clamp(Ratio.ZERO, Ratio.HUNDRED);
        boolean reachable = reached.compareTo(target.minScore()) >= 0;
        return new NextGrade(targetRef, needed, reachable ? items : List.of(),
                reachable ? reached.minus(finalScore) : Ratio.ZERO, reachable,
                reachable ? null : "full credit on every item still falls short of "
                        + target.minScore() + " (" + target.label().zh() + ")");
    }
}
