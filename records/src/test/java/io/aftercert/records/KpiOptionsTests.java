package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.records.KpiOptions.GroupBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a KPI run may be asked for: up to three distinct breakdown keys and a period that does not end before it starts. */
class KpiOptionsTests {
    @Test
    void upToThreeDistinctKeysAndAnOrderedPeriod() {
        assertEquals(List.of(), KpiOptions.NONE.by());
        assertNull(KpiOptions.NONE.from());
        assertNull(KpiOptions.NONE.to());
        List<GroupBy> keys = new ArrayList<>(List.of(GroupBy.MONTH, GroupBy.REGION, GroupBy.TYPE));
        KpiOptions three = new KpiOptions(keys, null, null);
        keys.add(GroupBy.CHANNEL);
        assertEquals(List.of(GroupBy.MONTH, GroupBy.REGION, GroupBy.TYPE), three.by(), "a copy: later changes to the list do not reach it");
        IllegalArgumentException four = assertThrows(IllegalArgumentException.class, () -> new KpiOptions(keys, null, null));
        assertTrue(four.getMessage().startsWith("at most three breakdown keys, not 4"), four.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new KpiOptions(List.of(GroupBy.REGION, GroupBy.TYPE, GroupBy.REGION), null, null));
        assertTrue(twice.getMessage().startsWith("a breakdown key is given twice"), twice.getMessage());
        // a one-day period is fine; one ending the day before it starts is not
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertEquals(day, new KpiOptions(List.of(), day, day).to());
        assertEquals(day, new KpiOptions(List.of(), day, null).from());
        assertEquals(day, new KpiOptions(List.of(), null, day).to());
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> new KpiOptions(List.of(), day, day.minusDays(1)));
        assertEquals("the period starts (2026-03-02) after it ends (2026-03-01)", backwards.getMessage());
    }

    @Test
    void keysAreNamedInEnglishIdsAndChineseLabels() {
        List<String> got = new ArrayList<>();
        for (GroupBy g : GroupBy.values()) got.add(g.id() + "=" + g.label("zh") + "/" + g.label("en"));
        assertEquals(List.of("month=月份/month", "quarter=季度/quarter", "region=地区/region", "channel=渠道/channel", "type=类型/type",
                "technician=技术员/technician"), got);
        assertEquals(GroupBy.TECHNICIAN, GroupBy.of(" technician "));
        assertEquals(GroupBy.MONTH, GroupBy.of("month"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GroupBy.of("week"));
        assertEquals("unknown breakdown key 'week': use one or two of month, quarter, region, channel, type, technician", e.getMessage());
    }
}
