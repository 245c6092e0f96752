package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KPI table of docs/records-format.md: ids, targets and their direction, and the row-mask bits. */
class KpiTests {
    @Test
    void idsAndTargetsAreTheSchemasTable() {
        // docs/records-format.md "KPIs": target per id (null where the KPI is only reported); repeat repair is the one "at most";
        // the 5-min online and 15-min emergency limits: 95 % of requests (the rubrics' reading of a limit without a share, gxdsl244 B2.2/B2.3, gxdsl259 8.4/8.7)
        List<String> expected = List.of("hotline_answer 85 at-least", "phone_response 95 at-least", "online_response 90 at-least",
                "online_response_5min 95 at-least", "emergency_response 95 at-least", "on_time_arrival 95 at-least",
                "resolution_simple null at-least", "resolution_complex null at-least", "first_contact_resolution 85 at-least",
                "repeat_repair 5 at-most", "complaint_response 100 at-least", "callback_ratio 20 at-least", "satisfaction_index 85 at-least");
        List<String> got = new ArrayList<>();
        for (Kpi k : Kpi.values()) got.add(k.id() + " " + k.target() + " " + (k.atLeast() ? "at-least" : "at-most"));
        assertEquals(expected, got);
        assertEquals(Ratio.of(85), Kpi.HOTLINE_ANSWER.target());
        assertNull(Kpi.RESOLUTION_SIMPLE.target());
    }

    @Test
    void everyCountedKpiHasTwoBitsOfItsOwnBelowTheSatisfactionBits() {
        // the twelve counted KPIs (all but the satisfaction index) hold bits 0 … 23: denominator 2k, numerator 2k + 1
        assertEquals(Arrays.asList(Kpi.values()).subList(0, 12), List.of(Kpi.COUNTED));
        int seen = 0;
        for (Kpi k : Kpi.COUNTED) {
            int den = k.denBit();
            int num = k.numBit();
            assertEquals(1 << (2 * k.ordinal()), den, k.id());
            assertEquals(den << 1, num, k.id());
            assertEquals(0, seen & (den | num), k.id() + " shares a bit");
            seen |= den | num;
        }
        assertEquals((1 << 24) - 1, seen);
        assertTrue((KpiAccumulator.CLEAN & ((7 << 24) | seen)) == 0, "the clean flag is apart from the KPI and satisfaction bits");
    }
}
