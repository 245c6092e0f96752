/**
 * The entry point of an embedder: {@link io.aftercert.core.registry.RubricRegistry} finds the installed
 * rubrics and report renderers. A package of its own, above every other package of core, so that no
 * package of core depends on it and the packages form no cycle.
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core.registry;

import org.jspecify.annotations.NullMarked;
