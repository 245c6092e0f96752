package io.aftercert.core.model;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import java.util.Objects;

/**
 * What a metric indicator measures and how its value earns credit.
 *
 * @param unit      the unit values are given in ({@code "%"}, {@code "min"}, {@code "h"}, …)
 * @param direction at least / at most / exactly the target
 * @param target    the target as the source states it
 * @param curve     the declared credit curve
 * @param floor     for {@link CreditCurve#LINEAR}: the value that earns 0 (below the target for
 *                  at-least, above it for at-most); {@code null} otherwise
 * @param recordsKpi the id of the service-record KPI that measures it (docs/records-format.md), or null
 * @param valueCreditCap the most credit a measured value alone can earn, in (0, 1], or null for no cap.
 *                  Set where the clause has a qualitative part beside its number (GB/T 27922 CTS
 *                  5.1.2.2: "…负责对售后服务工作的管理和对售后服务活动的指导"): a value shows only the
 *                  number, so the qualitative part's share needs the assessor's verdict
 *                  ({@code conforms}, {@code credit}, {@code band} or {@code sample}) instead
 * @param derived   true when the credit rule for values (curve, floor, cap) is the rubric's own
 *                  choice rather than stated by the source
 * @param note      how the curve, floor and cap were chosen, or null
 * @param range     the values that can be measured, or null for the range the unit implies
 *                  ({@link UnitRange#forUnit}); the target must lie in it
 *
 * @since 1.0
 */
