package io.aftercert.core;

import io.aftercert.core.spi.RubricProvider;
import io.aftercert.core.model.Rubric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The installed rubrics, found with {@link ServiceLoader}.
 *
 * <p>Tolerant, like SLF4J's provider loading: a provider that cannot be instantiated, or whose
 * {@link RubricProvider#load()} fails, is reported in {@link #problems()} (and logged) and the
 * others keep working. Strict where silence would mislead: two providers with the same id and the
 * same {@link RubricProvider#priority()} are refused with an {@link IllegalStateException} naming
 * both classes; of two with different priorities the higher is used and the choice is reported in
 * {@link #problems()}. The system property {@code aftercert.rubric.<id>=<provider class>} overrides
 * both rules.
 *
 * <p>Thread-safe: rubrics load lazily, at most once each, and are shared.
 */
public final class RubricRegistry {
    /** System-property prefix for an explicit provider choice. */
    public static final String OVERRIDE_PREFIX = "aftercert.rubric.";

    private static final System.Logger LOG = System.getLogger(RubricRegistry.class.getName());
    private static volatile RubricRegistry defaultRegistry;

    private final Map<String, RubricProvider> providers;
    private final Map<String, Rubric> loaded = new ConcurrentHashMap<>();
    private final Map<String, String> broken = new ConcurrentHashMap<>();
    private final List<String> discoveryProblems;

    private RubricRegistry(List<RubricProvider> found, List<String> discoveryProblems) {
        Map<String, RubricProvider> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>(discoveryProblems);
        for (RubricProvider p : found) {
            String id;
            try {
                id = p.id();
            } catch (RuntimeException | LinkageError e) {
                problems.add(report(p.getClass().getName() + " is broken: id() failed: " + e));
                continue;
            }
            if (id == null || id.isBlank()) {
                problems.add(report(p.getClass().getName() + " is broken: it has no id"));
                continue;
            }
            RubricProvider other = byId.get(id);
            if (other == null) {
                byId.put(id, p);
                continue;
            }
            String chosen = System.getProperty(OVERRIDE_PREFIX + id);
            if (chosen == null) {
                int po = priority(other);
                int pp = priority(p);
                if (po != pp) { // a declared precedence: the higher priority wins, and the choice is on record
                    RubricProvider win = pp > po ? p : other;
                    RubricProvider lose = win == p ? other : p;
                    byId.put(id, win);
                    problems.add(report("two rubric providers have the id '" + id + "': " + win.getClass().getName()
                            + " (priority " + priority(win) + ") is used, " + lose.getClass().getName() + " (priority "
                            + priority(lose) + ") is not; choose otherwise with -D" + OVERRIDE_PREFIX + id + "=<class>"));
                    continue;
                }
                throw new IllegalStateException("two rubric providers have the id '" + id + "': "
                        + other.getClass().getName() + " and " + p.getClass().getName() + " (both priority " + po
                        + "); remove one from the classpath or choose with -D" + OVERRIDE_PREFIX + id + "=<class>");
            }
            if (chosen.equals(p.getClass().getName())) byId.put(id, p);
            else if (!chosen.equals(other.getClass().getName())) {
                throw new IllegalStateException("-D" + OVERRIDE_PREFIX + id + "=" + chosen + " names neither "
                        + other.getClass().getName() + " nor " + p.getClass().getName());
            }
        }
        this.providers = Collections.unmodifiableMap(byId);
        this.discoveryProblems = List.copyOf(problems);
    }

    private static int priority(RubricProvider p) {
        try {
            return p.priority();
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
    }

    /**
     * Discovers providers with the thread context class loader (falling back to this class's).
     *
     * @return a new registry; providers that cannot be instantiated are listed in {@link #problems()}
     * @throws IllegalStateException when two providers have the same id and no
     *                               {@code aftercert.rubric.<id>} system property chooses one
     */
    public static RubricRegistry discover() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return discover(cl != null ? cl : RubricRegistry.class.getClassLoader());
    }

    /**
     * Discovers providers visible to {@code loader}.
     *
     * @param loader the class loader {@link ServiceLoader} searches
     * @return a new registry; providers that cannot be instantiated are listed in {@link #problems()}
     * @throws IllegalStateException when two providers have the same id and no
     *                               {@code aftercert.rubric.<id>} system property chooses one
     */
    public static RubricRegistry discover(ClassLoader loader) {
        List<RubricProvider> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Iterator<RubricProvider> it = ServiceLoader.load(RubricProvider.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) break;
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                problems.add(report("a rubric provider could not be loaded and is skipped: " + e.getMessage()));
            }
        }
        return new RubricRegistry(found, problems);
    }

    /**
     * A registry of exactly these providers (tests, explicit wiring without ServiceLoader).
     *
     * @param providers the providers
     * @return a new registry
     * @throws IllegalStateException when two providers have the same id and no
     *                               {@code aftercert.rubric.<id>} system property chooses one
     */
    public static RubricRegistry of(List<? extends RubricProvider> providers) {
        return new RubricRegistry(new ArrayList<>(providers), List.of());
    }

    /** {@return the registry of the rubrics on the class path or module path, discovered once and shared} */
    public static RubricRegistry getDefault() {
        RubricRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (RubricRegistry.class) {
                r = defaultRegistry;
                if (r == null) defaultRegistry = r = discover();
            }
        }
        return r;
    }

    private static String report(String message) {
        LOG.log(System.Logger.Level.WARNING, message);
        return message;
    }

    /** {@return the ids of the providers found, in discovery order (broken ones included until they fail)} */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    /** {@return the rubrics that load, in id order; providers that fail are skipped and reported in {@link #problems()}} */
    public List<RubricInfo> list() {
        List<RubricInfo> out = new ArrayList<>();
        for (String id : providers.keySet().stream().sorted().toList()) {
            find(id).ifPresent(r -> out.add(new RubricInfo(r.id(), r.version(), r.title(), r.leaves().size(),
                    providers.get(id).getClass().getName())));
        }
        return out;
    }

    /**
     * The rubric with an id, loaded on first use.
     *
     * @param id the rubric id
     * @return the rubric, or empty when none is installed or its provider is broken (then reported in
     *         {@link #problems()})
     */
    public Optional<Rubric> find(String id) {
        RubricProvider p = providers.get(id);
        if (p == null || broken.containsKey(id)) return Optional.empty();
        try {
            return Optional.of(loaded.computeIfAbsent(id, k -> {
                Rubric r = p.load();
                if (r == null) throw new IllegalStateException("load() returned null");
                if (!r.id().equals(k)) {
                    throw new IllegalStateException("load() returned rubric '" + r.id() + "' for id '" + k + "'");
                }
                return r;
            }));
        } catch (RuntimeException | LinkageError e) {
            broken.put(id, report("rubric provider " + p.getClass().getName() + " (" + id + ") is broken and is skipped: "
                    + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The rubric with an id, if it has the version asked for.
     *
     * @param id      the rubric id
     * @param version the version
     * @return the rubric, or empty when it is not installed, broken or of another version
     */
    public Optional<Rubric> find(String id, String version) {
        return find(id).filter(r -> r.version().equals(version));
    }

    /**
     * The rubric with this id.
     *
     * @param id the rubric id
     * @return the rubric
     * @throws UnknownRubricException saying which rubrics are installed, with a suggestion for a
     *                                 misspelt id, or why the provider is broken
     */
    public Rubric require(String id) {
        Optional<Rubric> r = find(id);
        if (r.isPresent()) return r.get();
        if (broken.containsKey(id)) {
            throw new UnknownRubricException(id, Text.of("评分标准“" + id + "”的提供者无法使用：" + broken.get(id), broken.get(id)));
        }
        String installed = providers.isEmpty() ? null : String.join(", ", providers.keySet());
        throw new UnknownRubricException(id, Text.of("未安装评分标准“" + id + "”" + Suggestions.didYouMean(id, providers.keySet(),
                        io.aftercert.core.Lang.ZH) + "；已安装：" + (installed == null ? "无" : String.join("、", providers.keySet())),
                "no rubric '" + id + "' is installed" + Suggestions.didYouMean(id, providers.keySet())
                        + "; installed: " + (installed == null ? "none" : installed)));
    }

    /** {@return everything that went wrong while discovering or loading providers, one message each} */
    public List<String> problems() {
        List<String> all = new ArrayList<>(discoveryProblems);
        all.addAll(broken.values());
        return all;
    }

    /**
     * One installed rubric, as {@code rubrics} lists it.
     *
     * @param id       rubric id
     * @param version  rubric version
     * @param title    title
     * @param items    number of leaf indicators
     * @param provider the provider class
     */
    public record RubricInfo(String id, String version, Text title, int items, String provider) {
    }
}
