package io.aftercert.core;

import io.aftercert.core.registry.RubricRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packages of core depend in one direction (architecture §1.1): read from the compiled
 * classes with {@code jdeps}, the package graph has no cycle, and no package depends on
 * {@code registry}, where the entry point {@link RubricRegistry} sits above everything it finds.
 */
class PackageCycleTests {

    @Test
    void corePackagesFormNoCycle(@TempDir Path tmp) throws Exception {
        Map<String, Set<String>> graph = packageGraph(tmp);
        assertTrue(graph.getOrDefault("io.aftercert.core.scoring", Set.of()).contains("io.aftercert.core.model"),
                "jdeps must have read the classes: " + graph);
        assertEquals(List.of(), cycles(graph));
        String registry = RubricRegistry.class.getPackageName();
        assertTrue(graph.get(registry).contains("io.aftercert.core.spi"), "the registry reads the SPI: " + graph);
        graph.forEach((from, to) -> assertFalse(to.contains(registry), from + " depends on " + registry));
    }

    @Test
    void theCycleCheckFindsACycle() {
        Map<String, Set<String>> g = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(g));
        assertEquals(List.of(), cycles(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c")))));
    }

    private static Map<String, Set<String>> packageGraph(Path tmp) throws Exception {
        Path classes = Path.of(RubricRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // without module-info.class: jdeps would resolve the module graph, which needs every library's descriptor
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class")).toList()) {
                Path to = tmp.resolve(classes.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:class", "-filter:none",
                "--ignore-missing-deps", tmp.toString());
        assertEquals(0, rc, out.toString());
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length < 3 || !w[1].equals("->") || !w[0].startsWith("io.aftercert.core") || !w[2].startsWith("io.aftercert.core")) continue;
            String from = pkg(w[0]);
            String to = pkg(w[2]);
            if (!from.equals(to)) graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
        return graph;
    }

    private static String pkg(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    /** Each cycle once, as the packages of a strongly connected component of more than one, sorted. */
    private static List<List<String>> cycles(Map<String, Set<String>> g) {
        List<List<String>> out = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String v : g.keySet()) {
            if (done.contains(v)) continue;
            Set<String> comp = new TreeSet<>();
            for (String w : reach(g, v)) if (reach(g, w).contains(v)) comp.add(w);
            done.addAll(comp);
            if (comp.size() > 1) out.add(List.copyOf(comp));
        }
        return out;
    }

    private static Set<String> reach(Map<String, Set<String>> g, String from) {
        Set<String> seen = new TreeSet<>(Set.of(from));
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            for (String w : g.getOrDefault(todo.remove(todo.size() - 1), Set.of())) if (seen.add(w)) todo.add(w);
        }
        return seen;
    }
}
