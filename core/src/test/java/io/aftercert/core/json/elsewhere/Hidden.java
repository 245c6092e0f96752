package io.aftercert.core.json.elsewhere;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * A record the scan can only read by reflection from another package: package-private, so its
 * accessors and its cross-field check are out of reach until made accessible.
 */
record Hidden(@NotNull String name, boolean ok) {
    @AssertTrue
    boolean isOk() {
        return ok;
    }
}
