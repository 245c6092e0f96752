package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The scan on constraints and types the evidence DTOs do not use today, against Hibernate
 * Validator itself; and the shapes it must not claim to understand (groups, payloads, method
 * constraints, constraints on map keys, what is not a record), where it answers "ask the validator".
 */
class ConstraintScanRulesTests {
    private static final Validator HV = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Numbers(@Min(2) Long atLeast2, @Max(5) Short atMost5, @Positive Byte positive,
                   @DecimalMin(value = "1.5", inclusive = false) BigDecimal above15,
                   @DecimalMax(value = "2.5", inclusive = false) BigDecimal below25,
                   @Digits(integer = 2, fraction = 0) Integer twoDigits) {
    }

    record Texts(@Pattern(regexp = "abc", flags = Pattern.Flag.CASE_INSENSITIVE) String abc,
                 @Size(min = 1, max = 2) List<String> oneOrTwo, @Size(max = 1) Map<String, String> atMostOne) {
    }

    record Inner(@NotBlank String name) {
    }

    record Outer(@Valid Inner inner, List<@Valid Inner> inners, Map<String, @Valid Inner> byKey) {
    }

    record Checked(boolean ok) {
        @AssertTrue
        public boolean isOk() {
            return ok;
        }
    }

    interface Marker {
    }

    interface Severe extends Payload {
    }

    record Grouped(@NotNull(groups = Marker.class) String x) {
    }

    record WithPayload(@NotNull(payload = Severe.class) String x) {
    }

    record GroupedCheck(boolean ok) {
        @AssertTrue(groups = Marker.class)
        public boolean isOk() {
            return ok;
        }
    }

    record GNotBlank(@NotBlank(groups = Marker.class) String x) {
    }

    record GSize(@Size(max = 9, groups = Marker.class) String x) {
    }

    record GPattern(@Pattern(regexp = "x", groups = Marker.class) String x) {
    }

    record GMin(@Min(value = 0, groups = Marker.class) Integer x) {
    }

    record GMax(@Max(value = 9, groups = Marker.class) Integer x) {
    }

    record GPositive(@Positive(groups = Marker.class) Integer x) {
    }

    record GPositiveOrZero(@jakarta.validation.constraints.PositiveOrZero(payload = Severe.class) Integer x) {
    }

    record GDecimalMin(@DecimalMin(value = "0", groups = Marker.class) BigDecimal x) {
    }

    record GDecimalMax(@DecimalMax(value = "9", payload = Severe.class) BigDecimal x) {
    }

    record GDigits(@Digits(integer = 2, fraction = 0, groups = Marker.class) BigDecimal x) {
    }

    record MethodConstraint(String x) {
        @NotNull
        public String getOther() {
            return x;
        }
    }

    record KeyConstraint(Map<@NotBlank String, String> m) {
    }

    record SizeOnNumber(@Size(max = 2) Integer n) {
    }

    private static void agree(Object bean) {
        boolean hv = HV.validate(bean).isEmpty();
        assertEquals(hv, ConstraintScan.valid(bean), bean + ": the validator says " + (hv ? "valid" : "invalid"));
        assertEquals(hv, ConstraintScanTests.fresh(bean), bean + " (afresh): the validator says " + (hv ? "valid" : "invalid"));
    }

