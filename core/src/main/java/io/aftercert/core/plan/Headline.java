package io.aftercert.core.plan;

import io.aftercert.core.Display;
import io.aftercert.core.Lang;
import io.aftercert.core.Text;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.SpecialRules;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.GradeRef;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The first screen's two sentences, from the rules, in both languages: what to do
 * ({@link #recommendation}: apply for which grade now, what to complete for the next one, how long
 * to hold the lowest grade first) and what changed since the last assessment ({@link #trend}).
 * Every surface shows these sentences as they are.
 *
 * @since 1.0
 */
public final class Headline {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    /** Items the recommendation names one by one; more are named by their count. */
    static final int MAX_NAMED = 4;

    private Headline() {
    }

    /**
     * What to do: the grade to apply for now and the way to the next one, from the grade scale,
     * the special rules and the plan.
     *
     * @param rubric the rubric that scored the result
     * @param r      the result
     * @param plan   the result's plan ({@link ActionPlan#of})
     * @return one sentence in each language
     */
    public static Text recommendation(Rubric rubric, AssessmentResult r, ActionPlan plan) {
        if (!plan.graded()) return ungraded(plan);
        GradeScale scale = rubric.gradeScale();
        SpecialRules rules = rubric.specialRules();
        long deductions = r.deductionCount();
        if (rules != null && rules.deductionsFail(deductions)) {
            return Text.of("暂不能申请：特别扣分项 " + deductions + " 项，超过 " + rules.maxDeductions() + " 项时不授予任何等级，须先整改。",
                    "Not ready to apply: " + deductions + " special deductions stand and more than " + rules.maxDeductions()
                            + " withhold every grade; rectify them first.");
        }
        Grade lowest = scale.grades().get(0);
        Grade now = scale.byId(r.grade().id()).orElse(null);
        String zh;
        String en;
        boolean waiting = now != null && now.star() && scale.starIsConditional(r.qualifyingGradeHeldMonths());
        if (now == null) {
            zh = "暂不能申请认证";
            en = "Not ready to apply";
        } else if (waiting) {
            zh = "可申请" + lowest.label().zh() + "；" + hold(scale, lowest, r, Lang.ZH) + "可申请" + now.label().zh();
            en = "Apply for " + lowest.label().en() + " now; " + now.label().en() + " " + hold(scale, lowest, r, Lang.EN);
        } else {
            zh = "可申请" + now.label().zh();
            en = "Apply for " + now.label().en() + " now";
        }
        Text next = next(scale, lowest, r, plan, waiting);
        return Text.of(zh + next.zh() + "。", en + next.en() + ".");
    }

    /**
     * The way to the plan's grade: the items, and the time at the lowest grade a star grade waits
     * for (unless the sentence has said it already: {@code waited}).
     */
    private static Text next(GradeScale scale, Grade lowest, AssessmentResult r, ActionPlan plan, boolean waited) {
        Planner.Plan p = plan.plan();
        if (p == null) return Text.of("（已是最高等级）", " (the top grade)");
        GradeRef target = p.grade();
        if (!p.reachable()) {
            return Text.of("；" + target.label().zh() + "无法仅靠条款改进达到", "; " + target.label().en() + " cannot be reached by items alone");
        }
        List<String> codes = plan.firstRoundCodes();
        // a long list belongs to the plan table; the sentence names it by its count
        String items = codes.size() <= MAX_NAMED ? " " + String.join("、", codes) + " " : "改进计划中的 " + codes.size() + " 项";
        String itemsEn = codes.size() <= MAX_NAMED ? String.join(", ", codes) : "the " + codes.size() + " items of the plan";
        boolean wait = !waited && target.star() && scale.starIsConditional(r.qualifyingGradeHeldMonths());
        return Text.of((waited ? "，" : "；") + "完成" + items + (wait ? "并" + hold(scale, lowest, r, Lang.ZH) : "后") + "可申请" + target.label().zh(),
                "; complete " + itemsEn + " to apply for " + target.label().en() + (wait ? ", " + hold(scale, lowest, r, Lang.EN) : ""));
    }

    /** {@code 保持达标满 12 个月后（2027-03）} / {@code after 12 months at Qualified (2027-03)}. */
    private static String hold(GradeScale scale, Grade lowest, AssessmentResult r, Lang lang) {
        Integer held = r.qualifyingGradeHeldMonths();
        int months = scale.qualifyingMonths();
        String when = held == null || r.assessedOn() == null ? null : month(r.assessedOn().plusMonths(months - (long) held));
        if (lang == Lang.EN) {
            return "after " + months + " months at " + lowest.label().en() + (when == null ? " (time held not stated)" : " (" + when + ")");
        }
        return "保持" + lowest.label().zh() + "满 " + months + " 个月后" + (when == null ? "（未说明已保持的时间）" : "（" + when + "）");
    }

    private static String month(LocalDate d) {
        return MONTH.format(d);
    }

    private static Text ungraded(ActionPlan plan) {
        if (plan.actions().isEmpty()) return Text.of("该标准不设认证等级；没有失分的条款。", "The standard defines no certification grade; no item lost points.");
        var codes = plan.actions().stream().filter(a -> "P1".equals(a.priority())).map(ActionPlan.Action::code).toList();
        return Text.of("该标准不设认证等级；应优先改进 " + String.join("、", codes) + "。",
                "The standard defines no certification grade; improve " + String.join(", ", codes) + " first.");
    }

    /**
     * What the headline score is called: the final score of a graded rubric, the conformance rate
     * of a checklist, the service quality index otherwise.
     *
     * @param r a result
     * @return the name in both languages
     */
    public static Text scoreLabel(AssessmentResult r) {
        if (r.grade() != null) return Text.of("最终得分", "final score");
        return r.rubric().conformance() ? Text.of("符合率", "conformance") : Text.of("服务质量指数", "service quality index");
    }

    /**
     * {@link #trend(AssessmentResult, AssessmentResult, Text)} with the score named by {@link #scoreLabel}.
     *
     * @param before the previous result (same rubric)
     * @param after  this result
     * @return one sentence in each language
     */
    public static Text trend(AssessmentResult before, AssessmentResult after) {
        return trend(before, after, scoreLabel(after));
    }

    /**
     * What changed since the last assessment: the score as shown then and now, the change as the
     * difference of the shown values ({@link Display#scoreChangeText}) and the grade.
     *
     * @param before the previous result (same rubric)
     * @param after  this result
     * @param label  what the score is called ({@code 最终得分} / {@code final score}, a quality index, a conformance rate)
     * @return one sentence in each language
     */
    public static Text trend(AssessmentResult before, AssessmentResult after, Text label) {
        String unit = after.rubric().conformance() ? "%" : "";
        String scores = Display.scoreText(before.finalScore()) + unit + " → " + Display.scoreText(after.finalScore()) + unit;
        String change = Display.scoreChangeText(before.finalScore(), after.finalScore());
        String date = before.assessedOn() == null ? null : before.assessedOn().toString();
        StringBuilder zh = new StringBuilder("与上次评价" + (date == null ? "" : "（" + date + "）") + "相比：" + label.zh() + " " + scores
                + "（" + change + "）");
        StringBuilder en = new StringBuilder("Since the last assessment" + (date == null ? "" : " (" + date + ")") + ": " + label.en() + " "
                + scores + " (" + change + ")");
        if (before.grade() != null && after.grade() != null) {
            if (before.grade().id().equals(after.grade().id())) {
                zh.append("，等级仍为").append(after.grade().label().zh());
                en.append(", grade still ").append(after.grade().label().en());
            } else {
                zh.append("，等级 ").append(before.grade().label().zh()).append(" → ").append(after.grade().label().zh());
                en.append(", grade ").append(before.grade().label().en()).append(" → ").append(after.grade().label().en());
            }
        }
        return Text.of(zh.append("。").toString(), en.append(".").toString());
    }
}
