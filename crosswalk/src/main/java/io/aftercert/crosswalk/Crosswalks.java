package io.aftercert.crosswalk;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The crosswalk tables that ship with AfterCert: one resource per pair of rubrics, named
 * {@code <a>__<b>.json} with {@code a < b}, read from either side.
 */
public final class Crosswalks {
    /** The pairs shipped, each as {@code {a, b}}. */
    public static final List<List<String>> SHIPPED = List.of(
            List.of("gbt27922", "gxdsl244"), List.of("gbt27922", "gxdsl259"), List.of("gbt27922", "hxjt"),
            List.of("gxdsl244", "gxdsl259"), List.of("gxdsl244", "hxjt"), List.of("gxdsl259", "hxjt"));

    private Crosswalks() {
    }

    /** The shipped table oriented {@code from → to}, if the pair has one. */
    public static Optional<CrosswalkTable> shipped(String from, String to) {
        boolean shipped = SHIPPED.stream().anyMatch(p -> p.contains(from) && p.contains(to) && !from.equals(to));
        return shipped ? Optional.of(load(from, to)) : Optional.empty();
    }

    /** The pair's resource, oriented {@code from → to} whichever way the file states it. */
    private static CrosswalkTable load(String from, String to) {
        String name = resourceName(from, to);
        try (InputStream in = Crosswalks.class.getResourceAsStream(name)) {
            if (in == null) throw new InvalidInputException(new Problem(name, null, null, "crosswalk resource missing"));
            CrosswalkTable t = CrosswalkTable.read(in.readAllBytes(), name);
            return t.from().equals(from) ? t : t.inverse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource of the pair, e.g. {@code gbt27922__hxjt.json}. */
    static String resourceName(String a, String b) {
        String lo = a.compareTo(b) <= 0 ? a : b;
        String hi = a.compareTo(b) <= 0 ? b : a;
        return lo + "__" + hi + ".json";
    }
}
