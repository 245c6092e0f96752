package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped instrument against the standards it cites. */
class QuestionnaireTests {
    private static final Path SEED_002 = Path.of("/work/shared/seeds/002_73be1c426269d433.txt");

    @Test
    void hasTwentyToThirtyQuestionsCoveringAllSixDimensions() {
        Questionnaire q = Questionnaire.standard();
        assertTrue(q.questions().size() >= 20 && q.questions().size() <= 30);
        EnumMap<Dimension, Integer> per = new EnumMap<>(Dimension.class);
        q.questions().forEach(x -> per.merge(x.dimension(), 1, Integer::sum));
        assertEquals(6, per.size());
    }

    @Test
    void everyClauseTextIsQuotedVerbatimFrom002() throws Exception {
        // only where the seed is present (it is in the project's workspace, not in the jar)
        if (!Files.exists(SEED_002)) return;
        String seed = Files.readString(SEED_002, StandardCharsets.UTF_8);
        for (Question x : Questionnaire.standard().questions()) {
            assertTrue(seed.contains(x.clauseText()), x.id() + " clause text is not in 002");
            int at = seed.indexOf(x.clause());
            assertTrue(at >= 0, x.id() + " clause " + x.clause() + " is not in 002");
        }
    }

    @Test
    void qualityAndSampleRulesComeFrom004() {
        Questionnaire q = Questionnaire.standard();
        assertEquals(500, q.minCount());
        assertEquals(io.aftercert.core.Ratio.of(1, 20), q.minShare());
    }

    @Test
    void brokenInstrumentsAreRefusedWithTheReason() {
        Questionnaire q = Questionnaire.standard();
        List<Question> few = q.questions().subList(0, 19);
        var e = assertThrows(IllegalArgumentException.class, () -> new Questionnaire("x", "1", "t", "t", few, 60, 10, q.minShare(), 500, q.raw()));
        assertTrue(e.getMessage().contains("20–30"), e.getMessage());
        var bad = assertThrows(IllegalArgumentException.class, () -> new Question("FN9", Dimension.SAFETY, "5.1", "x", "x", "x", null));
        assertTrue(bad.getMessage().contains("not a 002 4.1 clause"), bad.getMessage());
    }
}
