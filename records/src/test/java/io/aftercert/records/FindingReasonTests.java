package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aftercert.core.Lang;
import org.junit.jupiter.api.Test;

/** A data-quality reason answers through the one language rule: Chinese by default, English for en, nothing else. */
class FindingReasonTests {
    @Test
    void chineseByDefaultEnglishForEnAndNoGuessing() {
        DataQualityFinding.Reason r = DataQualityFinding.Reason.DUPLICATE_TICKET;
        assertEquals("工单号与前面的行重复", r.text(Lang.ZH));
        assertEquals("the ticket id appears in an earlier row", r.text(Lang.EN));
        assertEquals("工单号与前面的行重复", r.text((String) null), "absent: the default, Chinese (it was English)");
        assertEquals("the ticket id appears in an earlier row", r.text("en"));
        assertEquals("工单号与前面的行重复", r.text().zh());
        assertThrows(IllegalArgumentException.class, () -> r.text("EN"));
        assertThrows(IllegalArgumentException.class, () -> r.text("fr"), "was: English for anything but zh");
        for (DataQualityFinding.Reason each : DataQualityFinding.Reason.values()) {
            assertEquals(each, DataQualityFinding.Reason.of(each.code()));
            // Chinese first: the Chinese text has Han characters, the English none
            assertEquals(true, each.text(Lang.ZH).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), each.name());
            assertEquals(false, each.text(Lang.EN).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), each.name());
        }
    }

    @Test
    void theDashboardRefusesALanguageItCannotSpeak() {
        assertThrows(IllegalArgumentException.class, () -> new KpiDashboard("EN"));
        assertThrows(NullPointerException.class, () -> new KpiDashboard(null));
    }
}
