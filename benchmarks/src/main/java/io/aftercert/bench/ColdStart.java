package io.aftercert.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold start: wall and CPU time of {@code ./aftercert assess EXAMPLE --html FILE} as a whole process
 * against a JVM "hello world" on the same machine, run in pairs (hello, assess, hello, assess, …) so
 * that both halves of a pair see the same load, and the median of the per-pair ratios.
 *
 * <p>From the repository root, without building anything (single-file source launch):
 * {@code java benchmarks/src/main/java/io/aftercert/bench/ColdStart.java [pairs] [-- command…]}.
 * The default is seven pairs against {@code ./aftercert assess examples/gbt27922/appliance-manufacturer.json
 * --html R}; a command after {@code --} replaces the second half of each pair ({@code {html}} in it stands
 * for a scratch report file), e.g. to compare JVM options side by side. CPU time (user + system, the
 * children's times from {@code /proc/self/stat}, 10 ms ticks) is shown on Linux: it is what a loaded
 * machine inflates least. The load average before and after is printed: a ratio measured under load is
 * flattered, because the queue for a core slows {@code java Hello} too.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = 7;
        List<String> custom = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                custom = List.of(Arrays.copyOfRange(args, i + 1, args.length));
                break;
            }
            pairs = Integer.parseInt(args[i]);
        }
        Path dir = Files.createTempDirectory("coldstart");
        Path hello = dir.resolve("Hello.java");
        Files.writeString(hello, "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(), "-d", dir.toString(), hello.toString()));
        String html = dir.resolve("report.html").toString();
        List<String> helloCmd = List.of(java, "-cp", dir.toString(), "Hello");
        List<String> assessCmd = custom == null
                ? List.of("./aftercert", "assess", "examples/gbt27922/appliance-manufacturer.json", "--html", html)
                : custom.stream().map(a -> a.replace("{html}", html)).toList();
        run(custom == null ? List.of("./aftercert", "rubrics") : assessCmd); // builds the jar and its archive if needed
        run(helloCmd);
        System.out.printf("load average before: %s%n", load());
        double[] hw = new double[pairs];
        double[] aw = new double[pairs];
        double[] hc = new double[pairs];
        double[] ac = new double[pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            double[] h = time(helloCmd);
            double[] a = time(assessCmd);
            hw[i] = h[0];
            hc[i] = h[1];
            aw[i] = a[0];
            ac[i] = a[1];
            ratio[i] = a[0] / h[0];
            System.out.printf("pair %d: hello %6.1f ms (cpu %4.0f)   assess %6.1f ms (cpu %4.0f)   %5.2f×%n", i + 1, h[0], h[1], a[0], a[1],
                    ratio[i]);
        }
        System.out.printf("load average after:  %s%n", load());
        System.out.printf("JVM hello world       median wall %7.1f ms, cpu %5.0f ms%n", median(hw), median(hc));
        System.out.printf("%-21s median wall %7.1f ms, cpu %5.0f ms%n", custom == null ? "aftercert assess" : "command", median(aw),
                median(ac));
        System.out.printf("ratio (median of the %d pairs' ratios) %5.2f×, of medians %5.2f×, cpu %5.2f×  (goal ≤ 8×)%n", pairs,
                median(ratio), median(aw) / median(hw), median(ac) / Math.max(1, median(hc)));
    }

    private static double median(double[] values) {
        double[] t = values.clone();
        Arrays.sort(t);
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }

    /** Wall and CPU milliseconds of one run of the command (CPU -1 where /proc is not there). */
    private static double[] time(List<String> cmd) throws Exception {
        long cpu0 = childCpuTicks();
        long s = System.nanoTime();
        run(cmd);
        double wall = (System.nanoTime() - s) / 1e6;
        long cpu1 = childCpuTicks();
        return new double[] {wall, cpu0 < 0 ? -1 : (cpu1 - cpu0) * 10.0};
    }

    /** cutime + cstime of this process (its waited-for children), in clock ticks (100 per second on Linux). */
    private static long childCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[13]) + Long.parseLong(f[14]); // fields 16 and 17 of proc(5)
        } catch (Exception e) {
            return -1;
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private static void run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException("failed: " + cmd);
    }
}
