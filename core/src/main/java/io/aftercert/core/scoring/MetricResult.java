package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.model.CreditCurve;
import io.aftercert.core.model.Direction;

/**
 * A metric indicator's measured value against its target.
 *
 * @param value     as measured
 * @param unit      its unit
 * @param direction at least, at most or exactly the target
 * @param target    the target
 * @param met       whether the target is met (bounds inclusive)
 * @param gap       how far from the target (0 when met)
 * @param curve     the credit curve that turned the value into credit
 * @param recordsKpi the service-record KPI id that measures it, or null
 * @param valueCreditCap the most credit a value alone earns on this item (the rest needs the
 *                  assessor's verdict), or null when uncapped
 * @param curveCredit the credit the curve gives before the cap
 * @param derived   true when the curve, floor or cap are the rubric's own choice
 *
 * @since 1.0
 */
public record MetricResult(Ratio value, String unit, Direction direction, Ratio target, boolean met, Ratio gap,
                           CreditCurve curve, @Nullable String recordsKpi, @Nullable Ratio valueCreditCap, Ratio curveCredit,
                           boolean derived) {
}
