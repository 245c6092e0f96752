/**
 * Rubric {@code hxjt}: HXJT on GB/T 16784—2025. Data plus one provider; found through
 * {@link java.util.ServiceLoader}, or wired by hand with
 * {@code RubricRegistry.of(List.of(new HxjtProvider()))}.
 */
module io.aftercert.rubric.hxjt {
    requires transitive io.aftercert.core;

    exports io.aftercert.rubric.hxjt;

    provides io.aftercert.core.spi.RubricProvider with io.aftercert.rubric.hxjt.HxjtProvider;
}
