package io.aftercert.core.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A yes/no pass over the Bean Validation constraints declared on the evidence DTOs, read from the
 * annotations themselves (the constraints stay declared once, in {@link EvidenceDtos}), with the
 * semantics Hibernate Validator 8 gives the built-in constraints. Issue 22: the validator
 * dominated reading an evidence file, and almost every file is valid; so the reader asks this scan
 * first and bootstraps and runs the validator only when the scan finds something, for the
 * messages and paths the user sees. A constraint or an attribute this scan does not know (groups,
 * a custom constraint) makes it answer "ask the validator" for that class, always.
 */
final class ConstraintScan {
    private static final ClassValue<Predicate<Object>> CHECKS = new ClassValue<>() {
        @Override
        protected Predicate<Object> computeValue(Class<?> type) {
            return checkFor(type, ConstraintScan::valid);
        }
    };

    private ConstraintScan() {
    }

    /** True when every constraint on {@code bean} (a record) and what it cascades to holds; false means "ask the validator". */
    static boolean valid(Object bean) {
        return bean == null || CHECKS.get(bean.getClass()).test(bean);
    }

    /**
     * The check of one record type, compiled now (what {@link #valid} caches per class); a type it
     * does not understand gets a check that always answers "ask the validator". Tests compile
     * through here: the cache would keep the first compilation for the life of the JVM.
     *
     * @param type    the record type
     * @param cascade the check a {@code @Valid} value goes to
     * @return true for a bean whose constraints hold, false for "ask the validator"
     */
    static Predicate<Object> checkFor(Class<?> type, Predicate<Object> cascade) {
        try {
            return compile(type, cascade);
        } catch (RuntimeException | ReflectiveOperationException unknown) {
            return bean -> false; // not understood here: the validator decides
        }
    }

