package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.aftercert.core.apicheck.ApiFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of this module, as committed in {@code api/aftercert-survey.api} (docs/compatibility.md):
 * a change is a diff of that file in review. After an intended change, rerun with
 * {@code -Dapi.update=true} and commit the file.
 */
class ApiFileTests {
    @Test
    void theApiFileMatchesTheCode() {
        String mismatch = ApiFile.of(Dimension.class, Path.of("api", "aftercert-survey.api")).mismatch();
        assertNull(mismatch, mismatch);
    }
}
