package io.aftercert.core.evidence;

import org.jspecify.annotations.Nullable;
/**
 * The organisation assessed.
 *
 * @param name its name
 * @param kind {@code manufacturer}, {@code trader} or {@code service}, or null
 *
 * @since 1.0
 */
public record Organization(String name, @Nullable String kind) {
    /** The kinds an organisation can be (the evidence-file schema and constraints use the same list). */
    public static final java.util.Set<String> KINDS = java.util.Set.of("manufacturer", "trader", "service");

    /**
     * Checks the organisation.
     *
     * @param name its name
     * @param kind {@code manufacturer}, {@code trader} or {@code service}, or null
     * @throws IllegalArgumentException when the name is blank or the kind is not one of {@link #KINDS}
     */
    public Organization {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("organization name must not be blank");
        if (kind != null && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("organization kind must be manufacturer, trader or service, not " + kind);
        }
    }
}
