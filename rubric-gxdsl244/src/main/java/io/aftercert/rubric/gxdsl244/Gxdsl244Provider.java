package io.aftercert.rubric.gxdsl244;

import io.aftercert.core.model.Rubric;
import io.aftercert.core.spi.RubricProvider;

/** Rubric {@code gxdsl244}: the T/GXDSL 244—2025 service-quality index. */
public final class Gxdsl244Provider implements RubricProvider {
    /** Instantiated by {@link java.util.ServiceLoader}, or directly for explicit wiring. */
    public Gxdsl244Provider() {
    }

    @Override
    public String id() {
        return "gxdsl244";
    }

    @Override
    public Rubric load() {
        return loadResource("gxdsl244.json");
    }
}
