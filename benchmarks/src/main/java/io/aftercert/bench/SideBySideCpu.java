package io.aftercert.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link SideBySide}'s benchmarks timed by the CPU time of the measuring thread instead of the
 * wall clock: on a machine shared by many builds (load far above its cores) wall-clock throughput
 * mostly measures the queue for a core, while operations per CPU-second stay close to what one
 * core does. GC and JIT work on other threads is not counted, so the allocation-heavy figures
 * flatter a little; and since the JIT's threads queue for the cores too, every operation runs
 * twice round and the second round is reported.
 *
 * <p>{@code java -cp benchmarks.jar io.aftercert.bench.SideBySideCpu [warm-up CPU s] [measured CPU s]}
 */
public final class SideBySideCpu {
    private SideBySideCpu() {
    }

    public static void main(String[] args) throws Exception {
        double warm = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        double measure = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        SideBySide b = new SideBySide();
        b.setup();
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        ops.put("finalScoreAndGrade", b::finalScoreAndGrade);
        ops.put("finalScoreAndGradeChecked", b::finalScoreAndGradeChecked);
        ops.put("fullResult", b::fullResult);
        ops.put("parseValidateScore", b::parseValidateScore);
        ops.put("parseValidateFullResult", b::parseValidateFullResult);
        ops.put("whatIf10k", b::whatIf10k);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // two rounds over every operation, the second one reported: on a crowded machine the JIT's
        // threads get little CPU, so whatever runs first would be measured half-interpreted
        Map<String, Double> second = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            for (var e : ops.entrySet()) {
                run(mx, e.getValue(), warm);
                second.put(e.getKey(), run(mx, e.getValue(), measure));
            }
        }
        second.forEach((name, perCpuSecond) -> System.out.printf("CPU %-28s %14.1f ops per CPU-second%n", name, perCpuSecond));
    }

    private static Object sink;

    private static double run(ThreadMXBean mx, Supplier<Object> op, double cpuSeconds) {
        long budget = (long) (cpuSeconds * 1e9);
        long start = mx.getCurrentThreadCpuTime();
        long ops = 0;
        long used;
        int batch = 1; // grows until one batch takes about 10 ms of CPU, so reading the clock costs nothing
        do {
            long before = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) sink = op.get();
            ops += batch;
            long now = mx.getCurrentThreadCpuTime();
            if (now - before < 10_000_000 && batch < (1 << 20)) batch *= 2;
            used = now - start;
        } while (used < budget);
        return ops / (used / 1e9);
    }
}
