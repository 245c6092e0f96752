package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of core, as committed in {@code core/api/aftercert-core.api}: every public or
 * protected type, constructor, method and field of the packages {@code module-info.java} exports to
 * everyone, one signature a line, sorted. An API change is a diff of that file in review
 * (docs/compatibility.md). After an intended change, regenerate it with
 * {@code ./mvnw -pl core test -Dtest=ApiFileTests -Dapi.update=true} and commit it.
 */
class ApiFileTests {
    private static final Path API_FILE = Path.of("api", "aftercert-core.api");

    /**
     * Where a vendor starts: a type of an exported package that none of these reaches through a
     * public signature (parameter, return, field, supertype, exception, type argument, nested type)
     * is a helper left public. Each is named for why it is a start.
     */
    private static final List<Class<?>> ENTRY_POINTS = List.of(
            RubricRegistry.class,                                  // rubrics and renderers
            io.aftercert.core.scoring.ScoringEngine.class,         // scoring
            io.aftercert.core.scoring.EvidenceCheck.class,         // validating once, scoring many times
            io.aftercert.core.scoring.Limits.class,                // what limits an item, in words
            io.aftercert.core.plan.Planner.class,                  // the cheapest way to a grade
            io.aftercert.core.plan.ActionPlan.class,               // the plan people see
            io.aftercert.core.plan.Headline.class,                 // the recommendation sentence
            io.aftercert.core.plan.Diff.class,                     // two results compared
            io.aftercert.core.tailoring.Tailoring.class,           // a tailored rubric
            io.aftercert.core.json.Json.class,                     // reader and writer
            io.aftercert.core.json.EvidenceJson.class,
            io.aftercert.core.json.ResultJson.class,
            io.aftercert.core.json.RubricJson.class,
            io.aftercert.core.json.RubricTreeJson.class,
            io.aftercert.core.json.TemplateJson.class,
            io.aftercert.core.json.PlanJson.class,
            io.aftercert.core.json.DiffJson.class,
            io.aftercert.core.spi.RubricProvider.class,            // what a plugin implements
            io.aftercert.core.spi.ReportRenderer.class,
            Display.class,                                         // every number a person reads
            SdkVersion.class,                                      // the version a report prints
            AfterCertException.class,                              // and what is thrown (unchecked, so in no signature)
            InvalidInputException.class,
            UnknownRubricException.class,
            AfterCertIOException.class,
            io.aftercert.core.model.InvalidModelException.class);

    /** Public helpers still in an exported package, to be fenced (see docs/compatibility.md): none left. */
    private static final Set<String> NOT_YET_FENCED = Set.of();

    @Test
    void theApiFileMatchesTheCode() throws Exception {
        String now = String.join("\n", signatures()) + "\n";
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(API_FILE.getParent());
            Files.writeString(API_FILE, now, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(API_FILE), "no " + API_FILE + ": run with -Dapi.update=true and commit it");
        assertEquals(Files.readString(API_FILE, StandardCharsets.UTF_8), now,
                "the public API changed: if intended, rerun with -Dapi.update=true and commit " + API_FILE);
    }

