package io.aftercert.core.scoring;

import io.aftercert.core.Ratio;

/** Σ earned, Σ applicable and Σ max over all leaves.
 *
 * @since 1.0
 */
public record Totals(Ratio earned, Ratio applicable, Ratio max) {
}
