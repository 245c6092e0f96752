package io.aftercert.bench;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One benchmark input: a gbt27922 evidence file from the classpath, its bytes, the discovered
 * registry, the rubric and the parsed assessment. Uses only API both releases of
 * {@code side-by-side.sh} have.
 */
record BenchInput(byte[] evidence, RubricRegistry registry, Rubric rubric, Assessment assessment) {
    static BenchInput load(String resource) {
        byte[] bytes;
        try (InputStream in = BenchInput.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("benchmark input " + resource + " is not on the classpath");
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RubricRegistry registry = RubricRegistry.discover();
        Rubric rubric = registry.require("gbt27922");
        return new BenchInput(bytes, registry, rubric, EvidenceJson.read(bytes, "bench.json", registry::find));
    }
}
