package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Strict reading: what a person is told about a file that is not acceptable JSON (issue 13). */
class JsonTests {
    private static Problem problem(byte[] bytes) {
        InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(InvalidInputException.class,
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
}
