/**
 * AfterCert core: the entry point ({@link io.aftercert.core.RubricRegistry}), the values every package
 * uses and the exceptions ({@link io.aftercert.core.AfterCertException}).
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core;

import org.jspecify.annotations.NullMarked;