    @Test
    void numericBoundsOfEveryIntegerTypeAndExclusiveDecimalsAgreeWithTheValidator() {
        BigDecimal two = new BigDecimal("2");
        agree(new Numbers(2L, (short) 5, (byte) 1, two, two, 99));
        agree(new Numbers(null, null, null, null, null, null));
        agree(new Numbers(1L, null, null, null, null, null));
        agree(new Numbers(Long.MIN_VALUE, null, null, null, null, null));
        agree(new Numbers(null, (short) 6, null, null, null, null));
        agree(new Numbers(null, null, (byte) 0, null, null, null));
        agree(new Numbers(null, null, (byte) -1, null, null, null));
        agree(new Numbers(null, null, null, new BigDecimal("1.5"), null, null));
        agree(new Numbers(null, null, null, new BigDecimal("1.50001"), null, null));
        agree(new Numbers(null, null, null, null, new BigDecimal("2.5"), null));
        agree(new Numbers(null, null, null, null, new BigDecimal("2.49999"), null));
        agree(new Numbers(null, null, null, null, null, 100));
        agree(new Numbers(null, null, null, null, null, -99));
        // the answers differ, so the comparison above is not vacuous
        assertTrue(ConstraintScanTests.fresh(new Numbers(2L, (short) 5, (byte) 1, two, two, 99)));
        assertFalse(ConstraintScanTests.fresh(new Numbers(null, null, null, null, null, 100)));
    }

    @Test
    void patternFlagsAndSizesOfListsAndMapsAgreeWithTheValidator() {
        agree(new Texts("ABC", List.of("a"), Map.of()));
        agree(new Texts("abd", null, null));
        agree(new Texts(null, List.of(), null));
        agree(new Texts(null, List.of("a", "b"), null));
        agree(new Texts(null, List.of("a", "b", "c"), null));
        agree(new Texts(null, null, Map.of("a", "1")));
        agree(new Texts(null, null, Map.of("a", "1", "b", "2")));
        assertTrue(ConstraintScanTests.fresh(new Texts("aBc", null, null)), "case-insensitive");
        assertFalse(ConstraintScanTests.fresh(new Texts(null, List.of(), null)));
    }

    @Test
    void cascadesReachSingleValuesListElementsAndMapValues() {
        Inner ok = new Inner("x");
        Inner blank = new Inner(" ");
        agree(new Outer(ok, List.of(ok), Map.of("k", ok)));
        agree(new Outer(null, null, null));
        agree(new Outer(blank, null, null));
        agree(new Outer(null, List.of(ok, blank), null));
        agree(new Outer(null, Arrays.asList(ok, null), null));
        agree(new Outer(null, null, Map.of("k", blank)));
        assertTrue(ConstraintScanTests.fresh(new Outer(ok, List.of(ok), Map.of("k", ok))));
        assertFalse(ConstraintScanTests.fresh(new Outer(null, null, Map.of("k", blank))));
    }

    @Test
    void anAssertTrueMethodMustAnswerTrue() {
        agree(new Checked(true));
        agree(new Checked(false));
        assertFalse(ConstraintScanTests.fresh(new Checked(false)));
        assertTrue(ConstraintScanTests.fresh(new Checked(true)));
    }

    @Test
    void whatTheScanDoesNotUnderstandIsLeftToTheValidator() {
        // each of these is valid for the validator's default group, but the scan must not claim so
        for (Object bean : List.of(new Grouped("x"), new WithPayload("x"), new GroupedCheck(true), new MethodConstraint("x"),
                new KeyConstraint(Map.of("k", "v")), new Object(), new GNotBlank("x"), new GSize("x"), new GPattern("x"),
                new GMin(1), new GMax(1), new GPositive(1), new GPositiveOrZero(1), new GDecimalMin(BigDecimal.ONE),
                new GDecimalMax(BigDecimal.ONE), new GDigits(BigDecimal.ONE))) {
            assertFalse(ConstraintScan.valid(bean), bean + ": ask the validator");
            assertFalse(ConstraintScanTests.fresh(bean), bean + " (afresh): ask the validator");
        }
        assertTrue(HV.validate(new Grouped(null)).isEmpty(), "the group is not the default one");
        assertTrue(ConstraintScan.valid(null));
        assertEquals("@Size on class java.lang.Integer", assertThrows(IllegalStateException.class,
                () -> ConstraintScanTests.fresh(new SizeOnNumber(3))).getMessage());
        assertTrue(ConstraintScanTests.fresh(new SizeOnNumber(null)));
    }
}
