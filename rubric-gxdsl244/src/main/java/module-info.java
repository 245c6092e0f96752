/**
 * Rubric {@code gxdsl244}: T/GXDSL 244—2025. Data plus one provider; found through
 * {@link java.util.ServiceLoader}, or wired by hand with
 * {@code RubricRegistry.of(List.of(new Gxdsl244Provider()))}.
 */
@SuppressWarnings("module") // the module name is the base package; the standard's number ends it
module io.aftercert.rubric.gxdsl244 {
    requires transitive io.aftercert.core;

    exports io.aftercert.rubric.gxdsl244;

    provides io.aftercert.core.spi.RubricProvider with io.aftercert.rubric.gxdsl244.Gxdsl244Provider;
}
