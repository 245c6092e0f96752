package io.aftercert.bench;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.spi.ReportRenderer;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.report.HtmlReportRenderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedding hot paths on the gbt27922 appliance-manufacturer example (50 items, sampled items,
 * a bonus and a deduction). Goals (issue 9, 2 cores): ≥ 1,000,000 scorings/s on one core,
 * ≥ 50,000 parse + validate + score/s, report rendering under 5 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SdkBenchmarks {
    private byte[] evidence;
    private Rubric rubric;
    private Assessment assessment;
    private AssessmentResult result;
    private RubricRegistry registry;
    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    @Setup
    public void setup() {
        BenchInput in = BenchInput.load("/appliance-manufacturer.json");
        evidence = in.evidence();
        registry = in.registry();
        rubric = in.rubric();
        assessment = in.assessment();
        result = ScoringEngine.score(rubric, assessment);
    }

    /** Scoring one already-parsed assessment. */
    @Benchmark
    public AssessmentResult score() {
        return ScoringEngine.score(rubric, assessment);
    }

    /** JSON bytes → strict parse → Bean Validation → rubric checks → score. */
    @Benchmark
    public AssessmentResult parseValidateScore() {
        return ScoringEngine.score(rubric, EvidenceJson.read(evidence, "bench.json", registry::find));
    }

    /** One HTML report (the template is compiled once). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] renderReport() {
        return renderer.render(new ReportRenderer.ReportRequest(result, rubric, "zh", "bench.json", null));
    }

    /** A fresh registry: ServiceLoader discovery and loading all three rubrics. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int loadRegistry() {
        RubricRegistry r = RubricRegistry.discover();
        return r.require("gbt27922").leaves().size() + r.require("hxjt").leaves().size() + r.require("gxdsl244").leaves().size();
    }
}
