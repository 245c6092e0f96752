package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.aftercert.core.Ratio;

/**
 * A special finding as scored.
 *
 * @param type        {@code deduction} or {@code bonus}
 * @param category    deduction category, or null
 * @param description what was found
 * @param indicator   related indicator, or null
 * @param points      points it changed the final score by (negative for a deduction; 0 for a
 *                    bonus beyond the maximum that counts)
 *
 * @since 1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingResult(String type, @Nullable String category, String description, @Nullable String indicator, Ratio points) {
}
