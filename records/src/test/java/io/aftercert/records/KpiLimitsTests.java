package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The KPI table ({@link Kpi}: targets and time limits) is the T/GXDSL 244 rubric's: every metric
 * indicator that names a records KPI states the same target, direction and time limit.
 */
class KpiLimitsTests {
    private static final Rubric GXDSL244 = RubricRegistry.getDefault().require("gxdsl244");
    private static final Pattern WITHIN = Pattern.compile("within (?:±)?(\\d+) (s|min|h)\\b");

    /** The time limit an indicator's English title states ("within 15 s", "within ±30 min"), or null. */
    private static Duration titleLimit(Indicator leaf) {
        Matcher m = WITHIN.matcher(leaf.title().en());
        if (!m.find()) return null;
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "min" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    private static Map<String, Indicator> byKpi() {
        Map<String, Indicator> out = new LinkedHashMap<>();
        for (Indicator leaf : GXDSL244.leaves()) {
            if (leaf.metric() != null && leaf.metric().recordsKpi() != null) out.put(leaf.metric().recordsKpi(), leaf);
        }
        return out;
    }

    @Test
    void theLimitsAreTheOnesTheRubricStates() {
        Map<String, Indicator> leaves = byKpi();
        int compared = 0;
        for (Kpi k : Kpi.values()) {
            Indicator leaf = leaves.get(k.id());
            if (leaf == null || k == Kpi.RESOLUTION_SIMPLE) continue;
            assertEquals(titleLimit(leaf), k.limit(), k.id() + " against " + leaf.code() + " '" + leaf.title().en() + "'");
            if (k.limit() != null) compared++;
        }
        // hotline 15 s, online 30 min, phone 30 s, online 5 min, emergency 15 min, arrival ±30 min, complaints 24 h
        assertEquals(7, compared);
    }

    @Test
    void theSimpleResolutionLimitIsTheRubricsTargetInHours() {
        Indicator leaf = byKpi().get(Kpi.RESOLUTION_SIMPLE.id());
        assertEquals("小时", leaf.metric().unit());
        assertEquals(Direction.AT_MOST, leaf.metric().direction());
        assertEquals(Ratio.of(Kpi.RESOLUTION_SIMPLE.limit().toHours()), leaf.metric().target());
        assertEquals(Duration.ofHours(4), Kpi.RESOLUTION_SIMPLE.limit());
    }

    @Test
    void theTargetsAreTheRubricsWhereItSetsOne() {
        Map<String, Indicator> leaves = byKpi();
        for (Kpi k : Kpi.values()) {
            Indicator leaf = leaves.get(k.id());
            if (leaf == null || k.target() == null) continue;
            assertEquals(leaf.metric().target(), k.target(), k.id());
            assertEquals(leaf.metric().direction() == Direction.AT_LEAST, k.atLeast(), k.id());
        }
        // the rubric names every KPI of the table but the complex resolution (a calendar rule) and the callback ratio (T/GXDSL 259's)
        assertTrue(leaves.keySet().containsAll(java.util.List.of("hotline_answer", "phone_response", "online_response", "online_response_5min",
                "emergency_response", "on_time_arrival", "resolution_simple", "first_contact_resolution", "repeat_repair",
                "complaint_response", "satisfaction_index")));
    }

    @Test
    void kpisThatAreNoTimeLimitHaveNone() {
        for (Kpi k : new Kpi[] {Kpi.RESOLUTION_COMPLEX, Kpi.FIRST_CONTACT_RESOLUTION, Kpi.REPEAT_REPAIR, Kpi.CALLBACK_RATIO, Kpi.SATISFACTION_INDEX}) {
            assertNull(k.limit(), k.id());
        }
        assertEquals(15_000L, Kpi.HOTLINE_ANSWER.limitMillis());
        assertEquals(86_400_000L, Kpi.COMPLAINT_RESPONSE.limitMillis());
    }
}
