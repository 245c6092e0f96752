package io.aftercert.core.registry;

import io.aftercert.core.Text;
import io.aftercert.core.UnknownRubricException;
import io.aftercert.core.internal.input.Suggestions;
import io.aftercert.core.spi.ReportRenderer;
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
import org.jspecify.annotations.Nullable;

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
 *
 * @since 1.0
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
    /** Where renderers are looked for: the class loader discovery used, or null for the default. */
    private final @Nullable ClassLoader loader;
    private volatile @Nullable Map<String, ReportRenderer> renderers;
    private final List<String> rendererProblems = new java.util.concurrent.CopyOnWriteArrayList<>();

    private RubricRegistry(List<RubricProvider> found, List<String> discoveryProblems, @Nullable ClassLoader loader) {
        this.loader = loader;
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
        return new RubricRegistry(found, problems, loader);
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
        return new RubricRegistry(new ArrayList<>(providers), List.of(), null);
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

    /**
     * The report renderer of a format, found with {@link ServiceLoader} on the class loader this
     * registry discovered rubrics with ({@link #of} registries: the thread's context class loader);
     * found once, then shared. A renderer that cannot be loaded is reported in {@link #problems()};
     * of two with the same format the first found is used and the other reported.
     *
     * @param format the format id, e.g. {@code html} (module {@code aftercert-report-html})
     * @return the renderer, or empty when none of that format is installed
     * @since 1.0
     */
    public Optional<ReportRenderer> renderer(String format) {
        return Optional.ofNullable(renderers().get(format));
    }

    /** {@return the formats of the installed report renderers, in discovery order} @since 1.0 */
    public List<String> rendererFormats() {
        return List.copyOf(renderers().keySet());
    }

    private Map<String, ReportRenderer> renderers() {
        Map<String, ReportRenderer> r = renderers;
        if (r == null) {
            synchronized (this) {
                r = renderers;
                if (r == null) renderers = r = loadRenderers();
            }
        }
        return r;
    }

    private Map<String, ReportRenderer> loadRenderers() {
        ClassLoader cl = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        Iterator<ReportRenderer> it = ServiceLoader.load(ReportRenderer.class, cl != null ? cl : RubricRegistry.class.getClassLoader()).iterator();
        Map<String, ReportRenderer> out = new LinkedHashMap<>();
        while (true) {
            try {
                if (!it.hasNext()) break;
                ReportRenderer r = it.next();
                ReportRenderer first = out.putIfAbsent(r.format(), r);
                if (first != null) {
                    rendererProblems.add(report("two report renderers have the format '" + r.format() + "': "
                            + first.getClass().getName() + " is used, " + r.getClass().getName() + " is not"));
                }
            } catch (ServiceConfigurationError | RuntimeException e) {
                rendererProblems.add(report("a report renderer could not be loaded and is skipped: " + e.getMessage()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@return everything that went wrong while discovering or loading providers, one message each} */
    public List<String> problems() {
        List<String> all = new ArrayList<>(discoveryProblems);
        all.addAll(broken.values());
        all.addAll(rendererProblems);
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