    private static Predicate<Object> compile(Class<?> type, Predicate<Object> cascade) throws ReflectiveOperationException {
        if (!type.isRecord()) throw new IllegalArgumentException("not a record: " + type);
        List<Predicate<Object>> checks = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            Field field = type.getDeclaredField(rc.getName());
            Predicate<Object> onValue = value(field.getAnnotations(), field.getAnnotatedType(), cascade);
            if (onValue == null) continue;
            java.util.function.Function<Object, Object> direct = DtoAccess.of(type, rc.getName());
            if (direct != null) { // an evidence record's component: a plain call
                checks.add(bean -> onValue.test(direct.apply(bean)));
                continue;
            }
            Method accessor = rc.getAccessor();
            accessor.setAccessible(true);
            checks.add(bean -> {
                try {
                    return onValue.test(accessor.invoke(bean));
                } catch (ReflectiveOperationException e) {
                    return false;
                }
            });
        }
        java.util.Set<Method> accessors = new java.util.HashSet<>();
        for (RecordComponent rc : type.getRecordComponents()) accessors.add(rc.getAccessor());
        for (Method m : type.getDeclaredMethods()) {
            if (accessors.contains(m)) continue; // a component's constraints sit on its accessor too; the validator reads the field's
            for (Annotation a : m.getAnnotations()) {
                if (a instanceof AssertTrue t) {
                    plain(t.groups(), t.payload());
                    java.util.function.Function<Object, Object> direct = DtoAccess.of(type, m.getName());
                    if (direct != null && m.getParameterCount() == 0) { // an evidence record's cross-field check: a plain call
                        checks.add(bean -> Boolean.TRUE.equals(direct.apply(bean)));
                        continue;
                    }
                    m.setAccessible(true);
                    checks.add(bean -> {
                        try {
                            Object r = m.invoke(bean);
                            return r == null || Boolean.TRUE.equals(r);
                        } catch (ReflectiveOperationException e) {
                            return false;
                        }
                    });
                } else if (isConstraint(a)) {
                    throw new IllegalArgumentException("unsupported method constraint " + a);
                }
            }
        }
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the generic type: the hot loop below, no iterator
        Predicate<Object>[] all = checks.toArray(new Predicate[0]);
        return bean -> {
            for (Predicate<Object> c : all) if (!c.test(bean)) return false;
            return true;
        };
    }

    /** The checks on one value: its constraints, cascades, and those on its container's elements. */
    private static Predicate<Object> value(Annotation[] annotations, AnnotatedType type, Predicate<Object> cascadeTo) {
        List<Predicate<Object>> checks = new ArrayList<>();
        boolean cascade = false;
        for (Annotation a : annotations) {
            if (a instanceof Valid) cascade = true;
            else if (isConstraint(a)) checks.add(constraint(a));
        }
        if (type != null) {
            for (Annotation a : type.getAnnotations()) { // TYPE_USE annotations may show here too: the same ones, skip
                if (a instanceof Valid) cascade = true;
            }
        }
        if (cascade) checks.add(cascadeTo);
        if (type instanceof AnnotatedParameterizedType p) {
            AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
            AnnotatedType element = args[args.length - 1]; // List<E>: E; Map<K, V>: V
            for (int i = 0; i < args.length - 1; i++) {
                if (args[i].getAnnotations().length > 0) throw new IllegalArgumentException("constraints on map keys");
            }
            Predicate<Object> each = value(element.getAnnotations(), element, cascadeTo);
            if (each != null) {
                checks.add(v -> {
                    Collection<?> items = v instanceof Map<?, ?> m ? m.values() : v instanceof Collection<?> c ? c : null;
                    if (items == null) return v == null;
                    for (Object x : items) if (!each.test(x)) return false;
                    return true;
                });
            }
        }
        if (checks.isEmpty()) return null;
        if (checks.size() == 1) return checks.get(0); // most values have one check: no loop around it
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the generic type: the hot loop below, no iterator
        Predicate<Object>[] all = checks.toArray(new Predicate[0]);
        return v -> {
            for (Predicate<Object> c : all) if (!c.test(v)) return false;
            return true;
        };
    }

    private static boolean isConstraint(Annotation a) {
        return a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class);
    }

    private static void plain(Class<?>[] groups, Class<?>[] payload) {
        if (groups.length > 0 || payload.length > 0) throw new IllegalArgumentException("groups or payload");
    }

    /** One built-in constraint with Hibernate Validator's meaning; null always passes except for NotNull and NotBlank. */
    private static Predicate<Object> constraint(Annotation a) {
        if (a instanceof NotNull c) {
            plain(c.groups(), c.payload());
            return v -> v != null;
        }
        if (a instanceof NotBlank c) {
            plain(c.groups(), c.payload());
            return v -> v != null && !v.toString().trim().isEmpty(); // trim(), as NotBlankValidator: not isBlank()
        }
        if (a instanceof Size c) {
            plain(c.groups(), c.payload());
            return size(c.min(), c.max());
        }
        if (a instanceof Pattern c) {
            plain(c.groups(), c.payload());
            int flags = 0;
            for (Pattern.Flag f : c.flags()) flags |= f.getValue();
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(c.regexp(), flags);
            return v -> v == null || p.matcher(v.toString()).matches();
        }
        if (a instanceof Min c) {
            plain(c.groups(), c.payload());
            long min = c.value();
            BigDecimal bound = BigDecimal.valueOf(min);
            return v -> v == null || (v instanceof Integer i ? i >= min : compare(v, bound) >= 0);
        }
        if (a instanceof Max c) {
            plain(c.groups(), c.payload());
            long max = c.value();
            BigDecimal bound = BigDecimal.valueOf(max);
            return v -> v == null || (v instanceof Integer i ? i <= max : compare(v, bound) <= 0);
        }
        if (a instanceof Positive c) {
            plain(c.groups(), c.payload());
            return v -> v == null || (v instanceof Integer i ? i > 0 : compare(v, BigDecimal.ZERO) > 0);
        }
        if (a instanceof PositiveOrZero c) {
            plain(c.groups(), c.payload());
            return v -> v == null || (v instanceof Integer i ? i >= 0 : compare(v, BigDecimal.ZERO) >= 0);
        }
        if (a instanceof DecimalMin c) {
            plain(c.groups(), c.payload());
            BigDecimal min = new BigDecimal(c.value());
            boolean inclusive = c.inclusive();
            return v -> v == null || (inclusive ? compare(v, min) >= 0 : compare(v, min) > 0);
        }
        if (a instanceof DecimalMax c) {
            plain(c.groups(), c.payload());
            BigDecimal max = new BigDecimal(c.value());
            boolean inclusive = c.inclusive();
            return v -> v == null || (inclusive ? compare(v, max) <= 0 : compare(v, max) < 0);
        }
        if (a instanceof Digits c) {
            plain(c.groups(), c.payload());
            return digits(c.integer(), c.fraction());
        }
        throw new IllegalArgumentException("unsupported constraint " + a);
    }

    /** {@code @Size}: the length of a text, or the size of a collection or map, within [min, max]; null passes. */
    private static Predicate<Object> size(int min, int max) {
        return v -> {
            if (v == null) return true;
            int n = v instanceof CharSequence s ? s.length() : v instanceof Collection<?> l ? l.size()
                    : v instanceof Map<?, ?> m ? m.size() : -1;
            if (n < 0) throw new IllegalStateException("@Size on " + v.getClass());
            return n >= min && n <= max;
        };
    }

    /** {@code @Digits}: at most {@code integer} integer and {@code fraction} fraction digits; null passes. */
    private static Predicate<Object> digits(int integer, int fraction) {
        return v -> {
            if (v == null) return true;
            // DigitsValidatorForNumber: a BigDecimal as it is, other numbers with trailing zeros stripped
            BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString()).stripTrailingZeros();
            int integerDigits = d.precision() - d.scale();
            int fractionDigits = Math.max(d.scale(), 0);
            return integer >= integerDigits && fraction >= fractionDigits;
        };
    }

    private static int compare(Object v, BigDecimal bound) {
        if (v instanceof BigDecimal d) return d.compareTo(bound);
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue()).compareTo(bound);
        }
        throw new IllegalStateException("numeric constraint on " + v.getClass());
    }
}
