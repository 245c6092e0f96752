package io.aftercert.core.internal.edit;

import io.aftercert.core.json.Json;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.json.EvidenceJson;

import io.aftercert.core.internal.edit.EvidenceEdit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.model.Rubric;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Editing single indicators of an evidence file without touching the rest. */
class EvidenceEditTests {
    private static Rubric rubric() {
        return io.aftercert.core.TestRubrics.mini();
    }

    @Test
    void setsOneVerdictAndKeepsNotesAttachmentsAndEverythingElse() throws Exception {
        Rubric r = rubric();
        String code = r.leaves().get(0).code();
        String other = r.leaves().get(1).code();
        String json = "{\"rubric\":\"" + r.id() + "\",\"organization\":{\"name\":\"X\",\"kind\":\"service\"},\"assessedOn\":\"2026-11-01\",\"evidence\":{\"" + code
                + "\":{\"band\":2,\"notes\":\"keep me\",\"attachments\":[\"a.pdf\"]},\"" + other + "\":{\"conforms\":true}}}";
        EvidenceEdit e = EvidenceEdit.open(json.getBytes(StandardCharsets.UTF_8), "ev.json", r);
        e.setVerdict(code, "credit", JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("0.5")));
        JsonNode out = Json.readTree(e.bytes());
        JsonNode entry = out.get("evidence").get(code);
        assertEquals("0.5", entry.get("credit").decimalValue().toPlainString());
        assertFalse(entry.has("band"));
        assertEquals("keep me", entry.get("notes").asText());
        assertEquals("a.pdf", entry.get("attachments").get(0).asText());
        assertTrue(out.get("evidence").get(other).get("conforms").asBoolean());
        assertEquals("service", out.get("organization").get("kind").asText());
        assertEquals("2026-11-01", out.get("assessedOn").asText());
    }

    @Test
    void notesAloneNeverDecideAVerdict() throws Exception {
        Rubric r = rubric();
        String code = r.leaves().get(0).code();
        EvidenceEdit e = EvidenceEdit.open(null, "new.json", r);
        e.setNotes(code, "facts");
        JsonNode entry = Json.readTree(e.bytes()).get("evidence").get(code);
        assertTrue(entry.get("conforms").isNull());
        assertEquals("facts", entry.get("notes").asText());
    }

    @Test
    void anotherRubricsFileOrNonObjectIsRefused() {
        Rubric r = rubric();
        InvalidInputException a = assertThrows(InvalidInputException.class,
                () -> EvidenceEdit.open("{\"rubric\":\"nope\"}".getBytes(StandardCharsets.UTF_8), "ev.json", r));
        assertTrue(a.getMessage().contains("$.rubric"), a.getMessage());
        InvalidInputException b = assertThrows(InvalidInputException.class, () -> EvidenceEdit.open("[1]".getBytes(StandardCharsets.UTF_8), "ev.json", r));
        assertTrue(b.getMessage().contains("JSON object"), b.getMessage());
    }
}
