package io.aftercert.rubric.hxjt;

import io.aftercert.core.model.Rubric;
import io.aftercert.core.spi.RubricProvider;

/** Rubric {@code hxjt}: HXJT industrial-product after-sales service certification on GB/T 16784—2025. */
public final class HxjtProvider implements RubricProvider {
    /** Instantiated by {@link java.util.ServiceLoader}, or directly for explicit wiring. */
    public HxjtProvider() {
    }

    @Override
    public String id() {
        return "hxjt";
    }

    @Override
    public Rubric load() {
        return loadResource("hxjt.json");
    }
}
