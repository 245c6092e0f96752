package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/**
 * A workbook and the equivalent JSON evidence file score identically: random evidence for a random
 * installed rubric is written both ways (the JSON writer, and the workbook filled in from the same
 * assessment), each read by its own front door, scored, and the result JSON compared byte for byte.
 * Notes include formula-injection text, which must come back as the same text.
 */
class WorkbookEvidenceProperties {
    static final RubricRegistry REGISTRY = RubricRegistry.getDefault();
    static final List<String> RUBRICS = List.of("gbt27922", "hxjt", "gxdsl244", "gxdsl259");
    static final String[] TEXTS = {"=HYPERLINK(\"http://evil.example\",\"点击\")", "@SUM(1+1)", "+1+2", "-2+3", "=1+1",
        "制度文件齐全，见附件", "Policy binder v3", "\"quoted\" & <angle> 'apos'", "多行\n第二行", "100%", "0.5", "符合"};

    @TempDir
    Path dir;

    @Test
    void workbookAndJsonScoreTheSame() {
        qt().withExamples(40).withShrinkCycles(0).forAll(SourceDSL.integers().between(0, RUBRICS.size() - 1),
                        SourceDSL.longs().all())
                .checkAssert((which, seed) -> {
                    Rubric rubric = REGISTRY.require(RUBRICS.get(which));
                    Assessment a = randomAssessment(rubric, new Random(seed));
                    byte[] json = EvidenceJson.write(a);
                    Assessment fromJson = EvidenceJson.read(json, "e.json", REGISTRY::find);
                    Assessment fromXlsx = readWorkbook(WorkbookTemplate.write(rubric, a));
                    String expected = new String(ResultJson.write(ScoringEngine.score(rubric, fromJson)), StandardCharsets.UTF_8);
                    String actual = new String(ResultJson.write(ScoringEngine.score(rubric, fromXlsx)), StandardCharsets.UTF_8);
                    assertEquals(expected, actual, "seed " + seed + " rubric " + rubric.id());
                    assertEquals(fromJson, fromXlsx, "the two readers give the same assessment (seed " + seed + ")");
                });
    }

    private Assessment readWorkbook(byte[] xlsx) {
        try {
            Path f = Files.createTempFile(dir, "e", ".xlsx");
            Files.write(f, xlsx);
            return WorkbookEvidence.read(f, "e.xlsx", REGISTRY::find);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Assessment randomAssessment(Rubric rubric, Random rnd) {
        String[] kinds = {"manufacturer", "trader", "service"};
        Assessment.Builder b = Assessment.builder(rubric.id(), new Organization("测试公司 " + rnd.nextInt(1000), kinds[rnd.nextInt(3)]))
                .rubricVersion(rubric.version())
                .assessedOn(rnd.nextBoolean() ? LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(3000)) : null)
                .assessor(rnd.nextBoolean() ? "评价员 " + rnd.nextInt(9) : null)
                .qualifyingGradeHeldMonths(rnd.nextBoolean() ? rnd.nextInt(60) : null);
        for (Indicator leaf : rubric.leaves()) {
            if (rnd.nextInt(5) == 0) continue; // not assessed
            Evidence e = evidence(rubric, leaf, rnd);
            if (!(e.value() instanceof EvidenceValue.NotApplicable)) {
                if (rnd.nextInt(3) == 0) e = e.withNotes(TEXTS[rnd.nextInt(TEXTS.length)]);
                if (rnd.nextInt(4) == 0) e = e.withAttachments(List.of("制度-" + rnd.nextInt(99) + ".pdf", "=cmd|' /C calc'!A0"));
            }
            b.put(leaf.code(), e);
        }
        if (rubric.specialRules() != null) {
            List<String> codes = rubric.leaves().stream().map(Indicator::code).toList();
            int n = rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                boolean bonus = !rubric.specialRules().hasDeductions() || rnd.nextBoolean();
                List<String> cats = rubric.specialRules().deductionCategories();
                b.finding(new Finding(bonus ? Finding.Type.BONUS : Finding.Type.DEDUCTION,
                        bonus ? null : cats.get(rnd.nextInt(cats.size())), TEXTS[rnd.nextInt(TEXTS.length)],
                        rnd.nextBoolean() ? codes.get(rnd.nextInt(codes.size())) : null));
            }
        }
        return b.build();
    }

    private static Evidence evidence(Rubric rubric, Indicator leaf, Random rnd) {
        if (rnd.nextInt(8) == 0) return Evidence.notApplicable(TEXTS[rnd.nextInt(TEXTS.length)]);
        if (leaf.kind() == IndicatorKind.METRIC) {
            BigDecimal v = BigDecimal.valueOf(rnd.nextInt(2_000_000) - 100_000, rnd.nextInt(4));
            // only values the unit makes possible (a rate lies in 0–100, counts are not negative)
            io.aftercert.core.model.UnitRange range = io.aftercert.core.model.UnitRange.of(leaf.metric());
            if (range.min() != null && range.max() != null) {
                return Evidence.value(range.min().plus(range.max().minus(range.min()).times(Ratio.of(rnd.nextInt(10_001), 10_000))));
            }
            Ratio r = Ratio.of(v);
            if (range.min() != null && r.compareTo(range.min()) < 0) r = range.min().plus(range.min().minus(r));
            if (range.max() != null && r.compareTo(range.max()) > 0) r = range.max().minus(r.minus(range.max())); // only max-bounded here: reflected below it
            return Evidence.value(r);
        }
        List<Evidence> options = new ArrayList<>();
        options.add(Evidence.conforms(rnd.nextBoolean()));
        options.add(Evidence.credit(Ratio.of(BigDecimal.valueOf(rnd.nextInt(10_001), 4))));
        if (!rubric.bands().isEmpty()) {
            var band = rubric.bands().get(rnd.nextInt(rubric.bands().size()));
            options.add(Evidence.band(band.number()));
            // a credit inside the band: from + (to − from) × k/100
            Ratio inside = band.from().plus(band.to().minus(band.from()).times(Ratio.of(rnd.nextInt(101), 100)));
            options.add(Evidence.of(new EvidenceValue.Banded(band.number(), inside)));
        }
        if (leaf.kind() == IndicatorKind.SAMPLED || rnd.nextBoolean()) {
            int sampled = 1 + rnd.nextInt(500);
            options.add(Evidence.sample(rnd.nextInt(sampled + 1), sampled));
        }
        return options.get(rnd.nextInt(options.size()));
    }
}
