package io.aftercert.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs command lines of the hostile corpus in a JVM of its own (started by
 * {@link MainHostileInputTests} with a 512 MiB heap): one command line per input line, arguments
 * separated by tabs; prints per command {@code exit-code TAB milliseconds}, or {@code OOM} when
 * the heap ran out. The milliseconds are the process's CPU time (all its threads), not the wall
 * clock: a command that reads or loops without end burns CPU, while the queue for a core on a busy
 * machine does not count (a command that blocks is ended by the caller's wait and surefire's fork
 * timeout).
 */
public final class HostileCorpusChild {
    private HostileCorpusChild() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter report = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        for (String line; (line = in.readLine()) != null; ) {
            long t0 = cpuNanos();
            String result;
            try {
                int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), line.split("\t"));
                result = String.valueOf(code);
            } catch (OutOfMemoryError e) {
                result = "OOM";
            }
            report.println(result + "\t" + (cpuNanos() - t0) / 1_000_000);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
