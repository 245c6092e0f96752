package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Finding;

/**
 * A special finding as scored.
 *
 * @param type        deduction or bonus, as in the evidence
 * @param category    deduction category, or null
 * @param description what was found
 * @param indicator   related indicator, or null
 * @param points      points it changed the final score by (negative for a deduction; 0 for a
 *                    bonus beyond the maximum that counts)
 *
 * @since 1.0
 */
public record FindingResult(Finding.Type type, @Nullable String category, String description, @Nullable String indicator, Ratio points) {
}
