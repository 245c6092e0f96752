/**
 * What a plugin implements: a rubric provider or a report renderer, found with {@link java.util.ServiceLoader}.
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core.spi;

import org.jspecify.annotations.NullMarked;