    @Test
    void everyPublicTypeOfAnExportedPackageIsReachedFromAnEntryPoint() throws Exception {
        Set<String> reached = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(ENTRY_POINTS);
        Set<String> exported = exportedPackages();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!exported.contains(c.getPackageName()) || !reached.add(c.getName())) continue;
            List<Type> seen = new ArrayList<>();
            if (c.getGenericSuperclass() != null) seen.add(c.getGenericSuperclass());
            seen.addAll(List.of(c.getGenericInterfaces()));
            for (Class<?> n : c.getDeclaredClasses()) if (visible(n.getModifiers())) seen.add(n);
            for (Field f : c.getDeclaredFields()) if (visible(f.getModifiers())) seen.add(f.getGenericType());
            for (Executable e : executables(c)) {
                seen.addAll(List.of(e.getGenericParameterTypes()));
                seen.addAll(List.of(e.getGenericExceptionTypes()));
                if (e instanceof Method m) seen.add(m.getGenericReturnType());
            }
            for (Type t : seen) classesOf(t, todo);
        }
        List<String> unreached = new ArrayList<>();
        for (Class<?> c : publicTypes()) {
            Class<?> top = c;
            while (top.getEnclosingClass() != null) top = top.getEnclosingClass();
            if (!reached.contains(c.getName()) && !NOT_YET_FENCED.contains(top.getName())) unreached.add(c.getName());
        }
        assertEquals(List.of(), unreached, "public types no API signature reaches: move them to an internal package");
    }

    @Test
    void theReachabilityCheckFindsAnUnreachedType() {
        // a type the entry points do not mention is not reached: the check above can fail
        Set<String> names = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        classesOf(io.aftercert.core.scoring.Gap.class, todo);
        todo.forEach(c -> names.add(c.getName()));
        assertEquals(Set.of("io.aftercert.core.scoring.Gap"), names);
    }

    private static void classesOf(Type t, Deque<Class<?>> out) {
        if (t instanceof Class<?> c) {
            while (c.isArray()) c = c.getComponentType();
            if (c.getName().startsWith("io.aftercert.")) out.add(c);
        } else if (t instanceof ParameterizedType p) {
            classesOf(p.getRawType(), out);
            for (Type a : p.getActualTypeArguments()) classesOf(a, out);
        } else if (t instanceof GenericArrayType g) {
            classesOf(g.getGenericComponentType(), out);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) classesOf(b, out);
            for (Type b : w.getLowerBounds()) classesOf(b, out);
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) classesOf(b, out);
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<Executable> executables(Class<?> c) {
        List<Executable> out = new ArrayList<>();
        for (Constructor<?> k : c.getDeclaredConstructors()) if (visible(k.getModifiers()) && !k.isSynthetic()) out.add(k);
        for (Method m : c.getDeclaredMethods()) if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) out.add(m);
        return out;
    }

    private static Path classesDir() throws Exception {
        return Path.of(RubricRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Set<String> exportedPackages() throws Exception {
        try (InputStream in = Files.newInputStream(classesDir().resolve("module-info.class"))) {
            Set<String> out = new TreeSet<>();
            for (ModuleDescriptor.Exports e : ModuleDescriptor.read(in).exports()) if (!e.isQualified()) out.add(e.source());
            return out;
        }
    }

    /** Public and protected types of the exported packages, nested ones only inside visible ones. */
    private static List<Class<?>> publicTypes() throws Exception {
        Set<String> exported = exportedPackages();
        Path dir = classesDir();
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("module-info") || name.endsWith("package-info")) continue;
                String pkg = name.substring(0, name.lastIndexOf('.'));
                if (!exported.contains(pkg)) continue;
                Class<?> c = Class.forName(name, false, ApiFileTests.class.getClassLoader());
                if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) continue;
                boolean shown = true;
                for (Class<?> k = c; k != null; k = k.getEnclosingClass()) shown &= visible(k.getModifiers());
                if (shown) out.add(c);
            }
        }
        return out;
    }

    private static List<String> signatures() throws Exception {
        Set<String> lines = new TreeSet<>();
        for (Class<?> c : publicTypes()) {
            String type = c.getName().replace('$', '.');
            lines.add(type + " : " + kind(c) + header(c));
            for (Executable e : executables(c)) lines.add(type + " # " + strip(e.toGenericString(), c));
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) lines.add(type + " # " + strip(f.toGenericString(), c));
            }
        }
        return new ArrayList<>(lines);
    }

    private static String kind(Class<?> c) {
        String mods = Modifier.toString(c.getModifiers() & ~Modifier.INTERFACE & ~Modifier.STATIC & ~Modifier.FINAL & ~Modifier.ABSTRACT);
        String k = c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum" : c.isRecord() ? "record"
                : (Modifier.isAbstract(c.getModifiers()) ? "abstract class" : Modifier.isFinal(c.getModifiers()) ? "final class" : "class");
        return (mods.isEmpty() ? "" : mods + " ") + k;
    }

    private static String header(Class<?> c) {
        StringBuilder sb = new StringBuilder();
        if (c.getGenericSuperclass() != null && c.getSuperclass() != Object.class && !c.isEnum() && !c.isRecord()) {
            sb.append(" extends ").append(c.getGenericSuperclass().getTypeName());
        }
        Type[] is = c.getGenericInterfaces();
        if (is.length > 0) {
            List<String> names = new ArrayList<>();
            for (Type t : is) names.add(t.getTypeName());
            sb.append(c.isInterface() ? " extends " : " implements ").append(String.join(", ", names));
        }
        return sb.toString().replace('$', '.');
    }

    /** A member's signature without its declaring class's name in front of the member name. */
    private static String strip(String generic, Class<?> owner) {
        return generic.replace(owner.getName() + ".", "").replace('$', '.');
    }

}
