/**
 * What an assessment says: the organisation, the evidence per indicator and the special findings.
 *
 * <p>Null-marked: a type without {@code @Nullable} never holds or returns null.
 *
 * @since 1.0
 */
@NullMarked
package io.aftercert.core.evidence;

import org.jspecify.annotations.NullMarked;
