package io.aftercert.core.internal.plan;

import io.aftercert.core.Ratio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one "fewest items" rule, shared by the result's next-grade plan (scoring) and the planner's
 * plan to any grade (plan) without either package depending on the other.
 */
public final class FewestItems {
    private FewestItems() {
    }

    /**
     * The fewest items whose full credit lifts the unclamped score to {@code bound}: the largest
     * point losses first (the k largest losses are the best k items). Empty when even all of them
     * fall short.
     *
     * @param <T>        the item type
     * @param items      the items (any order)
     * @param pointsLost the points an item lost
     * @param unclamped  score + bonus − deductions
     * @param applicable Σ applicable points
     * @param bound      the grade's lower bound
     * @return the chosen items, largest loss first, or empty when the bound cannot be reached
     */
    public static <T> Optional<List<T>> choose(List<T> items, Function<T, Ratio> pointsLost, Ratio unclamped,
                                               Ratio applicable, Ratio bound) {
        if (applicable.signum() <= 0) return Optional.empty(); // nothing applicable: no item can raise the score
        List<T> byLost = new ArrayList<>(items);
        byLost.sort(Comparator.comparing(pointsLost).reversed());
        Ratio perPoint = Ratio.HUNDRED.dividedBy(applicable);
        List<T> chosen = new ArrayList<>();
        Ratio reached = unclamped;
        for (T g : byLost) {
            if (reached.compareTo(bound) >= 0) break;
            chosen.add(g);
            reached = reached.plus(pointsLost.apply(g).times(perPoint));
        }
        return reached.compareTo(bound) >= 0 ? Optional.of(chosen) : Optional.empty();
    }
}
