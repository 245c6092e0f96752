/**
 * Rubric {@code gbt27922}: GB/T 27922 (CTS 售后服务认证技术规范). Data plus one provider; found through
 * {@link java.util.ServiceLoader}, or wired by hand with
 * {@code RubricRegistry.of(List.of(new Gbt27922Provider()))}.
 */
@SuppressWarnings("module") // the module name is the base package; the standard's number ends it
module io.aftercert.rubric.gbt27922 {
    requires transitive io.aftercert.core;

    exports io.aftercert.rubric.gbt27922;

    provides io.aftercert.core.spi.RubricProvider with io.aftercert.rubric.gbt27922.Gbt27922Provider;
}
