package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The scored workbook's first sheet 结果 gives the answer the report and the command line give. */
class ResultSheetTests {
    static final RubricRegistry REGISTRY = RubricRegistry.getDefault();

    static AssessmentResult score(String example) throws IOException {
        Path json = Path.of("..", "examples").resolve(example);
        Assessment a = EvidenceJson.read(Files.readAllBytes(json), json.toString(), REGISTRY::find);
        return ScoringEngine.score(REGISTRY.require(a.rubricId()), a);
    }

    /** Each row's non-blank cell texts joined by " | ". */
    static List<String> rows(byte[] xlsx, int sheet) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheets().toList().get(sheet);
            List<String> out = new ArrayList<>();
            try (var rows = s.openStream()) {
                for (Row r : (Iterable<Row>) rows::iterator) {
                    out.add(r.stream().filter(c -> c != null && !c.getText().isBlank()).map(c -> c.getText())
                            .collect(Collectors.joining(" | ")));
                }
            }
            return out;
        }
    }

    static String sheetName(byte[] xlsx, int sheet) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheets().toList().get(sheet).getName();
        }
    }

    @Test
    void aMeasuredValueIsShownAsEverySurfaceShowsItNotAsAFraction() throws IOException {
        Path json = Path.of("..", "examples", "gxdsl244", "guangxi-ecommerce-retailer.json");
        // A1.2's service radius 6.666…67 km (30 decimals) against a maximum shows 6.67 (cut towards the miss)
        String text = Files.readString(json).replace("\"value\": 6.5,", "\"value\": 6.666666666666666666666666666667,");
        Assessment a = EvidenceJson.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.json", REGISTRY::find);
        AssessmentResult r = ScoringEngine.score(REGISTRY.require("gxdsl244"), a);
        String row = rows(ScoredWorkbook.write(REGISTRY.require("gxdsl244"), r), 1).stream()
                .filter(l -> l.startsWith("A1.2 |")).findFirst().orElseThrow();
        assertTrue(row.contains("6.67 km（目标 target ≤"), row);
        assertTrue(!row.contains("6.666"), row);
    }

    @Test
    void theApplianceMakersResultSheetStatesScoreGradeNextGradeRecommendationAndPlan() throws IOException {
        Rubric rubric = REGISTRY.require("gbt27922");
        byte[] xlsx = ScoredWorkbook.write(rubric, score("gbt27922/appliance-manufacturer.json"));
        assertEquals("结果", sheetName(xlsx, 0));
        assertEquals("评分表", sheetName(xlsx, 1));
        List<String> rows = rows(xlsx, 0);
        String all = String.join("\n", rows);
        // figures as the CLI and the HTML report show them for this example: final 7655/98 = 78.112… → 78.1
        // (cut to one decimal); next grade 三星 at 80 needs 80 − 78.112… = 1.887… → +1.89 (rounded up);
        // 5.1.5.2 lost 3 of 98 applicable points: full credit adds 3 × 100/98 = 3.0612… → +3.06 (cut)
        assertTrue(all.contains("组织 Organisation | 华澜家电（佛山）有限公司"), all);
        assertTrue(all.contains("最终得分 Final score | 78.1"), all);
        assertTrue(all.contains("等级 Grade | 达标 Qualified"), all);
        assertTrue(all.contains("是否通过 Passed | 通过 passed"), all);
        assertTrue(all.contains("三星 Three-star · 还需 needs +1.89 · 先做 first: 5.1.5.2"), all);
        assertTrue(all.contains("可申请达标；完成 5.1.5.2 后可申请三星。"), all);
        assertTrue(all.contains("5.1.5.2（+3.06）、5.1.7.3（+1.53）、5.3.1.4（+1.53）、5.1.4.1（+1.22）、5.3.2.2（+1.07）"), all);
        // the plan: P1 is the planner's set, then P2 by gain (1.5 of 98 points: 1.5306… → +1.53)
        List<String> plan = rows.stream().filter(r -> r.startsWith("P1 |") || r.startsWith("P2 |")).toList();
        assertEquals(List.of("P1 | 5.1.5.2", "P2 | 5.1.7.3", "P2 | 5.3.1.4", "P2 | 5.1.4.1", "P2 | 5.3.2.2"),
                plan.stream().map(r -> r.substring(0, r.indexOf(" | ", 5))).toList(), all);
        assertTrue(plan.get(0).contains("| +3.06 |") && plan.get(1).contains("| +1.53 |"), all);
        assertTrue(plan.stream().allMatch(r -> r.endsWith("可得满分 full credit possible") || r.contains("\n")), all);
    }

    @Test
    void withAnEffortFileTheResultSheetDoesFirstWhatThePlanDoesFirst() throws IOException {
        // the example's effort file (examples/gbt27922/plan/effort.json): 5.1.5.2 costs 10 (质量部 刘洋), 5.1.7.3
        // 1 (品牌部 王敏), 5.1.4.1 1, any other item 1. Three-star needs +1.89: 5.1.5.2 alone (+3.06) costs 10, two
        // items of effort 1 suffice (5.1.7.3 + 5.3.1.4: 1.53 + 1.53 = 3.06), so the plan does those first, as the
        // HTML report's P1 rows and its recommendation say, and 5.1.5.2 follows as P2 with its owner
        Rubric rubric = REGISTRY.require("gbt27922");
        AssessmentResult r = score("gbt27922/appliance-manufacturer.json");
        var input = new io.aftercert.core.plan.PlanInput(
                java.util.Map.of("5.1.5.2", io.aftercert.core.Ratio.of(10), "5.1.7.3", io.aftercert.core.Ratio.of(1),
                        "5.1.4.1", io.aftercert.core.Ratio.of(1)),
                java.util.Map.of("5.1.5.2", new io.aftercert.core.plan.PlanInput.Assignment("质量部 刘洋", java.time.LocalDate.of(2027, 3, 31)),
                        "5.1.7.3", new io.aftercert.core.plan.PlanInput.Assignment("品牌部 王敏", java.time.LocalDate.of(2026, 12, 31))));
        var plan = io.aftercert.core.plan.ActionPlan.of(rubric, r, null, input);
        String all = String.join("\n", rows(ScoredWorkbook.write(rubric, r, plan), 0));
        String first = String.join("、", plan.firstRoundCodes());
        assertEquals(2, plan.firstRoundCodes().size(), first);
        assertTrue(!plan.firstRoundCodes().contains("5.1.5.2"), first);
        assertTrue(all.contains("三星 Three-star · 还需 needs +1.89 · 先做 first: " + first), all);
        assertTrue(all.contains("完成 " + first + " 后可申请三星"), all);
        assertTrue(all.contains("质量部 刘洋 · 2027-03-31") && all.contains("品牌部 王敏 · 2026-12-31"), all);
    }

    @Test
    void aCappedItemSaysWhatLimitsItInItsPlanRow() throws IOException {
        // gbt27922 5.1.2.2 measured at 10.6 % (target ≥ 10 %): a value alone earns at most half of the item,
        // so it is in the plan (P1, with 5.1.5.2, to reach 三星), and its row must say why in words (the core's Limits) in both languages
        Path json = Path.of("..", "examples", "gbt27922", "appliance-manufacturer.json");
        String text = Files.readString(json).replace("\"5.1.2.2\": {\n      \"credit\": 0.8,", "\"5.1.2.2\": {\n      \"value\": 10.6,");
        Assessment a = EvidenceJson.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), json.toString(), REGISTRY::find);
        Rubric rubric = REGISTRY.require("gbt27922");
        AssessmentResult r = ScoringEngine.score(rubric, a);
        var limit = io.aftercert.core.scoring.Limits.of(r.indicator("5.1.2.2").orElseThrow()).orElseThrow();
        List<String> rows = rows(ScoredWorkbook.write(rubric, r), 0);
        String row = rows.stream().filter(x -> x.startsWith("P1 | 5.1.2.2 | ")).findFirst().orElseThrow(() -> new AssertionError(rows));
        assertTrue(row.endsWith(limit.zh() + "\n" + limit.en()), row);
        assertTrue(limit.zh().contains("最多得本项的 50%（2.5 分）"), limit.zh());
        // 5 points, half earned: the other 2.5 of 98 applicable points → 2.5 × 100/98 = 2.551… → +2.55
        assertTrue(row.contains("| +2.55 |"), row);
    }
}
