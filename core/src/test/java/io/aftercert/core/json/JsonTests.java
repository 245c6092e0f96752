package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Allocation;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.json.Encodings;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Strict reading: what a person is told about a file that is not acceptable JSON (issue 13). */
class JsonTests {
    private static Problem problem(byte[] bytes) {
        // a hostile file is refused after little work: a bound on what the reader allocates, not a clock
        InvalidInputException e = Allocation.atMost(8L << 20, () -> assertThrows(InvalidInputException.class,
                () -> EvidenceJson.read(bytes, "ev.json", id -> Optional.empty())));
        Problem p = e.problems().get(0);
        assertTrue(p.message().length() < 300, "short: " + p.message());
        for (String leak : new String[] {"JsonReadFeature", "StreamReadConstraints", "REDACTED", "INCLUDE_SOURCE", "`", "io.aftercert",
                "com.fasterxml"}) {
            assertFalse(p.toString().contains(leak), "no Jackson internals (" + leak + "): " + p);
        }
        return p;
    }

    private static Problem problem(String json) {
        return problem(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jacksonInternalsDoNotLeak() {
        Problem nan = problem("{\"rubric\": NaN}");
        assertTrue(nan.message().contains("NaN") && nan.path().contains("line 1, column"), nan.toString());
        Problem deep = problem("[".repeat(100) + "]".repeat(100));
        assertTrue(deep.message().contains("64"), deep.toString());
        Problem longNumber = problem("{\"x\": " + "1".repeat(100) + "}");
        assertTrue(longNumber.message().contains("number"), longNumber.toString());
        Problem dup = problem("{\"rubric\": \"a\", \"rubric\": \"b\"}");
        assertTrue(dup.message().contains("rubric") && dup.message().contains("twice"), dup.toString());
        Problem cut = problem("{\"rubric\": \"a\"");
        assertTrue(cut.message().contains("ends"), cut.toString());
        Problem trailing = problem("{} x");
        assertTrue(trailing.path().contains("line 1"), trailing.toString());
    }

    @Test
    void hostileNumbersFailFastNamingTheirPlace() {
        Problem tiny = problem("{\"rubric\":\"mini\",\"evidence\":{\"A.3\":{\"value\": 1e-99999999}}}");
        assertTrue(tiny.path().equals("$.evidence[\"A.3\"].value") && tiny.message().contains("line 1, column"), tiny.toString());
        Problem huge = problem("{\"rubric\":\"mini\",\"evidence\":{\"A.3\":{\"value\": 1e9999999}}}");
        assertTrue(huge.toString().length() < 300, huge.toString());
    }

    @Test
    void aGbkFileIsToldToBeSavedAsUtf8() {
        byte[] gbk = "{\"rubric\":\"gbt27922\",\"organization\":{\"name\":\"华澜家电（佛山）有限公司\"},\"evidence\":{}}"
                .getBytes(Charset.forName("GBK"));
        Problem p = problem(gbk);
        assertTrue(p.message().contains("GBK") && p.message().contains("save the file as UTF-8"), p.toString());
        byte[] latin1 = "{\"rubric\":\"Müller\"}".getBytes(StandardCharsets.ISO_8859_1);
        Problem q = problem(latin1);
        assertTrue(q.message().contains("not UTF-8") && q.message().contains("save the file as UTF-8"), q.toString());
    }

    @Test
    void aUtf16FileIsRefusedAsTheReadmeSays() {
        // Jackson detects UTF-16 by itself; the project reads UTF-8 only (as its records and survey readers do)
        String doc = "{\"rubric\":\"gbt27922\",\"organization\":{\"name\":\"华澜\"},\"evidence\":{}}";
        for (Charset cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Problem p = problem(doc.getBytes(cs));
            assertTrue(p.message().contains("UTF-16") && p.message().contains("save the file as UTF-8"), cs + ": " + p);
        }
    }

    @Test
    void encodingsAreToldApart() throws Exception {
        byte[] utf8 = "ticket,区域\nT1,华南\n".getBytes(StandardCharsets.UTF_8);
        assertFalse(Encodings.utf16(utf8));
        assertEquals(-1, Encodings.firstInvalidUtf8(utf8, false));
        // "区" is E5 8C BA: cut after its first byte, the start of a longer file is fine, a whole file is not
        byte[] cut = java.util.Arrays.copyOf(utf8, 8);
        assertEquals(-1, Encodings.firstInvalidUtf8(cut, true));
        assertEquals(7, Encodings.firstInvalidUtf8(cut, false));
        // UTF-16LE without a byte-order mark: 'a' is 61 00, one zero byte in every pair
        assertTrue(Encodings.utf16("abc".getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(Encodings.utf16(new byte[] {(byte) 0xFF, (byte) 0xFE}));
        assertTrue(Encodings.utf16(new byte[] {(byte) 0xFE, (byte) 0xFF}));
        // one zero byte in three pairs is a third: UTF-16; in four pairs it is not
        assertTrue(Encodings.utf16(new byte[] {'a', 'b', 'c', 'd', 0, 'e'}));
        assertFalse(Encodings.utf16(new byte[] {'a', 'b', 'c', 'd', 0, 'e', 'f', 'g'}));
        assertFalse(Encodings.utf16(new byte[0]));
        // zeros on both sides (a sparse file's hole): not UTF-16; nine pairs with one zero on the other side still are
        assertFalse(Encodings.utf16(new byte[64]));
        assertTrue(Encodings.utf16(new byte[] {'a', 0, 'b', 0, 'c', 0, 'd', 0, 'e', 0, 'f', 0, 'g', 0, 'h', 0, 0, 0, 'i', 0, 'j', 0}));
        assertFalse(Encodings.utf16(new byte[] {'a', 0, 'b', 0, 'c', 0, 'd', 0, 'e', 0, 'f', 0, 'g', 0, 'h', 0, 0, 0, 'i', 0}));
        byte[] gbk = "T1,华南\n".getBytes(Charset.forName("GBK"));
        assertEquals(3, Encodings.firstInvalidUtf8(gbk, false));
        assertTrue(Encodings.describe(gbk).contains("GBK/GB18030"), Encodings.describe(gbk));
        assertTrue(Encodings.describe(new byte[] {'a', (byte) 0xff}).contains("byte 0xff"), Encodings.describe(new byte[] {'a', (byte) 0xff}));
        assertThrows(java.nio.charset.CharacterCodingException.class, () -> Encodings.utf8(gbk, 0, gbk.length));
        assertEquals("华", Encodings.utf8("x华".getBytes(StandardCharsets.UTF_8), 1, 3));
    }
}
