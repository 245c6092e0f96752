package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plain calls {@link ConstraintScan} makes instead of reflection answer exactly what the
 * reflective accessors answer: every component of every evidence record, on records whose every
 * component holds a value of its own (so a call that read a neighbour would be seen), and every
 * cross-field check on records that pass it and records that fail it.
 */
class DtoAccessTests {
    private static final List<Class<?>> RECORDS = List.of(EvidenceDtos.OrganizationDto.class, EvidenceDtos.SampleDto.class,
            EvidenceDtos.EntryDto.class, EvidenceDtos.FindingDto.class, EvidenceDtos.EvidenceFileDto.class);

    private int next;

    /** A value of {@code type} unlike every other made so far. */
    private Object distinct(Class<?> type) throws ReflectiveOperationException {
        int n = ++next;
        if (type == String.class) return "s" + n;
        if (type == Integer.class) return n;
        if (type == Boolean.class) return n % 2 == 0;
        if (type == BigDecimal.class) return new BigDecimal(n + ".5");
        if (type == LocalDate.class) return LocalDate.of(2026, 1, 1).plusDays(n);
        if (type == List.class) return List.of("l" + n);
        if (type == Map.class) return Map.of("m" + n, instance(EvidenceDtos.EntryDto.class));
        return instance(type);
    }

    private Object instance(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] rcs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        Object[] values = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            values[i] = distinct(types[i]);
        }
        var constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    @Test
    void everyComponentIsReadAsItsAccessorReadsIt() throws ReflectiveOperationException {
        Set<Object> seen = new HashSet<>();
        for (Class<?> type : RECORDS) {
            for (int round = 0; round < 2; round++) {
                Object bean = instance(type);
                for (RecordComponent rc : type.getRecordComponents()) {
                    var call = DtoAccess.of(type, rc.getName());
                    assertNotNull(call, type.getSimpleName() + "." + rc.getName() + " has a plain call");
                    Method accessor = rc.getAccessor();
                    accessor.setAccessible(true);
                    Object expected = accessor.invoke(bean);
                    assertEquals(expected, call.apply(bean), type.getSimpleName() + "." + rc.getName());
                    seen.add(expected);
                }
            }
        }
        assertTrue(seen.size() > 50, "the values differ from component to component: " + seen.size());
    }

    @Test
    void everyCrossFieldCheckAnswersAsTheMethod() throws ReflectiveOperationException {
        List<Object> beans = List.of(new EvidenceDtos.SampleDto(1, 2), new EvidenceDtos.SampleDto(3, 2), new EvidenceDtos.SampleDto(null, 2),
                new EvidenceDtos.EntryDto(null, null, null, null, null, "无此业务", null, null, null, null),
                new EvidenceDtos.EntryDto(null, null, null, null, null, " ", null, null, null, null),
                new EvidenceDtos.FindingDto("deduction", "law", "d", null), new EvidenceDtos.FindingDto("deduction", " ", "d", null),
                new EvidenceDtos.FindingDto("bonus", null, "d", null));
        Set<Object> answers = new HashSet<>();
        int checks = 0;
        for (Object bean : beans) {
            for (Method m : bean.getClass().getDeclaredMethods()) {
                if (!m.isAnnotationPresent(jakarta.validation.constraints.AssertTrue.class)) continue;
                var call = DtoAccess.of(bean.getClass(), m.getName());
                assertNotNull(call, m.getName() + " has a plain call");
                m.setAccessible(true);
                Object expected = m.invoke(bean);
                assertEquals(expected, call.apply(bean), bean + " " + m.getName());
                answers.add(expected);
                checks++;
            }
        }
        assertEquals(beans.size(), checks, "one cross-field check per record");
        assertEquals(Set.of(true, false), answers, "both answers occur");
    }

    @Test
    void otherTypesAndMembersAreLeftToReflection() {
        assertNull(DtoAccess.of(String.class, "name"));
        assertNull(DtoAccess.of(String.class, "rubric"), "a member name of an evidence record, on another type");
        assertNull(DtoAccess.of(EvidenceDtos.class, "conforming"));
        assertNull(DtoAccess.of(EvidenceDtos.OrganizationDto.class, "rubric"));
        assertNull(DtoAccess.of(EvidenceDtos.SampleDto.class, "name"));
        assertNull(DtoAccess.of(EvidenceDtos.EntryDto.class, "name"));
        assertNull(DtoAccess.of(EvidenceDtos.FindingDto.class, "name"));
        assertNull(DtoAccess.of(EvidenceDtos.EvidenceFileDto.class, "name"));
        assertNull(DtoAccess.of(EvidenceDtos.EvidenceFileDto.class, "toString"));
    }
}
