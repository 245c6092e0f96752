package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The scan the reader asks before the validator must agree with Hibernate Validator itself (a
 * default bootstrap here, independent of the reader's predefined-scope one) on every boundary of
 * every constraint of the evidence DTOs: each field of a valid document is set, one at a time, to
 * values on and beside its bounds, and the two must say valid / invalid alike.
 */
class ConstraintScanTests {
    private static final Validator HV = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static final List<Object> TEXTS = Arrays.asList(null, "", " ", "\u3000", "\t", "x", " x ", "x".repeat(500),
            "x".repeat(501), "x".repeat(1000), "x".repeat(1001), "x".repeat(20_000), "x".repeat(20_001),
            "manufacturer", "trader", "service", "Service", "manufacturer ", "deduction", "bonus", "law");
    private static final List<Object> INTS = Arrays.asList(null, Integer.MIN_VALUE, -1, 0, 1, 5, 6, 20, 21, 1200, 1201,
            10_000_000, 10_000_001, Integer.MAX_VALUE);
    private static final List<Object> DECIMALS = decimals();

    private static List<Object> decimals() {
        List<Object> d = new ArrayList<>(Arrays.asList((Object) null));
        for (String s : new String[] {"0", "-0", "0.0", "1", "1.0", "1.00000000000", "1.000000000001", "-0.0001", "0.5",
                "0.123456789012", "0.1234567890123", "1000000000000", "1000000000000.1", "-1000000000000", "-1000000000001",
                "9999999999999", "10000000000000", "1E+3", "1E-13", "1E+13", "0.10", "12.5", "87.50000"}) {
            d.add(new BigDecimal(s));
        }
        return d;
    }

    private static EvidenceDtos.EntryDto entry() {
        return new EvidenceDtos.EntryDto(null, null, null, null, null, null, null, null, null, null);
    }

    private static EvidenceDtos.EvidenceFileDto file(EvidenceDtos.OrganizationDto org, Map<String, EvidenceDtos.EntryDto> ev,
                                                     List<EvidenceDtos.FindingDto> findings, Integer held, String assessor,
                                                     String rubric) {
        return new EvidenceDtos.EvidenceFileDto(rubric, null, org, LocalDate.of(2026, 11, 1), assessor, held, ev, findings);
    }

    private static EvidenceDtos.OrganizationDto org() {
        return new EvidenceDtos.OrganizationDto("Co.", "manufacturer");
    }

    private static void agree(Object dto, List<String> seen, String what) {
        boolean hv = HV.validate(dto).isEmpty();
        assertEquals(hv, ConstraintScan.valid(dto), what + ": the validator says " + (hv ? "valid" : "invalid"));
        assertEquals(hv, fresh(dto), what + " (compiled afresh): the validator says " + (hv ? "valid" : "invalid"));
        seen.add(what + (hv ? " ok" : " bad"));
    }

    /**
     * The scan compiled afresh for this one answer, cascades included: {@link ConstraintScan#valid}
     * keeps its first compilation per class for the life of the JVM, so a test through it alone
     * would not see a change to the compilation made after that.
     */
    static boolean fresh(Object bean) {
        Map<Class<?>, Predicate<Object>> compiled = new HashMap<>();
        @SuppressWarnings("unchecked")
        Predicate<Object>[] self = new Predicate[1];
        self[0] = b -> b == null || compiled.computeIfAbsent(b.getClass(), t -> ConstraintScan.checkFor(t, self[0])).test(b);
        return self[0].test(bean);
    }

    @Test
    void agreesWithHibernateValidatorOnEveryBoundary() {
        List<String> seen = new ArrayList<>();
        var org = org();
        var one = Map.of("1.1", entry());
        agree(file(org, one, List.of(), 0, null, "r"), seen, "baseline");
        for (Object t : TEXTS) {
            String s = (String) t;
            agree(file(org, one, null, null, s, "r"), seen, "assessor " + len(s));
            agree(file(org, one, null, null, null, s), seen, "rubric " + len(s));
            agree(file(new EvidenceDtos.OrganizationDto(s, "service"), one, null, null, null, "r"), seen, "org name " + len(s));
            agree(file(new EvidenceDtos.OrganizationDto("Co.", s), one, null, null, null, "r"), seen, "org kind " + len(s));
            agree(file(org, Map.of("1.1", new EvidenceDtos.EntryDto(null, null, null, null, null, s, null, null, null, null)), null, null, null, "r"),
                    seen, "notApplicable " + len(s));
            agree(file(org, Map.of("1.1", new EvidenceDtos.EntryDto(true, null, null, null, null, null, s, null, s, null)), null, null, null, "r"),
                    seen, "notes/assessor " + len(s));
            agree(file(org, Map.of("1.1", new EvidenceDtos.EntryDto(true, null, null, null, null, null, null, Arrays.asList("a", s), null, null)),
                    null, null, null, "r"), seen, "attachment " + len(s));
            for (String type : new String[] {"deduction", "bonus", null, "other"}) {
                agree(file(org, one, List.of(new EvidenceDtos.FindingDto(type, s, "d", null)), null, null, "r"), seen, type + " category " + len(s));
                agree(file(org, one, List.of(new EvidenceDtos.FindingDto(type, "law", s, s)), null, null, "r"), seen, type + " description " + len(s));
            }
        }
        for (Object i : INTS) {
            Integer n = (Integer) i;
            agree(file(org, one, null, n, null, "r"), seen, "held " + n);
            agree(file(org, Map.of("1.1", new EvidenceDtos.EntryDto(null, null, n, null, null, null, null, null, null, null)), null, null, null, "r"),
                    seen, "band " + n);
            for (Object j : INTS) {
                agree(file(org, Map.of("1.1", new EvidenceDtos.EntryDto(null, null, null, new EvidenceDtos.SampleDto(n, (Integer) j), null, null, null,
                        null, null, null)), null, null, null, "r"), seen, "sample " + n + "/" + j);
            }
        }
        for (Object d : DECIMALS) {
            BigDecimal x = (BigDecimal) d;
            agree(file(org, Map.of("1.1", new EvidenceDtos.EntryDto(null, x, null, null, null, null, null, null, null, null)), null, null, null, "r"),
                    seen, "credit " + x);
            agree(file(org, Map.of("1.1", new EvidenceDtos.EntryDto(null, null, null, null, x, null, null, null, null, null)), null, null, null, "r"),
                    seen, "value " + x);
        }
        agree(file(null, one, null, null, null, "r"), seen, "no organization");
        agree(file(org, null, null, null, null, "r"), seen, "no evidence");
        Map<String, EvidenceDtos.EntryDto> many = new LinkedHashMap<>();
        for (int k = 0; k <= 10_000; k++) many.put("c" + k, entry());
        agree(file(org, many, null, null, null, "r"), seen, "10001 entries");
        List<String> tooMany = new ArrayList<>();
        for (int k = 0; k <= 200; k++) tooMany.add("a" + k);
        agree(file(org, Map.of("1.1", new EvidenceDtos.EntryDto(true, null, null, null, null, null, null, tooMany, null, null)), null, null, null, "r"),
                seen, "201 attachments");
        List<EvidenceDtos.FindingDto> fs = new ArrayList<>();
        for (int k = 0; k <= 1000; k++) fs.add(new EvidenceDtos.FindingDto("bonus", null, "b", null));
        agree(file(org, one, fs, null, null, "r"), seen, "1001 findings");
        // both answers occur, many times each: the comparison is not vacuous
        assertTrue(seen.stream().filter(s -> s.endsWith(" ok")).count() > 100, "valid cases: " + seen.size());
        assertTrue(seen.stream().filter(s -> s.endsWith(" bad")).count() > 100, "invalid cases: " + seen.size());
    }

    private static String len(String s) {
        return s == null ? "null" : s.length() > 12 ? s.length() + " chars" : "'" + s + "'";
    }
}
