package io.aftercert.core.model;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Grade boundaries, lower bounds inclusive, compared with the exact final score (architecture §3 rule 6–7).
 *
 * @param grades           ascending by bound, bounds strictly increasing
 * @param noneLabel        the label for a score below the lowest bound ({@code 未达标})
 * @param derived          true when the boundaries are not published by the source
 * @param qualifyingMonths months at the lowest grade before star grades are normally granted
 * @param starCaveat       the caveat shown with a star grade when that period is not evidenced
 * @param provenance       where the boundaries come from
 *
 * @since 1.0
 */
public record GradeScale(List<Grade> grades, Text noneLabel, boolean derived, int qualifyingMonths, Text starCaveat,
                         Provenance provenance) {
    /**
     * Checks the scale and copies its grades; a missing {@code noneLabel} becomes 未达标 / Not qualified.
     *
     * @param grades           ascending by bound, bounds strictly increasing
     * @param noneLabel        the label for a score below the lowest bound ({@code 未达标})
     * @param derived          true when the boundaries are not published by the source
     * @param qualifyingMonths months at the lowest grade before star grades are normally granted
     * @param starCaveat       the caveat shown with a star grade when that period is not evidenced
     * @param provenance       where the boundaries come from
     * @throws InvalidModelException when there are no grades, an id repeats, the bounds do not
     *         strictly increase or {@code qualifyingMonths} is negative
     */
    public GradeScale {
        grades = List.copyOf(grades);
        List<Problem> ps = problems(grades, qualifyingMonths);
        if (!ps.isEmpty()) throw new InvalidModelException(ps.get(0));
        if (noneLabel == null) noneLabel = new Text("未达标", "Not qualified");
    }

    /**
     * Whether a star grade awarded now is conditional: the time at the lowest grade is not stated
     * ({@code heldMonths} null) or shorter than {@link #qualifyingMonths}. The one rule the
     * engine's caveat and the report's conditional badge follow.
     *
     * @param heldMonths months the lowest grade has been held, or null when not stated
     * @return true when a star grade must be shown as conditional
     */
    public boolean starIsConditional(@Nullable Integer heldMonths) {
        return heldMonths == null || heldMonths < qualifyingMonths;
    }

    /**
     * The caveat that goes with a conditional star grade (see {@link #starIsConditional}).
     *
     * @param heldMonths months the lowest grade has been held, or null when not stated
     * @return {@link #starCaveat} (or a default wording) with the months held, or that they are not stated
     */
    public Text starCaveatFor(@Nullable Integer heldMonths) {
        Text base = starCaveat != null ? starCaveat : Text.of("星级通常在达标级保持"
                + qualifyingMonths + "个月后授予", "star grades are normally granted after " + qualifyingMonths
                + " months at the lowest grade");
        return heldMonths == null
                ? Text.of(base.zh() + "（未说明已保持达标的时间）", base.en() + " (time at the lowest grade not stated)")
                : Text.of(base.zh() + "（已保持达标 " + heldMonths + " 个月）", base.en() + " (lowest grade held " + heldMonths + " months)");
    }

    /**
     * The grade an exact final score reaches (architecture §3 rule 6–7): a score exactly on a bound gets
     * that grade.
     *
     * @param score the exact final score
     * @return the highest grade whose bound the score reaches, or empty below the lowest bound
     */
    public Optional<Grade> gradeFor(Ratio score) {
        Grade best = null;
        for (Grade g : grades) {
            if (score.compareTo(g.minScore()) >= 0) best = g;
        }
        return Optional.ofNullable(best);
    }

    /**
     * The grade to aim for next.
     *
     * @param current the grade reached, or empty when none is
     * @return the grade above {@code current} (the lowest grade when none is reached), or empty at the top
     */
    public Optional<Grade> next(Optional<Grade> current) {
        if (current.isEmpty()) return Optional.of(grades.get(0));
        int i = grades.indexOf(current.get());
        return i + 1 < grades.size() ? Optional.of(grades.get(i + 1)) : Optional.empty();
    }

    /**
     * Finds a grade.
     *
     * @param id the grade id ({@code three-star})
     * @return the grade, or empty when the scale has no such id
     */
    public Optional<Grade> byId(String id) {
        return grades.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * Finds a grade by what a person types: its id ({@code three-star}) or its name in either
     * language ({@code 三星}, {@code Three-star}); case, spaces and the full-width forms of ASCII
     * characters do not matter.
     *
     * @param name an id or a name
     * @return the grade, or empty when none is called so
     */
    public Optional<Grade> find(String name) {
        if (name == null) return Optional.empty();
        String key = key(name);
        return grades.stream().filter(g -> key.equals(key(g.id())) || key.equals(key(g.label().zh())) || key.equals(key(g.label().en())))
                .findFirst();
    }

    private static String key(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The position of a grade in the order of the scale, to compare grades.
     *
     * @param gradeId a grade id
     * @return 1 for the lowest grade, 2 for the next, …; 0 for {@code none} and unknown ids
     */
    public int rank(String gradeId) {
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).id().equals(gradeId)) return i + 1;
        }
        return 0;
    }

    /**
     * Every reason the constructor would refuse these grades, in both languages, each with its
     * path ({@code grades}, {@code grades[2].id}, {@code grades[2].min}, {@code qualifyingMonths}).
     *
     * @param grades           the grades in order; a null entry stands for a grade refused on its
     *                         own ({@link Grade#problems}) and is skipped, its position kept
     * @param qualifyingMonths months at the lowest grade before star grades are normally granted
     * @return the problems (file and code null), empty when the scale can be built
     */
    public static List<Problem> problems(List<Grade> grades, int qualifyingMonths) {
        List<Problem> ps = new ArrayList<>();
        if (grades.isEmpty()) ps.add(Problem.of(null, "grades", null, "等级设置至少要有一个等级", "a grade scale needs at least one grade"));
        var ids = new HashSet<String>();
        Grade prev = null;
        for (int i = 0; i < grades.size(); i++) {
            Grade g = grades.get(i);
            if (g == null) continue;
            if (!ids.add(g.id())) {
                ps.add(Problem.of(null, "grades[" + i + "].id", null, "等级 id“" + g.id() + "”重复", "duplicate grade id '" + g.id() + "'"));
            }
            if (prev != null && g.minScore().compareTo(prev.minScore()) <= 0) {
                ps.add(Problem.of(null, "grades[" + i + "].min", null, "等级下限须逐级升高：“" + g.id() + "”的下限 " + shown(g.minScore())
                        + " 不高于“" + prev.id() + "”的 " + shown(prev.minScore()),
                        "grade bounds must increase: " + prev.id() + " " + prev.minScore() + " then " + g.id() + " " + g.minScore()));
            }
            prev = g;
        }
        if (qualifyingMonths < 0) {
            ps.add(Problem.of(null, "qualifyingMonths", null, "保持达标月数（qualifyingMonths）不能小于 0", "qualifyingMonths must be ≥ 0"));
        }
        return ps;
    }

    /** A bound as a person reads it in a message: at most two decimals, no trailing zeros. */
    private static String shown(Ratio bound) {
        return bound.toBigDecimal(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
