package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aftercert.core.Ratio;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader and writer handed to embedders behave as the SDK's own and cannot change it. */
class JsonEntryPointsTests {

    record Share(Ratio value) {
    }

    @Test
    void theWriterWritesExactNumbersAsTheSdkDoes() throws Exception {
        String json = new String(Json.writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(new Share(Ratio.of(1, 3))), StandardCharsets.UTF_8);
        assertEquals("{\"value\":0.3333333333,\"valueExact\":\"1/3\"}", json);
        assertEquals("{\"value\":0.5}", new String(Json.writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(new Share(Ratio.of(1, 2))), StandardCharsets.UTF_8));
    }

    @Test
    void theReaderIsStrictAndReadsExactNumbers() throws Exception {
        assertEquals(Ratio.of(1, 3), Json.reader().forType(Ratio.class).readValue("\"1/3\""));
        assertEquals(new java.math.BigDecimal("0.1"), Json.reader().readTree("{\"a\":0.1}").get("a").decimalValue());
        assertThrows(JacksonException.class, () -> Json.reader().readTree("{\"a\":1,\"a\":2}"));
        assertThrows(JacksonException.class, () -> Json.reader().readTree("{} {}"));
    }

    @Test
    void aChangedWriterIsANewOneAndTheSharedOneStaysAsItWas() throws Exception {
        var compact = Json.writer().without(SerializationFeature.INDENT_OUTPUT);
        assertNotSame(Json.writer(), compact);
        assertEquals("{\n  \"a\" : 1\n}", new String(Json.writer().writeValueAsBytes(Map.of("a", 1)), StandardCharsets.UTF_8)
                .replace(System.lineSeparator(), "\n"));
        assertEquals("{}", Json.nodes().objectNode().toString());
    }
}
