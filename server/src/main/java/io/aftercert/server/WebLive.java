package io.aftercert.server;

import io.aftercert.core.Display;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.plan.Headline;
import io.aftercert.core.plan.Planner;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.Limits;
import io.aftercert.core.scoring.Status;
import java.util.List;
import java.util.Optional;

/**
 * The live box beside the item form: score, grade, the next grade and the fewest items to it, as the
 * report's first screen says them. Every figure and sentence comes from the SDK ({@link Display},
 * {@link Headline}, {@link ActionPlan}, {@link Limits}); nothing is worked out here.
 *
 * @param scoreLabel     what the score is called (最终得分 / final score, …)
 * @param score          the final score as shown ({@link Display#scoreText})
 * @param unit           "%" for a conformance rate, else ""
 * @param grade          the grade's label, or null without a grade scale
 * @param nextGrade      the next grade's label, or null at the top (or without grades)
 * @param needed         the rise the next grade needs, as shown, or null
 * @param reachable      whether items alone reach the next grade
 * @param items          the first {@link #SHOWN} of the fewest items to the next grade (code, title, gain)
 * @param more           how many more items the way to the next grade has
 * @param recommendation the headline sentence
 * @param assessed       items assessed
 * @param total          items in the rubric
 * @param limits         what limits the result (items not assessed, caps), as sentences
 */
record WebLive(String scoreLabel, String score, String unit, String grade, String nextGrade, String needed, boolean reachable,
        List<Item> items, int more, String recommendation, long assessed, int total, List<String> limits) {
    /** Items the box names one by one; the rest are counted (the report's plan table lists them all). */
    static final int SHOWN = 6;

    /** One item of the way to the next grade. */
    record Item(String code, String title, String gain) {
    }

    static WebLive of(Rubric rubric, AssessmentResult r, String lang) {
        ActionPlan ap = ActionPlan.of(rubric, r, null, null);
        Optional<Planner.Plan> plan = ap.optionalPlan();
        List<Item> all = plan.isEmpty() ? List.of()
                : ap.firstRound().stream().map(a -> new Item(a.code(), a.title().in(lang), Display.gain(a.gain()))).toList();
        List<Item> items = all.subList(0, Math.min(SHOWN, all.size()));
        long assessed = r.indicators().stream().filter(i -> i.status() == Status.ASSESSED || i.status() == Status.NOT_APPLICABLE).count();
        return new WebLive(Headline.scoreLabel(r).in(lang), Display.scoreText(r.finalScore()), r.rubric().conformance() ? "%" : "",
                r.grade() == null ? null : r.grade().label().in(lang),
                plan.map(p -> p.grade().label().in(lang)).orElse(null),
                plan.map(p -> Display.neededText(p.needed())).orElse(null),
                plan.map(Planner.Plan::reachable).orElse(false), items, all.size() - items.size(),
                Headline.recommendation(rubric, r, ap).in(lang), assessed, r.indicators().size(),
                Limits.of(rubric, r).stream().map(t -> t.in(lang)).toList());
    }

    boolean hasItems() {
        return !items.isEmpty();
    }

    /** Whether the way to the next grade has more items than the box names (a count of 0 must not show). */
    boolean hasMore() {
        return more > 0;
    }

    /** The score's name as a heading: its first letter capitalised (core words it for the middle of a sentence). */
    String scoreHeading() {
        return scoreLabel.isEmpty() ? scoreLabel : Character.toUpperCase(scoreLabel.charAt(0)) + scoreLabel.substring(1);
    }
}
