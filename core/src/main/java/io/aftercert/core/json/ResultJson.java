package io.aftercert.core.json;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.scoring.AssessmentResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Result JSON (DESIGN §6): written and read back without loss (exact numbers round-trip). */
public final class ResultJson {
    private ResultJson() {
    }

    public static byte[] write(AssessmentResult result) {
        try {
            return Json.mapper().writeValueAsBytes(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writeString(AssessmentResult result) {
        return new String(write(result), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @throws InvalidInputException naming the file and JSON path when it is not a result */
    public static AssessmentResult read(byte[] json, String file) {
        return Json.readValue(json, AssessmentResult.class, "invalid result file " + file, file);
    }
}
