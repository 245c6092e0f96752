package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The six perception dimensions of 002 §4.3: 功能性、经济性、安全性、时间性、舒适性、文明性. */
class DimensionTests {
    @Test
    void theSixDimensionsOf002InTheStandardsOrder() {
        // 002 4.3: "从组织的功能性、经济性、安全性、时间性、舒适性、文明性等方面调查"
        assertEquals(List.of("功能性", "经济性", "安全性", "时间性", "舒适性", "文明性"),
                java.util.Arrays.stream(Dimension.values()).map(d -> d.label("zh")).toList());
        assertEquals(List.of("Functionality", "Economy", "Safety", "Timeliness", "Comfort", "Civility"),
                java.util.Arrays.stream(Dimension.values()).map(d -> d.label("en")).toList());
    }

    @Test
    void everyDimensionIsFoundByItsIdAndNothingElseIs() {
        for (Dimension d : Dimension.values()) assertEquals(Optional.of(d), Dimension.byId(d.id()));
        assertEquals("timeliness", Dimension.TIMELINESS.id());
        assertEquals(Optional.of(Dimension.CIVILITY), Dimension.byId("civility"));
        assertEquals(Optional.empty(), Dimension.byId("Civility"));
        assertEquals(Optional.empty(), Dimension.byId("courtesy"));
        assertEquals(Optional.empty(), Dimension.byId(""));
    }
}