public record MetricSpec(String unit, Direction direction, Ratio target, CreditCurve curve, Ratio floor,
                         @Nullable String recordsKpi, @Nullable Ratio valueCreditCap, boolean derived, @Nullable String note, @Nullable UnitRange range) {

    /**
     * A spec whose possible values are those its unit implies.
     *
     * @param unit       the unit values are given in
     * @param direction  at least / at most / exactly the target
     * @param target     the target as the source states it
     * @param curve      the declared credit curve
     * @param floor      for {@link CreditCurve#LINEAR}: the value that earns 0; {@code null} otherwise
     * @param recordsKpi the id of the service-record KPI that measures it, or null
     * @param valueCreditCap the most credit a measured value alone can earn, in (0, 1], or null for no cap
     * @param derived    true when the credit rule for values is the rubric's own choice
     * @param note       how the curve, floor and cap were chosen, or null
     */
    // parameters: the record's components less range (public API: a spec whose range its unit implies)
    public MetricSpec(String unit, Direction direction, Ratio target, CreditCurve curve, Ratio floor, @Nullable String recordsKpi,
                      @Nullable Ratio valueCreditCap, boolean derived, @Nullable String note) {
        this(unit, direction, target, curve, floor, recordsKpi, valueCreditCap, derived, note, null);
    }

    /**
     * A spec without a value-credit cap, not marked derived, whose possible values are those its unit implies.
     *
     * @param unit       the unit values are given in
     * @param direction  at least / at most / exactly the target
     * @param target     the target as the source states it
     * @param curve      the declared credit curve
     * @param floor      for {@link CreditCurve#LINEAR}: the value that earns 0; {@code null} otherwise
     * @param recordsKpi the id of the service-record KPI that measures it, or null
     */
    public MetricSpec(String unit, Direction direction, Ratio target, CreditCurve curve, Ratio floor, @Nullable String recordsKpi) {
        this(unit, direction, target, curve, floor, recordsKpi, null, false, null, null);
    }

    /**
     * Checks that the curve fits the target: a linear curve needs a floor on the failing side of
     * the target (never for {@code exactly}), other curves take no floor, and a ratio curve for
     * at-least needs a positive target.
     *
     * @param unit      the unit values are given in ({@code "%"}, {@code "min"}, {@code "h"}, …)
     * @param direction at least / at most / exactly the target
     * @param target    the target as the source states it
     * @param curve     the declared credit curve
     * @param floor     for {@link CreditCurve#LINEAR}: the value that earns 0 (below the target for
     *                  at-least, above it for at-most); {@code null} otherwise
     * @param recordsKpi the id of the service-record KPI that measures it (docs/records-format.md), or null
     * @param valueCreditCap the most credit a measured value alone can earn, in (0, 1], or null for no cap.
     *                  Set where the clause has a qualitative part beside its number (GB/T 27922 CTS
     *                  5.1.2.2: "…负责对售后服务工作的管理和对售后服务活动的指导"): a value shows only the
     *                  number, so the qualitative part's share needs the assessor's verdict
     *                  ({@code conforms}, {@code credit}, {@code band} or {@code sample}) instead
     * @param derived   true when the credit rule for values (curve, floor, cap) is the rubric's own
     *                  choice rather than stated by the source
     * @param note      how the curve, floor and cap were chosen, or null
     * @param range     the values that can be measured, or null for the range the unit implies
     *                  ({@link UnitRange#forUnit}); the target must lie in it
     * @throws IllegalArgumentException naming the value that does not fit
     * @throws NullPointerException     when unit, direction, target or curve is missing
     */
    public MetricSpec {
        if (valueCreditCap != null && (valueCreditCap.signum() <= 0 || valueCreditCap.compareTo(Ratio.ONE) > 0)) {
            throw new IllegalArgumentException("valueCreditCap must lie in (0, 1], not " + valueCreditCap);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(curve, "curve");
        if (curve == CreditCurve.LINEAR) {
            if (floor == null) {
                throw new IllegalArgumentException("a linear credit curve needs a floor (target " + target + ")");
            }
            boolean ok = switch (direction) {
                case AT_LEAST -> floor.compareTo(target) < 0;
                case AT_MOST -> floor.compareTo(target) > 0;
                case EXACTLY -> false;
            };
            if (!ok) {
                throw new IllegalArgumentException("linear floor " + floor + " must lie on the failing side of target "
                        + target + " for direction " + direction.json());
            }
        } else if (floor != null) {
            throw new IllegalArgumentException("floor " + floor + " is only meaningful for a linear curve, not " + curve.json());
        }
        if (curve == CreditCurve.RATIO && direction == Direction.AT_LEAST && target.signum() <= 0) {
            throw new IllegalArgumentException("a ratio curve needs a positive target, not " + target);
        }
    }

    /**
     * Whether a measured value meets the target.
     *
     * @param value the measured value
     * @return {@link Direction#met} of the value against the target
     */
    public boolean met(Ratio value) {
        return direction.met(value, target);
    }

    /**
     * How far a measured value is from the target.
     *
     * @param value the measured value
     * @return {@link Direction#gap}: zero when met
     */
    public Ratio gap(Ratio value) {
        return direction.gap(value, target);
    }

    /**
     * The credit in [0, 1] a measured {@code value} earns: the declared curve, then at most
     * {@link #valueCreditCap()} when one is set.
     *
     * @param value the measured value, in {@link #unit()}
     * @return the credit, exact
     */
    public Ratio credit(Ratio value) {
        Ratio c = curveCredit(value);
        return valueCreditCap != null && c.compareTo(valueCreditCap) > 0 ? valueCreditCap : c;
    }

    /**
     * The credit the declared curve alone gives {@code value}, before any cap: 1 when the target is
     * met; otherwise 0 for {@code threshold}; for {@code ratio} value / target (at least),
     * target / value (at most; 0 for a zero target) or the smaller of both (exactly), 0 for a
     * non-positive value; for {@code linear} (value − floor) / (target − floor). Always within [0, 1].
     *
     * @param value the measured value, in {@link #unit()}
     * @return the credit, exact
     */
    public Ratio curveCredit(Ratio value) {
        if (met(value)) return Ratio.ONE;
        return switch (curve) {
            case THRESHOLD -> Ratio.ZERO;
            case RATIO -> switch (direction) {
                case AT_LEAST -> value.signum() <= 0 ? Ratio.ZERO : value.dividedBy(target).clamp(Ratio.ZERO, Ratio.ONE);
                // at most: target / value; a zero target ("no incidents") is all or nothing
                case AT_MOST -> target.signum() <= 0 || value.signum() <= 0
                        ? Ratio.ZERO : target.dividedBy(value).clamp(Ratio.ZERO, Ratio.ONE);
                case EXACTLY -> {
                    if (value.signum() <= 0 || target.signum() <= 0) yield Ratio.ZERO;
                    Ratio r = value.dividedBy(target);
                    yield r.min(Ratio.ONE.dividedBy(r)).clamp(Ratio.ZERO, Ratio.ONE);
                }
            };
            case LINEAR -> value.minus(floor).dividedBy(target.minus(floor)).clamp(Ratio.ZERO, Ratio.ONE);
        };
    }

    /**
     * This spec with another target (tailoring), the floor and curve unchanged.
     *
     * @param newTarget the target
     * @return a new spec
     * @throws IllegalArgumentException when the new target does not fit the curve — a linear
     *         floor no longer on the failing side of it, or a ratio curve's target not positive —
     *         or lies outside the values the unit makes possible; a tailoring reports it with the
     *         target's JSON path (the floor is never silently dropped)
     */
    public MetricSpec withTarget(Ratio newTarget) {
        UnitRange.of(this).impossible(newTarget).ifPresent(why -> {
            throw new IllegalArgumentException("target " + why);
        });
        return new MetricSpec(unit, direction, newTarget, curve, floor, recordsKpi, valueCreditCap, derived, note, range);
    }
}
