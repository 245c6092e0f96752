/**
 * Tailoring: a rubric adapted to one organisation by a tailoring file.
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core.tailoring;

import org.jspecify.annotations.NullMarked;
