package io.aftercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.internal.text.Units;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every unit of every rubric on the class path reads in English without Chinese (the en report and CLI carry no Chinese units). */
class UnitsTests {
    private static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS);
    }

    @Test
    void everyUnitOfEveryRubricHasAnEnglishRenderingWithoutChinese() {
        TreeSet<String> units = new TreeSet<>();
        List<String> rubrics = new ArrayList<>();
        for (String id : ReportFixtures.REGISTRY.ids()) {
            Rubric r = ReportFixtures.REGISTRY.require(id);
            rubrics.add(id);
            for (Indicator leaf : r.leaves()) if (leaf.metric() != null) units.add(leaf.metric().unit());
        }
        assertTrue(rubrics.containsAll(List.of("gbt27922", "gxdsl244", "gxdsl259", "hxjt")), "every shipped rubric on the class path: " + rubrics);
        assertTrue(units.containsAll(List.of("次/季度", "次/年", "份", "学时/人·年")), units.toString());
        List<String> missing = new ArrayList<>();
        for (String u : units) {
            String en = Labels.unit(u, "en");
            if (Units.english(u).isEmpty() || hasCjk(en)) missing.add(u + " → " + en);
            assertEquals(u, Labels.unit(u, "zh"), "the Chinese report shows the unit as the standard prints it");
        }
        assertEquals(List.of(), missing, "units without an English rendering");
    }

    @Test
    void theUnitsIssue17FoundMissingReadAsAnEnglishReaderSaysThem() {
        assertEquals("per quarter", Labels.unit("次/季度", "en"));
        assertEquals("per year", Labels.unit("次/年", "en"));
        assertEquals("responses", Labels.unit("份", "en"));
    }
}
