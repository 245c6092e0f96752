package io.aftercert.bench;

import io.aftercert.survey.Questionnaire;
import io.aftercert.survey.ResponseReader;
import io.aftercert.survey.SurveyAccumulator;
import io.aftercert.survey.SurveyGenerator;
import io.aftercert.survey.SurveyJson;
import io.aftercert.survey.SurveyReport;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The survey benchmark: N generated responses (default 1 000 000, 1 % of each fault kind) are
 * streamed from CSV through one {@link SurveyAccumulator}. Prints the time, the rows per second,
 * the peak heap after collections and the peak RSS, so runs at different N show whether memory
 * stays flat. Run: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar io.aftercert.bench.SurveyRun [N] [FILE]}.
 */
public final class SurveyRun {
    private SurveyRun() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path file = Path.of(args.length > 1 ? args[1] : "target/survey-" + n + ".csv");
        Questionnaire q = Questionnaire.standard();
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                System.out.println("generated " + new SurveyGenerator(q, 2026, 0.01).write(n, w));
            }
            System.out.println("generate_ms " + (System.nanoTime() - t) / 1_000_000);
        }
        System.out.println("file_mib " + Files.size(file) / (1 << 20));
        var threads = ManagementFactory.getThreadMXBean();
        var memory = ManagementFactory.getMemoryMXBean();
        for (int run = 1; run <= 2; run++) {
            System.gc();
            long base = memory.getHeapMemoryUsage().getUsed();
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            SurveyAccumulator acc = new SurveyAccumulator(q);
            ResponseReader.read(file, q, acc::add);
            SurveyReport r = acc.result(file.getFileName().toString(), 20L * n);
            byte[] json = SurveyJson.write(r);
            long ms = (System.nanoTime() - t) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            System.gc();
            long retained = memory.getHeapMemoryUsage().getUsed() - base; // the accumulator is still reachable here
            System.out.printf("run %d: wall %d ms, cpu %d ms, %.0f rows/s of cpu, retained heap %d MiB (accumulator %s), overall %s, valid %d, findings %s, json %d bytes%n",
                    run, ms, cpuMs, r.rows() * 1000.0 / Math.max(1, cpuMs), retained >> 20, acc.getClass().getSimpleName(),
                    r.overall().index().truncate(4).toPlainString(), r.valid(), r.findingsByRule(), json.length);
        }
        long heap = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) heap += p.getPeakUsage().getUsed();
        }
        System.out.println("peak_heap_pools_mib " + heap / (1 << 20));
        System.out.println("max_heap_mib " + Runtime.getRuntime().maxMemory() / (1 << 20));
        System.out.println("peak_rss_mib " + Peak.rssMiB());
    }
}
