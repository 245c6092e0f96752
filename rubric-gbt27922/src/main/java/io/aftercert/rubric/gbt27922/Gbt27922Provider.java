package io.aftercert.rubric.gbt27922;

import io.aftercert.core.model.Rubric;
import io.aftercert.core.spi.RubricProvider;

/** Rubric {@code gbt27922}: the CTS 100-point table of GB/T 27922 certification. */
public final class Gbt27922Provider implements RubricProvider {
    /** Instantiated by {@link java.util.ServiceLoader}, or directly for explicit wiring. */
    public Gbt27922Provider() {
    }

    @Override
    public String id() {
        return "gbt27922";
    }

    @Override
    public Rubric load() {
        return loadResource("gbt27922.json");
    }
}
