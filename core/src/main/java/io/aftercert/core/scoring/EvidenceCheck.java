package io.aftercert.core.scoring;

import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.input.Suggestions;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.UnitRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an assessment against its rubric: every code exists and is a leaf, every evidence form
 * suits the indicator's kind, bands exist and credits lie in them, findings are allowed. Returns
 * every problem, each with its JSON path and indicator code.
 *
 * @since 1.0
 */
public final class EvidenceCheck {
    private EvidenceCheck() {
    }

    /**
     * Checks {@code a} against {@code rubric} ({@link #problems}) and returns the proof that it
     * fits, which the scoring engine accepts without checking again.
     *
     * @param rubric the rubric to score with
     * @param a      the assessment
     * @return the proof of the check, carrying the evidence resolved to the rubric's leaves
     * @throws io.aftercert.core.InvalidInputException listing every problem when it does not fit
     */
    public static ValidatedAssessment validated(Rubric rubric, Assessment a) {
        List<Problem> problems = problems(rubric, a);
        if (!problems.isEmpty()) {
            throw new io.aftercert.core.InvalidInputException(io.aftercert.core.Text.of("证据与评分标准 " + rubric.id() + " 不符",
                    "evidence does not fit rubric " + rubric.id()), problems);
        }
        CompiledRubric c = CompiledRubric.of(rubric);
        Evidence[] byLeaf = new Evidence[c.leaves.length];
        a.evidence().forEach((code, ev) -> byLeaf[c.leafIndex(code)] = ev); // every code is a leaf: checked above
        return new ValidatedAssessment(rubric, a, byLeaf);
    }

    /**
     * Every problem of an assessment against a rubric (the one evidence check: every input format
     * and {@link ScoringEngine#score} run it):
     * <ul>
     *   <li>the assessment names another rubric;</li>
     *   <li>an evidence code is not in the rubric (with the nearest leaf code suggested) or is a group;</li>
     *   <li>a measured {@code value} is given for an indicator that is not a metric, or lies outside
     *       the values the metric's unit makes possible ({@link io.aftercert.core.model.UnitRange});</li>
     *   <li>a {@code band} the rubric does not define, or a credit given with a band that lies outside it;</li>
     *   <li>a finding the rubric does not allow (no special rules, no special deductions), a deduction
     *       category the rubric does not list, or a finding's indicator code that is not in the rubric.</li>
     * </ul>
     * The assessor's verdict (conforms, credit, band, sample) and {@code notApplicable} suit every kind.
     *
     * @param rubric the rubric to score with
     * @param a      the assessment
     * @return the problems, each with its JSON path and indicator code and no file name; empty when
     *         the assessment can be scored
     */
    public static List<Problem> problems(Rubric rubric, Assessment a) {
        List<Problem> out = new ArrayList<>();
        if (!rubric.id().equals(a.rubricId())) {
            out.add(Problem.of(null, "$.rubric", null, "证据属于评分标准 " + a.rubricId() + "，却要按 " + rubric.id() + " 评分",
                    "evidence is for rubric '" + a.rubricId() + "' but is being scored with rubric '" + rubric.id() + "'"));
        }
        evidenceProblems(rubric, a, out);
        impossibleValues(rubric, a, out);
        findingProblems(rubric, a, out);
        return out;
    }

    /** Each piece of evidence names a leaf of the rubric and has a form its kind takes. */
    private static void evidenceProblems(Rubric rubric, Assessment a, List<Problem> out) {
        a.evidence().forEach((code, ev) -> {
            var node = rubric.indicator(code);
            if (node.isPresent() && node.get().isLeaf() && fits(rubric, node.get().kind(), ev)) return; // the common case, no allocation
            String path = JsonPath.field("$.evidence", code);
            if (node.isEmpty()) {
                List<String> leafCodes = rubric.leaves().stream().map(i -> i.code()).toList();
                out.add(Problem.of(null, path, code, "评分标准 " + rubric.id() + " 中没有条款“" + code + "”"
                        + Suggestions.didYouMean(code, leafCodes, io.aftercert.core.Lang.ZH),
                        "rubric " + rubric.id() + " has no indicator '" + code + "'" + Suggestions.didYouMean(code, leafCodes)));
                return;
            }
            if (!node.get().isLeaf()) {
                List<String> kids = rubric.leaves().stream().map(i -> i.code())
                        .filter(c -> c.startsWith(code + ".")).limit(8).toList();
                out.add(Problem.of(null, path, code, "“" + code + "”是一组条款，请按其下各条款给出证据"
                        + (kids.isEmpty() ? "" : "（" + String.join("、", kids) + "）"),
                        "'" + code + "' is a group; give evidence for its items" + (kids.isEmpty() ? "" : " (" + String.join(", ", kids) + ")")));
                return;
            }
            checkForm(rubric, node.get().kind(), code, path, ev, out);
        });
    }

    /** Measured values the unit makes impossible (rates 0–100, non-negative counts and durations). */
    private static void impossibleValues(Rubric rubric, Assessment a, List<Problem> out) {
        a.evidence().forEach((code, ev) -> {
            if (ev.value() instanceof EvidenceValue.Measured m) {
                rubric.indicator(code).filter(i -> i.isLeaf() && i.metric() != null).ifPresent(i ->
                        UnitRange.of(i.metric()).impossible(m.value()).ifPresent(why -> out.add(Problem.of(null,
                                JsonPath.field("$.evidence", code) + ".value", code, code + " 的单位是 " + i.metric().unit()
                                        + "，实测值 " + m.value() + " 不可能：取值应为 " + UnitRange.of(i.metric()).describe(io.aftercert.core.Lang.ZH),
                                code + " is measured in " + i.metric().unit() + ": " + why))));
            }
        });
    }

