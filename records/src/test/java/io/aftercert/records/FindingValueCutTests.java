package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A value longer than {@link DataQualityFinding#MAX_VALUE} bytes is cut at a character boundary (never inside a
 * multi-byte UTF-8 character) and ends in "…"; the expected text is worked out from the value's
 * UTF-8 encoding by {@code String.getBytes}, independently of the row's byte offsets.
 */
class FindingValueCutTests {
    private static ServiceRecord withChannel(String ticket, String channel) {
        return ServiceRecord.of(Map.of("ticket_id", ticket, "channel", channel, "type", "consult", "priority", "normal",
                "requested_at", "2026-03-02 09:00:00"));
    }

    /** The characters whose UTF-8 bytes all lie within the first 200, less the last, and "…". */
    private static String expectedCut(String value) {
        int chars = 0;
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            int n = String.valueOf(value.charAt(i)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > DataQualityFinding.MAX_VALUE) break;
            bytes += n;
            chars++;
        }
        return value.substring(0, chars - 1) + "…";
    }

    @Test
    void multiByteValuesAreCutBetweenCharacters() {
        String[] values = {"中".repeat(100), "a" + "中".repeat(100), "ab" + "中".repeat(100), "é".repeat(150), "a" + "é".repeat(150)};
        KpiAccumulator acc = new KpiAccumulator();
        for (int i = 0; i < values.length; i++) acc.add(withChannel("T" + i, values[i]));
        List<String> got = acc.report("cut").findings().stream().map(DataQualityFinding::value).toList();
        // worked out by hand for the first three: 66 whole characters fit 198 bytes (and 1 + 66 × 3 = 199, 2 + 66 × 3 = 200)
        assertEquals("中".repeat(65) + "…", got.get(0));
        assertEquals("a" + "中".repeat(65) + "…", got.get(1));
        assertEquals("ab" + "中".repeat(65) + "…", got.get(2));
        for (int i = 0; i < values.length; i++) assertEquals(expectedCut(values[i]), got.get(i), "value " + i);
    }
}
