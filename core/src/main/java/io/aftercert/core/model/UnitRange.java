package io.aftercert.core.model;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import java.util.Optional;

/**
 * The values a metric's unit makes possible: a rate in {@code %} lies in 0–100, hours in a day in
 * 0–24, days in a week in 0–7, and counts, durations and distances are never negative. A value
 * outside is refused (it cannot have been measured: −3 km, 250 %); a percent between 0 and 1 is
 * accepted with a warning, since it most often is a fraction (0.87 meant as 87 %).
 *
 * <p>A rubric declares another range where its unit measures a change rather than a level (a
 * reduction of the error rate, in %, may be negative): {@code "range": {"min": null, "max": 100}}
 * in the metric's data, null meaning unbounded.
 *
 * @param min the smallest possible value, or null when unbounded below
 * @param max the largest possible value, or null when unbounded above
 *
 * @since 1.0
 */
public record UnitRange(@Nullable Ratio min, @Nullable Ratio max) {
    /** No bounds at all. */
    public static final UnitRange ANY = new UnitRange(null, null);
    private static final UnitRange NON_NEGATIVE = new UnitRange(Ratio.ZERO, null);
    private static final UnitRange PERCENT = new UnitRange(Ratio.ZERO, Ratio.HUNDRED);

    /**
     * Checks the bounds.
     *
     * @param min the smallest possible value, or null when unbounded below
     * @param max the largest possible value, or null when unbounded above
     * @throws IllegalArgumentException when {@code min} exceeds {@code max}
     */
    public UnitRange {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range minimum " + min + " exceeds its maximum " + max);
        }
    }

    /**
     * The range a unit implies when the rubric declares none.
     *
     * @param unit the unit as the rubric writes it
     * @return 0–100 for {@code %}, 0–24 for hours a day, 0–7 for days a week, else ≥ 0
     */
    public static UnitRange forUnit(String unit) {
        return switch (unit.strip()) {
            case "%" -> PERCENT;
            case "小时/天", "h/d" -> new UnitRange(Ratio.ZERO, Ratio.of(24));
            case "天/周", "d/wk" -> new UnitRange(Ratio.ZERO, Ratio.of(7));
            default -> NON_NEGATIVE; // counts, durations, distances, densities, scores
        };
    }

    /**
     * The range of a metric.
     *
     * @param spec the metric
     * @return the spec's declared range, or the one its unit implies
     */
    public static UnitRange of(MetricSpec spec) {
        return spec.range() != null ? spec.range() : forUnit(spec.unit());
    }

    /**
     * Why a value cannot have been measured.
     *
     * @param value the value
     * @return why {@code value} lies outside this range (both bounds inclusive), or empty when it lies in it
     */
    public Optional<String> impossible(Ratio value) {
        if ((min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0)) return Optional.empty();
        return Optional.of(value + " is impossible here: values " + (min != null && max != null ? "lie in " : "are ") + describe());
    }

    /**
     * The range in words in one language.
     *
     * @param lang the reader's language
     * @return "0–100", "≥ 0", "≤ 100", or "any value" / "任意值"
     */
    public String describe(io.aftercert.core.Lang lang) {
        return min == null && max == null && lang == io.aftercert.core.Lang.ZH ? "任意值" : describe();
    }

    /** {@return the range in words: "0–100", "≥ 0", "≤ 100" or "any value"} */
    public String describe() {
        if (min != null && max != null) return min + "–" + max;
        if (min != null) return "≥ " + min;
        if (max != null) return "≤ " + max;
        return "any value";
    }

    /**
     * A warning for a possible but implausible value of {@code code}: a percent strictly between 0
     * and 1 (a fraction where a percent number was meant).
     *
     * @param code  the indicator code, named in the warning
     * @param spec  the metric
     * @param value the measured value
     * @return the bilingual warning, or empty when the value is plausible
     */
    public static Optional<Text> implausible(String code, MetricSpec spec, Ratio value) {
        if ("%".equals(spec.unit().strip()) && value.signum() > 0 && value.compareTo(Ratio.ONE) < 0) {
            String meant = value.times(Ratio.HUNDRED).toString();
            return Optional.of(Text.of(code + " 的实测值 " + value + "% 小于 1%，像是小数写法；百分比请写百分数（" + meant + " 表示 " + meant + "%）",
                    code + ": the measured value " + value + " % is below 1 % and looks like a fraction; percentages are written as"
                            + " percent numbers (" + meant + " for " + meant + " %)"));
        }
        return Optional.empty();
    }
}