    /** Each special finding fits the rubric's special rules and names an indicator it has. */
    private static void findingProblems(Rubric rubric, Assessment a, List<Problem> out) {
        List<Finding> findings = a.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String path = JsonPath.index("$.findings", i);
            if (rubric.specialRules() == null) {
                out.add(Problem.of(null, path, f.indicator(), "评分标准 " + rubric.id() + " 不设特别扣分项和加分项，请删除此"
                        + (f.type() == Finding.Type.BONUS ? "加分项" : "扣分项"),
                        "rubric " + rubric.id() + " has no special deductions or bonuses; remove this " + f.type().json()));
                continue;
            }
            if (f.type() == Finding.Type.DEDUCTION && !rubric.specialRules().hasDeductions()) {
                out.add(Problem.of(null, path, f.indicator(), "评分标准 " + rubric.id() + " 不设特别扣分项，请删除此扣分项",
                        "rubric " + rubric.id() + " has no special deductions (特别扣分项); remove this deduction"));
                continue;
            }
            if (f.type() == Finding.Type.DEDUCTION) {
                List<String> cats = rubric.specialRules().deductionCategories();
                if (!cats.isEmpty() && !cats.contains(f.category())) {
                    out.add(Problem.of(null, path + ".category", f.indicator(), "未知的扣分类别“" + f.category() + "”" + Suggestions.didYouMean(f.category(), cats, io.aftercert.core.Lang.ZH)
                            + "，应为以下之一：" + String.join("、", cats.stream().map(EvidenceCheck::categoryZh).toList()),
                            "unknown deduction category '" + f.category() + "'; use one of " + String.join(", ", cats)
                            + Suggestions.didYouMean(f.category(), cats)));
                }
            }
            if (f.indicator() != null && rubric.indicator(f.indicator()).isEmpty()) {
                out.add(Problem.of(null, path + ".indicator", f.indicator(), "评分标准 " + rubric.id() + " 中没有条款“" + f.indicator() + "”"
                        + Suggestions.didYouMean(f.indicator(), rubric.codes(), io.aftercert.core.Lang.ZH),
                        "rubric " + rubric.id() + " has no indicator '" + f.indicator() + "'" + Suggestions.didYouMean(f.indicator(), rubric.codes())));
            }
        }
    }

    /**
     * True when the evidence form suits the kind and its band is valid (no problem to report): every
     * indicator takes the assessor's verdict (conforms, credit, band, sample) or notApplicable; a
     * measured value only a metric indicator.
     */
    private static boolean fits(Rubric rubric, IndicatorKind kind, Evidence ev) {
        EvidenceValue v = ev.value();
        if (v instanceof EvidenceValue.Measured) return kind == IndicatorKind.METRIC;
        if (v instanceof EvidenceValue.Banded b) {
            var band = rubric.band(b.band());
            return band.isPresent() && (b.credit() == null || band.get().contains(b.credit()));
        }
        return true;
    }

    /** A deduction category as the workbook's 特别项 sheet names it, its id beside: 法律法规（law）. */
    private static String categoryZh(String id) {
        String zh = switch (id) {
            case "law" -> "法律法规";
            case "own-rules" -> "自身服务规范";
            case "industry" -> "行业要求";
            case "system-impact" -> "服务体系影响";
            default -> null;
        };
        return zh == null ? id : zh + "（" + id + "）";
    }

    private static void checkForm(Rubric rubric, IndicatorKind kind, String code, String path, Evidence ev,
                                  List<Problem> out) {
        EvidenceValue v = ev.value();
        if (v instanceof EvidenceValue.Measured && kind != IndicatorKind.METRIC) {
            out.add(Problem.of(null, path + ".value", code, code + " 不是指标值条款，不填实测值（value）；请给出"
                    + "符合与否（conforms）、得分率（credit）、档位（band）或抽查结果（sample）",
                    code + " is a " + kind.json() + " indicator and takes no measured value; use conforms, credit, band or sample"));
        }
        if (v instanceof EvidenceValue.Banded b) {
            var band = rubric.band(b.band());
            if (band.isEmpty()) {
                out.add(rubric.bands().isEmpty()
                        ? Problem.of(null, path + ".band", code, "评分标准 " + rubric.id() + " 不设评分档位（band）",
                                "rubric " + rubric.id() + " defines no scoring bands")
                        : Problem.of(null, path + ".band", code, "档位（band）只能是 1 至 " + rubric.bands().size() + "，不能是 " + b.band(),
                                "band must be 1–" + rubric.bands().size() + ", not " + b.band()));
            } else if (b.credit() != null && !band.get().contains(b.credit())) {
                Band bd = band.get();
                out.add(Problem.of(null, path + ".credit", code, "得分率（credit）" + b.credit() + " 不在第 " + b.band() + " 档的范围内（"
                        + bd.from() + "–" + bd.to() + "）",
                        "credit " + b.credit() + " lies outside band " + b.band() + " (" + bd.from() + "–" + bd.to() + ")"));
            }
        }
    }
}
