/**
 * AfterCert core's values, which every package uses, and its exceptions
 * ({@link io.aftercert.core.AfterCertException}). The entry point,
 * {@link io.aftercert.core.registry.RubricRegistry}, has a package of its own.
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core;

import org.jspecify.annotations.NullMarked;
