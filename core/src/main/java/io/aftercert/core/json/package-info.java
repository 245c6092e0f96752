/**
 * The JSON documents: readers and writers of evidence, results, rubrics, plans, diffs and templates.
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core.json;

import org.jspecify.annotations.NullMarked;
