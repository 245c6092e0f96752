/**
 * Rubric {@code gxdsl259}: T/GXDSL 259—2025 (征求意见稿) as a conformance checklist. Data plus one
 * provider; found through {@link java.util.ServiceLoader}, or wired by hand with
 * {@code RubricRegistry.of(List.of(new Gxdsl259Provider()))}.
 */
@SuppressWarnings("module") // the module name is the base package; the standard's number ends it
module io.aftercert.rubric.gxdsl259 {
    requires transitive io.aftercert.core;

    exports io.aftercert.rubric.gxdsl259;

    provides io.aftercert.core.spi.RubricProvider with io.aftercert.rubric.gxdsl259.Gxdsl259Provider;
}
