package io.aftercert.bench;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Issue 22, measured side by side with the previous release (ddf5acd): this class compiles
 * against the API both releases have, and {@link Api} (one per release: {@code src/main/java} for
 * this one, {@code benchmarks/prev} for the previous) answers each question the fastest way its
 * release can. {@code benchmarks/side-by-side.sh} builds both jars and runs this class in each,
 * one after the other, with the same options.
 *
 * <p>Input: the gbt27922 appliance-manufacturer evidence as the previous release's example had it
 * (50 items, samples, bands, a measured value, a bonus and a deduction), which both releases read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class SideBySide {
    /** How many what-if variants one planner sweep scores. */
    public static final int VARIANTS = 10_000;

    private byte[] evidence;
    private RubricRegistry registry;
    private Rubric rubric;
    private Assessment assessment;
    private Object prepared;
    private Assessment[] variants;

    @Setup
    public void setup() {
        BenchInput in = BenchInput.load("/side-by-side.json");
        evidence = in.evidence();
        registry = in.registry();
        rubric = in.rubric();
        assessment = in.assessment();
        prepared = Api.prepare(rubric, assessment);
        variants = variants(rubric, assessment);
        System.out.println("\n[" + Api.RELEASE + "] final score " + Api.finalScoreText(rubric, prepared));
    }

    /**
     * 10,000 what-if variants of one assessment, as a planner builds them: each raises one item to
     * full credit and sets a second to a credit in tenths, built by hand (so each is validated when scored).
     */
    static Assessment[] variants(Rubric rubric, Assessment base) {
        // the previous release takes a verdict on check items only, not on KPIs: vary those
        List<Indicator> leaves = rubric.leaves().stream().filter(l -> l.kind() != IndicatorKind.METRIC).toList();
        int n = leaves.size();
        Assessment[] out = new Assessment[VARIANTS];
        for (int k = 0; k < VARIANTS; k++) {
            Map<String, Evidence> ev = new LinkedHashMap<>(base.evidence());
            ev.put(leaves.get(k % n).code(), Evidence.conforms(true));
            ev.put(leaves.get((k / n + 7 * k) % n).code(), Evidence.credit(Ratio.of(k % 11, 10 + (k % 11 == 10 ? 1 : 0))));
            out[k] = new Assessment(base.rubricId(), base.rubricVersion(), base.organization(), base.assessedOn(),
                    base.assessor(), base.qualifyingGradeHeldMonths(), ev, base.findings());
        }
        return out;
    }

    /** Final score + grade of one parsed assessment (the previous release can only build the full result). */
    @Benchmark
    public Object finalScoreAndGrade() {
        return Api.finalScoreAndGrade(rubric, prepared);
    }

    /** The same for an assessment built in code: the rubric checks run on every call. */
    @Benchmark
    public Object finalScoreAndGradeChecked() {
        return Api.finalScoreAndGradeChecked(rubric, assessment);
    }

    /** The full result: ledger with texts, gaps, next-grade plan. */
    @Benchmark
    public Object fullResult() {
        return Api.fullResult(rubric, prepared);
    }

    /** JSON bytes → strict parse → validation → final score + grade. */
    @Benchmark
    public Object parseValidateScore() {
        return Api.parseValidateScore(evidence, registry);
    }

    /** JSON bytes → strict parse → validation → full result. */
    @Benchmark
    public Object parseValidateFullResult() {
        return Api.parseValidateFullResult(evidence, registry);
    }

    /** One what-if sweep: score 10,000 hand-built variants, keep the best final score. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object whatIf10k() {
        Object best = null;
        for (Assessment v : variants) best = Api.better(best, Api.finalScoreAndGradeChecked(rubric, v));
        return best;
    }
}
