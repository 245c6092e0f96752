package io.aftercert.core.json.elsewhere;

/** Instances of this package's package-private records, for tests in other packages. */
public final class HiddenRecords {
    private HiddenRecords() {
    }

    /** {@return a {@code Hidden} record: a name that must not be null, and a check that must hold} */
    public static Object hidden(String name, boolean ok) {
        return new Hidden(name, ok);
    }
}
