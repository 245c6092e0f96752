package io.aftercert.core.plan;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.SpecialRules;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.GradeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cheapest way to a grade: the smallest-effort set of indicators whose full credit lifts the
 * final score to the grade's lower bound.
 *
 * <p>Raising item i to full credit adds lost_i / applicable × 100 to the score; these rises add up
 * (until the final score reaches 100, which no grade bound exceeds), so the question is a 0/1
 * covering knapsack: minimise Σ effort_i subject to Σ lost_i ≥ (bound − final) × applicable / 100.
 * With equal efforts the k items that lost most are the best k items, so taking them largest
 * first is exact. With user efforts the planner runs a depth-first branch and bound (items by
 * lost points per effort, bounded by the fractional relaxation) with exact rational arithmetic;
 * it is exact unless the search exceeds {@value #NODE_LIMIT} nodes, when it returns the best set
 * found and says the plan is an approximation. A proposed set always reaches the bound.
 *
 * @since 1.0
 */
public final class Planner {
    /** Search nodes before the planner settles for its best set so far. */
    public static final int NODE_LIMIT = 2_000_000;

    private Planner() {
    }

    /**
     * One item of a plan.
     *
     * @param code      indicator code
     * @param pointsLost points full credit would add to Σ earned
     * @param scoreGain final-score rise on its own
     * @param effort    the effort it costs (1 unless given)
     */
    public record Step(String code, Ratio pointsLost, Ratio scoreGain, Ratio effort) {
    }

    /**
     * A plan.
     *
     * @param grade     the grade aimed at
     * @param current   the final score now
     * @param needed    the final-score rise the grade needs (≤ 0: already reached)
     * @param steps     the items to bring to full credit, the largest gain first
     * @param gain      the rise they give together
     * @param effort    their total effort
     * @param reachable false when no set of items reaches the grade
     * @param exact     true when the set is proven optimal
     * @param method    how it was found
     * @param note      why it is unreachable, or null
     * @param why       the same in Chinese and English (for output in either language), or null
     */
    public record Plan(GradeRef grade, Ratio current, Ratio needed, List<Step> steps, Ratio gain, Ratio effort,
                       boolean reachable, boolean exact, String method, @Nullable String note, @Nullable Text why) {
        /**
         * A plan whose note exists in English only ({@code why} repeats it in both languages).
         *
         * @param grade     the grade aimed at
         * @param current   the final score now
         * @param needed    the final-score rise the grade needs (≤ 0: already reached)
         * @param steps     the items to bring to full credit
         * @param gain      the rise they give together
         * @param effort    their total effort
         * @param reachable false when no set of items reaches the grade
         * @param exact     true when the set is proven optimal
         * @param method    how it was found
         * @param note      why it is unreachable, or null
         */
        // parameters: the record's components less why (public API: a plan with an English-only note)
        public Plan(GradeRef grade, Ratio current, Ratio needed, List<Step> steps, Ratio gain, Ratio effort,
                    boolean reachable, boolean exact, String method, @Nullable String note) {
            this(grade, current, needed, steps, gain, effort, reachable, exact, method, note, note == null ? null : Text.of(note, note));
        }

        private static Plan unreachable(GradeRef grade, Ratio current, Ratio needed, Text why) {
            return new Plan(grade, current, needed, List.of(), Ratio.ZERO, Ratio.ZERO, false, true, NO_METHOD, why.en(), why);
        }

        /**
         * The method in Chinese and English, for output in either language.
         *
         * @return {@link #method} as bilingual text ({@code method} itself stays the JSON's text)
         */
        public Text methodText() {
            return METHODS.getOrDefault(method, Text.of(method, method));
        }
    }

    /** A target grade the rubric does not know; its message is English, {@link #why()} bilingual. */
    public static final class UnknownGrade extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Text why;

        UnknownGrade(Rubric rubric, String name) {
            super("rubric " + rubric.id() + " has no grade '" + name + "'; grades: "
                    + rubric.gradeScale().grades().stream().map(Grade::id).toList());
            String zh = String.join("、", rubric.gradeScale().grades().stream().map(g -> g.label().zh() + "（" + g.id() + "）").toList());
            String en = String.join(", ", rubric.gradeScale().grades().stream().map(g -> g.label().en() + " (" + g.id() + ")").toList());
            this.why = Text.of("没有名为“" + name + "”的等级；可用的等级：" + zh, "no grade called '" + name + "'; grades: " + en);
        }

        /** {@return the message in both languages} */
        public Text why() {
            return why;
        }
    }

    private static final String NO_METHOD = "none";
    private static final String ALREADY = "already reached";
    private static final String FEWEST = "fewest items: largest point losses first (exact)";
    private static final String LEAST_EFFORT = "minimum total effort: branch and bound (exact)";
    private static final String LEAST_EFFORT_CUT = "minimum total effort: branch and bound stopped after " + NODE_LIMIT
            + " nodes (best found, an approximation)";
    /** Every method a plan names, by its (English) JSON text. */
    private static final Map<String, Text> METHODS = Map.of(
            NO_METHOD, Text.of("无", NO_METHOD),
            ALREADY, Text.of("已达到", ALREADY),
            FEWEST, Text.of("最少条款：按失分从大到小（精确）", FEWEST),
            LEAST_EFFORT, Text.of("最小总工作量：分支定界（精确）", LEAST_EFFORT),
            LEAST_EFFORT_CUT, Text.of("最小总工作量：分支定界搜索 " + NODE_LIMIT + " 个节点后停止（所得最优，为近似解）", LEAST_EFFORT_CUT));

    /**
     * The plan to the next grade above the one the result's score reaches, every item costing 1
     * (so the fewest items).
     *
     * @param rubric the rubric that scored the result
     * @param result the result
     * @return the plan, or empty when the rubric has no grade scale or the top grade is reached
     */
    public static Optional<Plan> nextGrade(Rubric rubric, AssessmentResult result) {
        return plan(rubric, result, null, Map.of());
    }

    /**
     * The plan to {@code targetGradeId} (null: the next grade) with optional efforts per code
     * (missing codes cost 1).
     *
     * @param rubric        the rubric that scored the result
     * @param result        the result
     * @param targetGradeId the grade to reach (its id or its name in either language), or null for the next grade above the one the score reaches
     * @param effort        the effort of bringing an item to full credit, by code; each positive
     * @return the plan (marked unreachable, with the reason, when no set of items or too many
     *         deductions stand in the way), or empty when the rubric has no grade scale or no grade is above
     * @throws IllegalArgumentException for an unknown grade id or a non-positive effort
     */
    public static Optional<Plan> plan(Rubric rubric, AssessmentResult result, @Nullable String targetGradeId, Map<String, Ratio> effort) {
        return plan(rubric, result, targetGradeId, effort, NODE_LIMIT);
    }

    /**
     * {@link #plan(Rubric, AssessmentResult, String, Map)} with the branch and bound stopping after
     * {@code nodeLimit} nodes instead of {@link #NODE_LIMIT} (so tests reach the cut-off with small
     * inputs; the method text still names {@link #NODE_LIMIT}).
     */
    static Optional<Plan> plan(Rubric rubric, AssessmentResult result, String targetGradeId, Map<String, Ratio> effort,
                               long nodeLimit) {
        if (rubric.gradeScale() == null || result.gradeByScore() == null) return Optional.empty();
        Optional<Grade> aimed = target(rubric, result, targetGradeId);
        if (aimed.isEmpty()) return Optional.empty();
        Grade target = aimed.get();
        effort.forEach((code, e) -> {
            if (e.signum() <= 0) throw new IllegalArgumentException("effort of " + code + " must be > 0, not " + e);
        });
        GradeRef ref = new GradeRef(target.id(), target.label(), target.star());
        Ratio current = result.finalScore();
        Ratio needed = target.minScore().minus(current);
        Ratio applicable = result.totals().applicable();
        // the deduction rule first: with more than the allowed deductions no grade is awarded, whatever the score
        SpecialRules rules = rubric.specialRules();
        long deductionCount = result.deductionCount();
        if (rules != null && rules.deductionsFail(deductionCount)) {
            return Optional.of(Plan.unreachable(ref, current, needed, Text.of("特别扣分项 " + deductionCount + " 项，超过 "
                    + rules.maxDeductions() + " 项时不授予任何等级，请先整改", "no grade is awarded while more than " + rules.maxDeductions()
                            + " special deductions stand (" + deductionCount + "): rectify them first")));
        }
        if (needed.signum() <= 0) {
            return Optional.of(new Plan(ref, current, needed, List.of(), Ratio.ZERO, Ratio.ZERO, true, true, ALREADY, null));
        }
        if (applicable.signum() <= 0) {
            return Optional.of(Plan.unreachable(ref, current, needed, Text.of("没有适用的条款：无法提高得分",
                    "no item is applicable: nothing can raise the score")));
        }
        List<Step> items = steps(result, applicable, effort);
        // the rise needed in Σ earned, before the clamp (bonus and deductions are fixed)
        Ratio unclamped = unclamped(result);
        Ratio lostNeeded = target.minScore().minus(unclamped).times(applicable).dividedBy(Ratio.HUNDRED);
        Ratio available = items.stream().map(Step::pointsLost).reduce(Ratio.ZERO, Ratio::plus);
        if (available.compareTo(lostNeeded) < 0) {
            return Optional.of(Plan.unreachable(ref, current, needed, Text.of("所有条款满分仍达不到 " + target.minScore() + "（"
                    + target.label().zh() + "）", "full credit on every item still falls short of " + target.minScore() + " ("
                    + target.label().en() + ")")));
        }
        Choice choice = choose(result, items, target.minScore(), lostNeeded, nodeLimit);
        boolean exact = choice.exact();
        String method = choice.method();
        // one order on every surface: the largest gain first (ties keep the planner's order)
        List<Step> chosen = choice.steps().stream().sorted(Comparator.comparing(Step::scoreGain).reversed()).toList();
        Ratio gainPoints = chosen.stream().map(Step::pointsLost).reduce(Ratio.ZERO, Ratio::plus);
        Ratio reached = unclamped.plus(gainPoints.dividedBy(applicable).times(Ratio.HUNDRED)).clamp(Ratio.ZERO, Ratio.HUNDRED);
        if (reached.compareTo(target.minScore()) < 0) throw new IllegalStateException("plan misses " + target.id());
        Ratio totalEffort = chosen.stream().map(Step::effort).reduce(Ratio.ZERO, Ratio::plus);
        return Optional.of(new Plan(ref, current, needed, List.copyOf(chosen), reached.minus(current), totalEffort, true, exact,
                method, null));
    }

    /** The grade aimed at: the one named, or the next above the one the score reaches (empty: none above). */
    private static Optional<Grade> target(Rubric rubric, AssessmentResult result, @Nullable String targetGradeId) {
        if (targetGradeId == null) {
            return rubric.gradeScale().next(rubric.gradeScale().byId(result.gradeByScore().id()));
        }
        return Optional.of(rubric.gradeScale().find(targetGradeId).orElseThrow(() -> new UnknownGrade(rubric, targetGradeId)));
    }

    /** One step per gap that loses points, with its score gain and effort (missing codes cost 1). */
    private static List<Step> steps(AssessmentResult result, Ratio applicable, Map<String, Ratio> effort) {
        List<Step> items = new ArrayList<>();
        for (Gap g : result.gaps()) {
            if (g.pointsLost().signum() <= 0) continue; // e.g. a hand-edited result file: a step must raise the score
            items.add(new Step(g.code(), g.pointsLost(), g.pointsLost().dividedBy(applicable).times(Ratio.HUNDRED),
                    effort.getOrDefault(g.code(), Ratio.ONE)));
        }
        return items;
    }

    /** The final score before the clamp: score + bonus − deductions (bonus and deductions stay fixed in a plan). */
    private static Ratio unclamped(AssessmentResult result) {
        return result.score().plus(result.bonus()).minus(result.deductions());
    }

    /** The items a plan picks, whether the pick is proven optimal, and the method that found it. */
    private record Choice(List<Step> steps, boolean exact, String method) {}

    /** Fewest items when every effort is 1, else least total effort by branch and bound. */
    private static Choice choose(AssessmentResult result, List<Step> items, Ratio minScore, Ratio lostNeeded, long nodeLimit) {
        if (items.stream().allMatch(s -> s.effort().equals(Ratio.ONE))) {
            List<String> codes = io.aftercert.core.internal.plan.FewestItems.choose(result.gaps(), Gap::pointsLost,
                    unclamped(result), result.totals().applicable(), minScore).orElseThrow()
                    .stream().map(Gap::code).toList();
            return new Choice(codes.stream().map(c -> items.stream().filter(s -> s.code().equals(c)).findFirst().orElseThrow()).toList(),
                    true, FEWEST);
        }
        Search search = new Search(items, lostNeeded, nodeLimit);
        search.run();
        boolean exact = !search.cutOff;
        return new Choice(search.best, exact, exact ? LEAST_EFFORT : LEAST_EFFORT_CUT);
    }

    /** Depth-first branch and bound for the covering knapsack. */
    private static final class Search {
        private final Step[] items;
        private final Ratio needed;
        private List<Step> best;
        private Ratio bestEffort;
        private long nodes;
        private boolean cutOff;
        private final boolean[] take;
        private final long nodeLimit;

        /** {@code all}: every gap (each lost points > 0, as the result's gaps are); their sum covers {@code needed}. */
        Search(List<Step> all, Ratio needed, long nodeLimit) {
            this.items = all.stream()
                    .sorted(Comparator.comparing((Step s) -> s.pointsLost().dividedBy(s.effort())).reversed()).toArray(Step[]::new);
            this.needed = needed;
            this.take = new boolean[items.length];
            this.nodeLimit = nodeLimit;
        }

        void run() {
            // a feasible start: every item (the caller checked that they cover the need). The search's
            // first leaf, taking items by density until the need is met, is the greedy set.
            best = List.of(items);
            bestEffort = best.stream().map(Step::effort).reduce(Ratio.ZERO, Ratio::plus);
            dfs(0, Ratio.ZERO, Ratio.ZERO);
        }

        private void dfs(int i, Ratio gained, Ratio spent) {
            // past the limit every further call stops here too (the count only grows)
            if (++nodes > nodeLimit) {
                cutOff = true;
                return;
            }
            if (gained.compareTo(needed) >= 0) {
                if (spent.compareTo(bestEffort) < 0) {
                    bestEffort = spent;
                    List<Step> s = new ArrayList<>();
                    for (int k = 0; k < i; k++) if (take[k]) s.add(items[k]);
                    best = s;
                }
                return;
            }
            // fractional bound: the cheapest possible completion from here (none when no item is left)
            Ratio rest = needed.minus(gained);
            Ratio bound = spent;
            for (int k = i; k < items.length; k++) {
                Step s = items[k];
                if (s.pointsLost().compareTo(rest) >= 0) {
                    bound = bound.plus(s.effort().times(rest).dividedBy(s.pointsLost()));
                    rest = Ratio.ZERO;
                    break;
                }
                bound = bound.plus(s.effort());
                rest = rest.minus(s.pointsLost());
            }
            if (rest.signum() > 0 || bound.compareTo(bestEffort) >= 0) return;
            take[i] = true;
            dfs(i + 1, gained.plus(items[i].pointsLost()), spent.plus(items[i].effort()));
            take[i] = false;
            dfs(i + 1, gained, spent);
        }
    }
}
