package io.aftercert.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * Where a cold {@code assess --html} spends its start-up: the main thread's CPU time for each phase,
 * in a fresh JVM, in the order a real run meets them. CPU time, not wall time, so a loaded machine
 * changes the figures little. Run it in a new JVM each time, with the launcher's options:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp cli/target/aftercert.jar \
 *     benchmarks/src/main/java/io/aftercert/bench/ColdStartPhases.java examples/gbt27922/appliance-manufacturer.json /tmp/r.html
 * </pre>
 *
 * <p>Everything is reached by reflection, so the class compiles without the command-line module.
 */
public final class ColdStartPhases {
    private ColdStartPhases() {
    }

    public static void main(String[] args) throws Exception {
        String evidence = args[0];
        String html = args[1];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        Constructor<?> assess = Class.forName("io.aftercert.cli.AssessCommand").getDeclaredConstructor();
        assess.setAccessible(true);
        Class.forName("picocli.CommandLine").getConstructor(Object.class).newInstance(assess.newInstance());
        long t1 = mx.getCurrentThreadCpuTime();
        Object registry = Class.forName("io.aftercert.core.registry.RubricRegistry").getMethod("discover").invoke(null);
        registry.getClass().getMethod("ids").invoke(registry);
        long t2 = mx.getCurrentThreadCpuTime();
        Method run = Class.forName("io.aftercert.cli.Main").getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
        PrintWriter sink = new PrintWriter(new StringWriter());
        run.invoke(null, sink, sink, new String[] {"assess", evidence});
        long t3 = mx.getCurrentThreadCpuTime();
        run.invoke(null, sink, sink, new String[] {"assess", evidence, "--html", html});
        long t4 = mx.getCurrentThreadCpuTime();
        run.invoke(null, sink, sink, new String[] {"assess", evidence, "--html", html});
        long t5 = mx.getCurrentThreadCpuTime();
        System.out.printf("main thread CPU, ms: picocli model of assess %d | rubric registry %d | first assess (no report) %d"
                + " | second assess with its first --html %d | third, warm %d | whole thread %d%n", ms(t1 - t0), ms(t2 - t1),
                ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t5));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
