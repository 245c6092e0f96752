package io.aftercert.core.apicheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API of one module as a text file (docs/compatibility.md): every public or protected
 * type, constructor, method and field of the packages its {@code module-info.java} exports to
 * everyone, one signature a line, sorted. Each library module's tests compare the committed file
 * with the compiled classes ({@link #mismatch()}); run them with {@code -Dapi.update=true} to
 * rewrite the file after an intended change, and commit it, so an API change is a diff in review.
 *
 * <p>Test code only (core's test jar): not part of any module's API.
 */
public final class ApiFile {
    /** The system property that rewrites the file instead of comparing. */
    public static final String UPDATE = "api.update";

    private final Path classes;
    private final ClassLoader loader;
    private final Path file;

    private ApiFile(Path classes, ClassLoader loader, Path file) {
        this.classes = classes;
        this.loader = loader;
        this.file = file;
    }

    /**
     * The API file of the module that holds {@code anyClass}.
     *
     * @param anyClass a class compiled into the module's classes directory (with its module-info.class)
     * @param file     the committed file, relative to the module's directory ({@code api/aftercert-NAME.api})
     * @return the checker
     */
    public static ApiFile of(Class<?> anyClass, Path file) {
        try {
            return new ApiFile(Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI()),
                    anyClass.getClassLoader(), file);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compares the committed file with the compiled classes; with {@code -Dapi.update=true} writes
     * it first.
     *
     * @return null when they agree, else what to do (the message of a failed assertion)
     */
    public String mismatch() {
        String now = String.join("\n", signatures()) + "\n";
        try {
            if (Boolean.getBoolean(UPDATE)) {
                if (file.getParent() != null) Files.createDirectories(file.getParent());
                Files.writeString(file, now, StandardCharsets.UTF_8);
            }
            if (!Files.exists(file)) return "no " + file + ": run the tests with -D" + UPDATE + "=true and commit it";
            String committed = Files.readString(file, StandardCharsets.UTF_8);
            if (committed.equals(now)) return null;
            return "the public API changed: if intended, rerun with -D" + UPDATE + "=true and commit " + file + "\n"
                    + diff(committed, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines only in one of the two texts.
     *
     * @param committed the committed file
     * @param now       the API as compiled
     * @return each line only in {@code committed} after "- ", then each only in {@code now} after "+ "
     */
    public static String diff(String committed, String now) {
        Set<String> a = new TreeSet<>(List.of(committed.split("\n")));
        Set<String> b = new TreeSet<>(List.of(now.split("\n")));
        StringBuilder sb = new StringBuilder();
        for (String l : a) if (!b.contains(l)) sb.append("- ").append(l).append('\n');
        for (String l : b) if (!a.contains(l)) sb.append("+ ").append(l).append('\n');
        return sb.toString();
    }

    /**
     * The public types of the exported packages that no entry point reaches through a public
     * signature (parameter, return, field, supertype, exception, type argument, nested type):
     * helpers left public, which belong in an internal package.
     *
     * @param entryPoints where a user of the module starts
     * @param excused     top-level type names not yet fenced
     * @return the unreached types' names, sorted
     */
    public List<String> unreached(Collection<Class<?>> entryPoints, Set<String> excused) {
        Set<String> reached = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(entryPoints);
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
        List<String> out = new ArrayList<>();
        for (Class<?> c : publicTypes()) {
            Class<?> top = c;
            while (top.getEnclosingClass() != null) top = top.getEnclosingClass();
            if (!reached.contains(c.getName()) && !excused.contains(top.getName())) out.add(c.getName());
        }
        return out;
    }

    /**
     * The AfterCert classes a type mentions (raw types, type arguments, bounds, array components).
     *
     * @param t   a type
     * @param out where they are added
     */
    public static void classesOf(Type t, Deque<Class<?>> out) {
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

    /** {@return the packages the module exports to everyone} */
    public Set<String> exportedPackages() {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            Set<String> out = new TreeSet<>();
            for (ModuleDescriptor.Exports e : ModuleDescriptor.read(in).exports()) if (!e.isQualified()) out.add(e.source());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the public and protected types of the exported packages, nested ones only inside visible ones} */
    public List<Class<?>> publicTypes() {
        Set<String> exported = exportedPackages();
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("module-info") || name.endsWith("package-info")) continue;
                int dot = name.lastIndexOf('.');
                if (dot < 0 || !exported.contains(name.substring(0, dot))) continue;
                Class<?> c = Class.forName(name, false, loader);
                if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) continue;
                boolean shown = true;
                for (Class<?> k = c; k != null; k = k.getEnclosingClass()) shown &= visible(k.getModifiers());
                if (shown) out.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** {@return the API, one signature a line, sorted} */
    public List<String> signatures() {
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

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<Executable> executables(Class<?> c) {
        List<Executable> out = new ArrayList<>();
        for (Constructor<?> k : c.getDeclaredConstructors()) if (visible(k.getModifiers()) && !k.isSynthetic()) out.add(k);
        for (Method m : c.getDeclaredMethods()) if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) out.add(m);
        return out;
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
