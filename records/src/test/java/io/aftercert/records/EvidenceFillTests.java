package io.aftercert.records;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.Ratio;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filling an evidence file from the KPIs: which items, which value (exact, or cut towards the miss), which note. */
class EvidenceFillTests {
    @TempDir
    Path dir;

    private static final Rubric GXDSL244 = RubricRegistry.getDefault().require("gxdsl244");

    private static String codeOf(String kpi) {
        for (Indicator leaf : GXDSL244.leaves()) {
            if (leaf.metric() != null && kpi.equals(leaf.metric().recordsKpi())) return leaf.code();
        }
        throw new AssertionError("gxdsl244 has no item for " + kpi);
    }

    @Test
    void aValueIsExactWhenItFitsAndOtherwiseCutTowardsTheMiss() {
        // 1/3 % to 12 decimals: 0.333333333333 (down, for "at least") or …334 (up, for "at most")
        assertEquals(new BigDecimal("0.333333333333"), EvidenceFill.evidenceValue(Ratio.of(1, 3), true));
        assertEquals(new BigDecimal("0.333333333334"), EvidenceFill.evidenceValue(Ratio.of(1, 3), false));
        // −2/3 down is −0.666…667, up is −0.666…666
        assertEquals(new BigDecimal("-0.666666666667"), EvidenceFill.evidenceValue(Ratio.of(-2, 3), true));
        assertEquals(new BigDecimal("-0.666666666666"), EvidenceFill.evidenceValue(Ratio.of(-2, 3), false));
        // terminating within 12 decimals: as it is, trailing zeros gone, no exponent
        assertEquals("100", EvidenceFill.evidenceValue(Ratio.of(100), true).toPlainString());
        assertEquals("100", EvidenceFill.evidenceValue(Ratio.of(100), true).toString());
        assertEquals("12.5", EvidenceFill.evidenceValue(Ratio.parse("12.50"), false).toString());
        assertEquals("0.000000000001", EvidenceFill.evidenceValue(Ratio.of(1, 1_000_000_000_000L), true).toPlainString());
        // terminating but 13 decimals: cut like any other (1/2^13 = 0.0001220703125)
        assertEquals(new BigDecimal("0.000122070312"), EvidenceFill.evidenceValue(Ratio.of(1, 8192), true));
        assertEquals(new BigDecimal("0.000122070313"), EvidenceFill.evidenceValue(Ratio.of(1, 8192), false));
    }

    @Test
    void everyItemWithAKpiAndDataIsFilledAndNothingElse() throws IOException {
        Path f = dir.resolve("records.csv");
        // P1 phone 10 s; P2 phone 20 s; S1 simple repair resolved 3 h after its response; row 4 has no channel (excluded)
        Files.write(f, ("ticket_id,channel,type,priority,complexity,requested_at,responded_at,resolved_at\n"
                + "P1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:10,\n"
                + "P2,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:20,\n"
                + "S1,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T09:00:00,2026-03-02T12:00:00\n"
                + "S2,,repair,normal,simple,2026-03-02T08:00:00,,\n").getBytes(StandardCharsets.UTF_8));
        KpiReport r = new KpiEngine(1, null).run(f);
        List<String> filled = new ArrayList<>();
        JsonNode ev = SharedMapper.get().readTree(EvidenceFill.fill(null, "ev.json", GXDSL244, r, filled)).get("evidence");
        // hotline 1/2 = 50 %; phone response 2/2 = 100 %; resolution_simple is filled with its mean hours, 3
        String hotline = codeOf("hotline_answer");
        assertEquals(0, new BigDecimal("50").compareTo(ev.get(hotline).get("value").decimalValue()));
        // a person's note: the figure as shown everywhere (no fraction), the counts behind it, the rows left out
        assertEquals("服务记录 records.csv：热线接通率（15 秒）为 50%（1 / 2）；共 4 行记录，已剔除数据质量有问题的 1 行", ev.get(hotline).get("notes").asText());
        String phone = codeOf("phone_response");
        assertEquals(0, new BigDecimal("100").compareTo(ev.get(phone).get("value").decimalValue()));
        String simple = codeOf("resolution_simple");
        assertEquals(0, new BigDecimal("3").compareTo(ev.get(simple).get("value").decimalValue()), "mean hours, not the 100 % in 4 h");
        assertTrue(ev.get(simple).get("notes").asText().contains("简单问题 4 小时解决率：平均用时 3 小时（1 单）"), ev.get(simple).get("notes").asText());
        // KPIs without data (no online, emergency, complaint requests…) fill nothing: every filled code has data
        for (String code : filled) {
            Indicator leaf = GXDSL244.indicator(code).orElseThrow();
            assertTrue(r.kpis().get(leaf.metric().recordsKpi()).denominator() > 0, code);
            assertTrue(ev.get(code).has("value"), code);
        }
        assertTrue(filled.contains(hotline) && filled.contains(phone));
        String online = codeOf("online_response");
        assertFalse(filled.contains(online), "no online requests: nothing to fill");
        assertFalse(ev.has(online) && ev.get(online).has("value") && !ev.get(online).get("value").isNull(), "left as it was");
    }
}
