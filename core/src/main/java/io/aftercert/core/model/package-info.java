/**
 * The rubric model: indicators, metrics, grades and where each comes from.
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core.model;

import org.jspecify.annotations.NullMarked;
