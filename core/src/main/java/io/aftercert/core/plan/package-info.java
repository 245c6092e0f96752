/**
 * Planning: the cheapest way to a grade, the action plan people see, its headline and the diff of two results.
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core.plan;

import org.jspecify.annotations.NullMarked;
