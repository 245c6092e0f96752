/**
 * Scoring: the engine and the result it gives.
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core.scoring;

import org.jspecify.annotations.NullMarked;
