package io.aftercert.core.spi;

import io.aftercert.core.json.RubricJson;
import io.aftercert.core.model.Rubric;

/**
 * Supplies one rubric to AfterCert. A rubric module is nothing but its rubric data (a JSON
 * resource in the format {@link RubricJson} reads) and one implementation of this interface,
 * registered with a one-line {@code META-INF/services/io.aftercert.core.spi.RubricProvider} file
 * (and {@code provides} in {@code module-info.java} for modular applications). A third party ships
 * a new rubric the same way without touching core.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #id()} is cheap, constant and unique among installed providers: the registry refuses
 *       two providers with the same id and names both classes;</li>
 *   <li>{@link #load()} may be expensive; the registry calls it at most once, lazily, and caches the
 *       result. It returns a fully validated, immutable rubric whose {@code id()} equals
 *       {@link #id()}, or throws; a provider that throws is reported as broken and the others keep
 *       working;</li>
 *   <li>implementations must have a public no-argument constructor and be thread-safe.</li>
 * </ul>
 *
 * <p>The SPI grows only through default methods tagged {@code @since}, so existing providers keep
 * compiling.
 *
 * @since 0.1.0
 */
public interface RubricProvider {

    /** {@return the rubric id ({@code gbt27922}): lower-case letters, digits and {@code -}} */
    String id();

    /**
     * Loads and validates the rubric.
     *
     * @return the rubric, whose {@code id()} equals {@link #id()}
     */
    Rubric load();

    /**
     * Convenience for the usual provider: parse the rubric JSON resource {@code resource} found next
     * to this provider's class (a relative name is resolved against the provider's package, as
     * {@link Class#getResourceAsStream(String)} does).
     *
     * <p>Works on the class path and in a named module alike: the provider's module need not
     * {@code opens} its package, because the resource is read from the provider's own module
     * content. (Only a module defined outside any {@link ModuleLayer} would have to declare
     * {@code opens <its package> to io.aftercert.core}.)
     *
     * @param resource the resource name, e.g. {@code "gbt27922.json"}
     * @return the parsed and validated rubric
     * @since 0.1.0
     */
    default Rubric loadResource(String resource) {
        return RubricJson.fromResource(getClass(), resource);
    }

    /**
     * Precedence between two providers of the same id (a vendor's amended copy of a shipped rubric,
     * say): the registry uses the one with the higher priority and reports the choice in
     * {@link io.aftercert.core.registry.RubricRegistry#problems()}; two with equal priorities are refused as ambiguous. The
     * system property {@code aftercert.rubric.<id>=<provider class>} overrides both rules.
     *
     * @return the priority; 0 unless overridden
     * @since 0.1.0
     */
    default int priority() {
        return 0;
    }
}
