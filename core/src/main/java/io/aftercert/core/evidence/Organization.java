package io.aftercert.core.evidence;

/**
 * The organisation assessed.
 *
 * @param name its name
 * @param kind {@code manufacturer}, {@code trader} or {@code service}, or null
 */
public record Organization(String name, String kind) {
    public Organization {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("organization name must not be blank");
    }
}
