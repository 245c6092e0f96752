package io.aftercert.records;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aftercert.core.Ratio;
import io.aftercert.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPI report JSON against its shipped JSON Schema (networknt, an independent validator); numbers are numbers. */
class KpiReportSchemaTests {
    @TempDir
    Path dir;

    /** The shipped schema, loaded once (loading it dominated this suite's time, which a mutation run pays per mutant). */
    private static JsonSchema schema;

    static synchronized JsonSchema schema() throws IOException {
        if (schema == null) {
            try (InputStream s = KpiReport.class.getResourceAsStream(KpiReport.SCHEMA_RESOURCE)) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
            }
        }
        return schema;
    }

    static List<String> errors(JsonNode n) throws IOException {
        return schema().validate(n).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    @Test
    void reportsWithAndWithoutBreakdownAndPeriodValidate() throws IOException {
        Path f = dir.resolve("r.csv");
        // 500 rows over about 93 days (one every 16 000 s): three months and their findings, outliers and groups, fast enough
        // for a mutation run, which re-runs this test for most mutants
        RecordsGenerator.write(f, 500, 5L, 0.08, 16_000);
        for (KpiOptions o : List.of(KpiOptions.NONE, new KpiOptions(List.of(KpiOptions.GroupBy.MONTH, KpiOptions.GroupBy.REGION), null, null),
                new KpiOptions(List.of(KpiOptions.GroupBy.TECHNICIAN), LocalDate.of(2026, 2, 1), null),
                new KpiOptions(KpiDashboard.OPTIONS_BY, null, LocalDate.of(2026, 2, 10)))) {
            JsonNode n = SharedMapper.get().readTree(SharedMapper.get().writeValueAsBytes(new KpiEngine(2, null).run(f, o)));
            assertEquals(List.of(), errors(n), o.toString());
            assertEquals(1, n.get("schemaVersion").asInt());
            assertEverythingNumericIsANumberWithItsExactSibling(n);
        }
    }

    /** Every value/mean/median is a JSON number; where a sibling "…Exact" is present it is p/q and the number rounds it. */
    private static void assertEverythingNumericIsANumberWithItsExactSibling(JsonNode n) {
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                JsonNode v = n.get(k);
                if (List.of("value", "meanHours", "medianHours", "target", "mean", "stdDev", "numerator", "denominator").contains(k) && !v.isTextual()) {
                    assertTrue(v.isNumber(), k + " is a number: " + v);
                }
                if (k.endsWith("Exact")) {
                    BigDecimal shown = n.get(k.substring(0, k.length() - 5)).decimalValue();
                    Ratio exact = Ratio.parse(v.asText());
                    assertFalse(exact.isTerminating(), k + " only for non-terminating values");
                    // the number is the exact value rounded half-even to 10 decimals
                    assertEquals(exact.toBigDecimal(10, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros(), shown.stripTrailingZeros(), k);
                }
                assertEverythingNumericIsANumberWithItsExactSibling(v);
            }
        } else if (n.isArray()) {
            n.forEach(KpiReportSchemaTests::assertEverythingNumericIsANumberWithItsExactSibling);
        }
    }

    @Test
    void theSchemaRejectsWhatAReportMustNotBe() throws IOException {
        Path f = dir.resolve("r.csv");
        RecordsGenerator.write(f, 300, 6L, 0.1);
        ObjectNode n = (ObjectNode) SharedMapper.get().readTree(SharedMapper.get().writeValueAsBytes(new KpiEngine(1, null).run(f)));
        ObjectNode bad = n.deepCopy();
        ((ObjectNode) bad.get("kpis").get("hotline_answer")).put("value", "32.5");
        assertFalse(errors(bad).isEmpty(), "a value as a string");
        bad = n.deepCopy();
        bad.remove("schemaVersion");
        assertFalse(errors(bad).isEmpty(), "no schemaVersion");
        bad = n.deepCopy();
        ((ObjectNode) bad.get("kpis").get("hotline_answer")).put("valueExact", "1/3.0");
        assertFalse(errors(bad).isEmpty(), "a malformed fraction");
        bad = n.deepCopy();
        ((ObjectNode) bad.get("findings").get(0)).put("reason", "because");
        assertFalse(errors(bad).isEmpty(), "an unknown reason");
    }
}
