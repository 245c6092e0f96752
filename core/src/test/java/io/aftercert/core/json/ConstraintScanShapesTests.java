package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.aftercert.core.json.elsewhere.HiddenRecords;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Shapes of records the evidence DTOs have or may have, each checked afresh against Hibernate
 * Validator: annotations that are not constraints beside ones that are, records reachable only by
 * reflection, containers with elements, exclusive decimal bounds.
 */
class ConstraintScanShapesTests {
    private static final Validator HV = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Annotated(@JsonProperty("name") @NotNull String name, boolean ok) {
        @AssertTrue
        @JsonIgnore
        public boolean isOk() {
            return ok;
        }

        @JsonIgnore
        public String shout() {
            return name == null ? "" : name.toUpperCase(java.util.Locale.ROOT);
        }
    }

    record Elements(List<@NotBlank String> names, Map<String, @NotBlank String> byKey) {
    }

    record Exclusive(@DecimalMin(value = "0", inclusive = false) BigDecimal above, @DecimalMax(value = "1", inclusive = false) BigDecimal below) {
    }

    record Counts(@PositiveOrZero Integer n, @Digits(integer = 2, fraction = 1) BigDecimal d) {
    }

    private static void same(boolean expected, Object bean) {
        same(expected, bean, "");
    }

    private static void same(boolean expected, Object bean, String why) {
        assertEquals(expected, HV.validate(bean).isEmpty(), bean + ": the validator " + why);
        assertEquals(expected, ConstraintScanTests.fresh(bean), bean + ": the scan " + why);
    }

    @Test
    void annotationsThatAreNotConstraintsAreNotReadAsConstraints() {
        same(true, new Annotated("x", true));
        same(false, new Annotated(null, true));
        same(false, new Annotated("x", false));
    }

    @Test
    void aRecordOfAnotherPackageIsReadThroughItsAccessorsAndCheck() {
        same(true, HiddenRecords.hidden("x", true));
        same(false, HiddenRecords.hidden(null, true));
        same(false, HiddenRecords.hidden("x", false));
    }

    @Test
    void everyElementOfAListAndEveryValueOfAMapIsChecked() {
        same(true, new Elements(List.of("a", "b"), Map.of("k", "v", "l", "w")));
        same(true, new Elements(null, null));
        same(false, new Elements(List.of("a", " "), null));
        same(false, new Elements(null, Map.of("k", "v", "l", "")));
    }

    @Test
    void exclusiveDecimalBoundsRefuseTheBoundItself() {
        same(true, new Exclusive(new BigDecimal("0.001"), new BigDecimal("0.999")));
        same(false, new Exclusive(BigDecimal.ZERO, null));
        same(false, new Exclusive(null, BigDecimal.ONE));
        same(false, new Exclusive(new BigDecimal("-0.5"), null));
        same(false, new Exclusive(null, new BigDecimal("1.5")));
    }

    @Test
    void positiveOrZeroIntegersAndDigitsOfADecimalAsWritten() {
        same(true, new Counts(0, null));
        same(true, new Counts(1, null));
        same(false, new Counts(-1, null));
        same(true, new Counts(null, new BigDecimal("12.5")));
        same(false, new Counts(null, new BigDecimal("1.50")), "a BigDecimal's digits as written: 1.50 has two fraction digits");
        same(false, new Counts(null, new BigDecimal("123")));
        same(false, new Counts(null, new BigDecimal("1.25")));
    }

    @Test
    void theAnswersDiffer() {
        assertTrue(ConstraintScanTests.fresh(new Elements(List.of("a"), Map.of())));
        assertFalse(ConstraintScanTests.fresh(new Elements(List.of(""), Map.of())));
    }
}
