package io.aftercert.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold start (issue 9): wall time of {@code ./aftercert assess EXAMPLE --html FILE} as a whole
 * process against a JVM "hello world" on the same machine, median of N runs each, and the ratio.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.aftercert.bench.ColdStart [runs]} from the repository root.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path dir = Files.createTempDirectory("coldstart");
        Path hello = dir.resolve("Hello.java");
        Files.writeString(hello, "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(), "-d", dir.toString(), hello.toString()));
        run(List.of("./aftercert", "rubrics")); // builds the jar if needed
        List<String> helloCmd = List.of(java, "-cp", dir.toString(), "Hello");
        List<String> assessCmd = List.of("./aftercert", "assess", "examples/gbt27922/appliance-manufacturer.json", "--html",
                dir.resolve("report.html").toString());
        double h = median(helloCmd, runs);
        double a = median(assessCmd, runs);
        System.out.printf("JVM hello world           median %7.1f ms%n", h);
        System.out.printf("aftercert assess --html   median %7.1f ms%n", a);
        System.out.printf("ratio                     %7.2f×  (goal ≤ 8×)%n", a / h);
    }

    private static double median(List<String> cmd, int runs) throws Exception {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            run(cmd);
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    private static void run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException("failed: " + cmd);
    }
}
