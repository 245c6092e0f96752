package io.aftercert.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An ERP request handler's view: many threads at once share the default registry and its
 * rubrics, read evidence, score and serialise results; every thread sees the identical result,
 * and nothing blocks (the work per thread is lock-free apart from the registry's first load).
 */
class ConcurrencyTests {
    @Test
    void sixteenThreadsShareTheRegistryAndRubricsWithIdenticalResults() throws Exception {
        List<Path> files = List.of(Path.of("gbt27922", "appliance-manufacturer.json"), Path.of("gbt27922", "trading-company.json"),
                Path.of("hxjt", "machine-tool-maker.json"), Path.of("gxdsl244", "guangxi-ecommerce-retailer.json"),
                Path.of("gxdsl259", "guangxi-ecommerce-retailer-conformance.json"));
        List<byte[]> inputs = new ArrayList<>();
        for (Path f : files) inputs.add(Files.readAllBytes(f));
        RubricRegistry shared = RubricRegistry.getDefault();
        List<byte[]> expected = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Assessment a = EvidenceJson.read(inputs.get(i), files.get(i).toString(), shared::find);
            expected.add(ResultJson.write(ScoringEngine.score(shared.require(a.rubricId()), a)));
        }
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    int done = 0;
                    for (int k = 0; k < 200; k++) {
                        int i = (k + offset) % files.size();
                        Assessment a = EvidenceJson.read(inputs.get(i), files.get(i).toString(), RubricRegistry.getDefault()::find);
                        AssessmentResult r = ScoringEngine.score(RubricRegistry.getDefault().require(a.rubricId()), a);
                        if (!java.util.Arrays.equals(expected.get(i), ResultJson.write(r))) {
                            throw new AssertionError("thread saw a different result for " + files.get(i));
                        }
                        done++;
                    }
                    return done;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : futures) total += f.get(120, TimeUnit.SECONDS);
            assertEquals(threads * 200, total);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(shared.problems().isEmpty(), shared.problems().toString());
    }
}
