package io.aftercert.core.plan;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.Limits;
import io.aftercert.core.plan.PlanInput.Assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one improvement plan every surface shows: the verdict box, the executive summary, the plan
 * table, the command-line summary, the plan JSON and the scored workbook all take their items, in
 * this order, from here. {@link #actions()} starts with the planner's set to the target grade
 * (priority {@code P1}: fewest items, or least total effort with an effort file), the largest gain
 * first; then the next items in line ({@code P2}), by gain or, with an effort file, gain per effort.
 * A rubric without grades (a quality index, a conformance checklist) has no planner set: its
 * actions are the largest gaps, three per priority {@code P1}–{@code P3}.
 *
 * @param plan       the planner's answer to the target grade, or null (no grades, or the top grade reached)
 * @param actions    the items in the one order, with owners and due dates from the effort file
 * @param withEffort true when an effort file decided the plan (least total effort)
 * @param graded     true when the rubric grades the result (false: a quality index or a conformance checklist)
 *
 * @since 1.0
 */
public record ActionPlan(Planner.@Nullable Plan plan, List<Action> actions, boolean withEffort, boolean graded) {
    /** Items shown after the planner's set on a graded rubric: up to five rows in all, at least two after the set. */
    static final int GRADED_ROWS = 5;
    /** Items an ungraded rubric's plan lists. */
    static final int INDEX_ROWS = 8;

    /** What P1, P2 and P3 mean, for the legend under every plan table. */
    public static final Text PRIORITY_LEGEND = Text.of(
            "P1：达到目标等级所需的条款（按工作量文件时为总工作量最小的一组）；P2：其后提升最大的条款，可作备选或下一步。",
            "P1: the items the target grade needs (with an effort file, the set of least total effort); P2: the next items by "
                    + "gain, as alternatives or the next step.");
    /** The same for a rubric without grades. */
    public static final Text INDEX_PRIORITY_LEGEND = Text.of(
            "P1–P3：按满分可提升的分值从大到小，每三项为一级。",
            "P1–P3: by the rise full credit gives, largest first, three items per level.");

    /**
     * One item of the plan.
     *
     * @param code     indicator code
     * @param title    its title
     * @param priority {@code P1}, {@code P2} or {@code P3}
     * @param inPlan   true when the item belongs to the planner's set to the target grade
     * @param gain     the final-score rise its full credit gives on its own
     * @param effort   its effort from the effort file, or null without one
     * @param owner    who does it (effort file), or null
     * @param due      by when (effort file), or null
     * @param limit    what limits the item and what would lift it ({@link Limits#of(IndicatorResult)}), or null
     */
    public record Action(String code, Text title, String priority, boolean inPlan, Ratio gain, @Nullable Ratio effort, @Nullable String owner,
                         @Nullable LocalDate due, @Nullable Text limit) {
    }

    /**
     * Copies the actions.
     *
     * @param plan       the planner's answer, or null
     * @param actions    the items in order
     * @param withEffort true when an effort file decided the plan
     * @param graded     true when the rubric grades the result
     */
    public ActionPlan {
        actions = List.copyOf(actions);
    }

    /**
     * The plan of a result.
     *
     * @param rubric        the rubric that scored the result
     * @param r             the result
     * @param targetGradeId the grade to aim for (an id or a name in either language, see
     *                      {@link io.aftercert.core.model.GradeScale#find}), or null for the next grade
     * @param input         efforts, owners and due dates, or null for none
     * @return the plan
     * @throws IllegalArgumentException for an unknown grade or a non-positive effort
     */
    public static ActionPlan of(Rubric rubric, AssessmentResult r, @Nullable String targetGradeId, @Nullable PlanInput input) {
        PlanInput in = input == null ? new PlanInput(Map.of(), Map.of()) : input;
        boolean index = rubric.gradeScale() == null || r.grade() == null;
        Planner.Plan plan = index ? null : Planner.plan(rubric, r, targetGradeId, in.effort()).orElse(null);
        List<String> first = new ArrayList<>();
        if (plan != null && plan.reachable()) {
            plan.steps().forEach(s -> first.add(s.code())); // the planner lists its steps largest gain first
        }
        List<Gap> rest = new ArrayList<>(r.gaps().stream().filter(g -> g.pointsLost().signum() > 0 && !first.contains(g.code())).toList());
        if (!in.effort().isEmpty()) {
            rest.sort(Comparator.comparing((Gap g) -> g.scoreGain().dividedBy(in.effort().getOrDefault(g.code(), Ratio.ONE))).reversed());
        }
        int more = index ? INDEX_ROWS : Math.max(2, GRADED_ROWS - first.size());
        List<String> codes = new ArrayList<>(first);
        rest.stream().limit(more).forEach(g -> codes.add(g.code()));
        // an item the effort file gives an owner stays in sight even when it is not worth its effort now
        rest.stream().filter(g -> in.assignments().containsKey(g.code()) && !codes.contains(g.code())).forEach(g -> codes.add(g.code()));
        List<Action> actions = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
            String priority = index ? "P" + Math.min(3, k / 3 + 1) : k < first.size() ? "P1" : "P2";
            actions.add(action(rubric, r, codes.get(k), priority, !index && k < first.size(), in));
        }
        return new ActionPlan(plan, actions, !in.effort().isEmpty(), !index);
    }

    private static Action action(Rubric rubric, AssessmentResult r, String code, String priority, boolean inPlan, PlanInput in) {
        Gap gap = r.gaps().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
        Assignment a = in.assignments().get(code);
        Text title = rubric.indicator(code).map(i -> i.title()).orElse(gap.title());
        Text limit = r.indicator(code).flatMap(Limits::of).orElse(null);
        return new Action(code, title, priority, inPlan, gap.scoreGain(), in.effort().isEmpty() ? null : in.effort().getOrDefault(code, Ratio.ONE),
                a == null ? null : a.owner(), a == null ? null : a.due(), limit);
    }

    /** {@return the items of the planner's set to the target grade (priority P1 on a graded rubric), in order} */
    public List<Action> firstRound() {
        return actions.stream().filter(Action::inPlan).toList();
    }

    /** {@return the codes of {@link #firstRound()}, in order} */
    public List<String> firstRoundCodes() {
        return firstRound().stream().map(Action::code).toList();
    }

    /**
     * The legend of the priorities.
     *
     * @return {@link #PRIORITY_LEGEND}, or {@link #INDEX_PRIORITY_LEGEND} for a rubric without grades
     */
    public Text legend() {
        return graded ? PRIORITY_LEGEND : INDEX_PRIORITY_LEGEND;
    }

    /** {@return the plan to the target grade, if there is one} */
    public Optional<Planner.Plan> optionalPlan() {
        return Optional.ofNullable(plan);
    }
}
