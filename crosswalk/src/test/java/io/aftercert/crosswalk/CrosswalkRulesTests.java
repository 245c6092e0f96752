package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each carrying rule on a small hand-made table (gbt27922 → hxjt), expected values worked out by hand. */
class CrosswalkRulesTests {
    static final Rubric GBT = CrosswalkTests.REG.require("gbt27922");
    static final Rubric HXJT = CrosswalkTests.REG.require("hxjt");
    static final Text WHY = Text.of("理由", "why");
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    static Assessment gbt(Map<String, Evidence> ev) {
        return new Assessment("gbt27922", null, new Organization("测试公司", null), null, null, null, ev, List.of());
    }

    static CrosswalkTable table(Mapping... rows) {
        return new CrosswalkTable(WHY, true, "gbt27922", "hxjt", List.of(rows));
    }

    static CrosswalkResult.Item item(CrosswalkResult r, String code) {
        return r.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theStrongestRelationDecidesAndAStricterSideShortOfFullCreditCarriesNothing() {
        // three rows onto hxjt 5.2 (10/3 points): an overlap listed first, a superset row, an equal row
        CrosswalkTable t = table(new Mapping("5.1.1.1", Relation.INTERSECTS_WITH, "5.2", WHY),
                new Mapping("5.2.2.2", Relation.SUPERSET_OF, "5.2", WHY), new Mapping("5.2.2.3", Relation.EQUAL, "5.2", WHY));
        Assessment a = gbt(Map.of("5.1.1.1", Evidence.conforms(true), "5.2.2.2", Evidence.sample(3, 4),
                "5.2.2.3", Evidence.band(5)));
        CrosswalkResult r = Crosswalk.cross(GBT, a, HXJT, t, "zh");
        CrosswalkResult.Item i = item(r, "5.2");
        assertEquals(CrosswalkResult.State.CARRIED, i.state());
        assertEquals(Relation.EQUAL, i.relation(), "equal is the strongest relation present");
        // the superset source's 3/4 says nothing of the looser item: only the equal row's band 5 (0.9) carries, as is
        assertEquals(new EvidenceValue.Banded(5, null), r.prefill().evidence().get("5.2").value());
        assertEquals(List.of("5.2.2.3", "5.2.2.2", "5.1.1.1"), i.sources(), "sources ranked by relation strength");
        // hxjt 5.2 is worth 10/3: category HX-5.2 has 40 points over twelve 应 requirements of force 2
        // (5.1.2's 可 weighs 0), 40 / 24 × 2 = 10/3. lowest = 10/3 × 9/10 = 3 of 100
        assertEquals(Ratio.of(3), r.lowest().finalScore());
        // highest = 100 − 10/3 × 1/10 = 100 − 1/3 = 299/3
        assertEquals(Ratio.of(299, 3), r.highest().finalScore());
        assertEquals("沿用自 GB/T 27922 5.2.2.3（与本条相同）：第 5 档，得分率 90%", i.note());
    }

    @Test
    void theEstimateCountsItemsToConfirmAtTheCreditTheirEvidenceEarned() {
        // 5.3.2.2 overlaps hxjt 5.7 (sample 17/20 = 0.85); 5.2.2.2 and 5.1.1.1 overlap hxjt 5.2 (3/4 = 0.75 and conforms = 1:
        // the lower, 0.75, counts); 5.3.1.4 only gives data for 7.2 (band 2): data only counts nothing.
        // 5.7 and 5.2 are each worth 10/3 (40 / 24 × 2): estimate = 10/3 × 17/20 + 10/3 × 3/4 = 17/6 + 5/2 = 16/3
        CrosswalkTable t = table(new Mapping("5.3.2.2", Relation.INTERSECTS_WITH, "5.7", WHY), new Mapping("5.2.2.2", Relation.SUBSET_OF, "5.2", WHY),
                new Mapping("5.1.1.1", Relation.INTERSECTS_WITH, "5.2", WHY), new Mapping("5.3.1.4", Relation.INFORMED_BY, "7.2", WHY));
        Assessment a = gbt(Map.of("5.3.2.2", Evidence.sample(17, 20), "5.2.2.2", Evidence.sample(3, 4), "5.1.1.1", Evidence.conforms(true),
                "5.3.1.4", Evidence.band(2)));
        CrosswalkResult r = Crosswalk.cross(GBT, a, HXJT, t, "zh");
        assertEquals(Ratio.ZERO, r.lowest().finalScore(), "nothing carried");
        assertEquals(Ratio.of(16, 3), r.estimate().finalScore());
        assertEquals(Ratio.HUNDRED, r.highest().finalScore());
        assertTrue(r.prefill().evidence().isEmpty(), "the estimate never enters the prefilled evidence");
    }

    @Test
    void theCarryRuleRelationByRelation() {
        Ratio part = Ratio.parse("0.999");
        assertEquals(java.util.Optional.of(part), Relation.EQUAL.carried(part), "equal: as is");
        assertEquals(java.util.Optional.of(Ratio.ZERO), Relation.EQUAL.carried(Ratio.ZERO), "equal: a non-conformance too");
        assertEquals(java.util.Optional.of(Ratio.ONE), Relation.SUPERSET_OF.carried(Ratio.ONE), "the stricter side's conforms");
        assertEquals(java.util.Optional.empty(), Relation.SUPERSET_OF.carried(part), "the stricter side short of full credit");
        assertEquals(java.util.Optional.empty(), Relation.SUPERSET_OF.carried(Ratio.ZERO));
        for (Relation r : List.of(Relation.SUBSET_OF, Relation.INTERSECTS_WITH, Relation.INFORMS, Relation.INFORMED_BY)) {
            assertEquals(java.util.Optional.empty(), r.carried(Ratio.ONE), r + " carries nothing, not even full credit");
        }
    }

    @Test
    void aFullySatisfiedStricterSourceCarriesItsFormWhereTheTargetTakesIt() {
        CrosswalkTable t = table(new Mapping("5.2.2.2", Relation.SUPERSET_OF, "5.2", WHY), new Mapping("5.2.2.3", Relation.SUPERSET_OF, "5.5.1", WHY));
        CrosswalkResult r = Crosswalk.cross(GBT, gbt(Map.of("5.2.2.2", Evidence.sample(4, 4), "5.2.2.3", Evidence.credit(Ratio.ONE))), HXJT, t, "en");
        assertEquals(new EvidenceValue.Sample(4, 4), r.prefill().evidence().get("5.2").value());
        assertEquals(new EvidenceValue.Credit(Ratio.ONE), r.prefill().evidence().get("5.5.1").value());
        assertEquals("carried over from GB/T 27922 5.2.2.2 (covers this item): sample 4/4, credit 100%", item(r, "5.2").note());
        // both items worth 10/3: lowest 20/3, highest 100
        assertEquals(Ratio.of(20, 3), r.lowest().finalScore());
        assertEquals(Ratio.HUNDRED, r.highest().finalScore());
    }

    @Test
    void notApplicableOrMissingSourcesCarryNothing() {
        CrosswalkTable t = table(new Mapping("5.2.5.5", Relation.EQUAL, "5.6.1", WHY), new Mapping("5.2.2.3", Relation.EQUAL, "5.5.1", WHY));
        CrosswalkResult r = Crosswalk.cross(GBT, gbt(Map.of("5.2.5.5", Evidence.notApplicable("贸易型企业条款"))), HXJT, t, "zh");
        assertEquals(CrosswalkResult.State.UNCOVERED, item(r, "5.6.1").state());
        assertEquals(CrosswalkResult.State.UNCOVERED, item(r, "5.5.1").state());
        assertNull(item(r, "5.6.1").relation());
        assertTrue(r.prefill().evidence().isEmpty());
        assertTrue(r.byRelation().isEmpty());
        assertEquals(Ratio.ZERO, r.lowest().finalScore());
        assertEquals(Ratio.HUNDRED, r.highest().finalScore());
    }

    @Test
    void aBandCarriesAsItsCreditWhereTheTargetHasNoSuchFormAndOverlapsStayToConfirm() {
        // hxjt 4.6 is a metric item: a verdict cannot be given as it is before verdicts on metric items,
        // so it is left to confirm — or carried as a credit once the target accepts one. Either way it is never invented.
        CrosswalkTable t = table(new Mapping("5.3.1.3", Relation.EQUAL, "4.6", WHY), new Mapping("5.3.2.2", Relation.INTERSECTS_WITH, "5.7", WHY),
                new Mapping("5.3.1.4", Relation.INFORMED_BY, "7.2", WHY));
        Assessment a = gbt(Map.of("5.3.1.3", Evidence.band(4).withNotes("档案齐全"), "5.3.2.2", Evidence.sample(17, 20),
                "5.3.1.4", Evidence.band(2)));
        CrosswalkResult zh = Crosswalk.cross(GBT, a, HXJT, t, "zh");
        CrosswalkResult.Item metric = item(zh, "4.6");
        if (metric.state() == CrosswalkResult.State.CARRIED) {
            assertTrue(List.of(new EvidenceValue.Banded(4, null), new EvidenceValue.Credit(Ratio.parse("0.7")))
                    .contains(zh.prefill().evidence().get("4.6").value()));
        } else {
            assertEquals(CrosswalkResult.State.TO_CONFIRM, metric.state());
        }
        assertEquals(CrosswalkResult.State.TO_CONFIRM, item(zh, "5.7").state());
        assertEquals("待确认——GB/T 27922 5.3.2.2（与本条部分重叠）的证据：抽样 17/20，得分率 85%", zh.confirmNotes().get("5.7"));
        assertEquals(CrosswalkResult.State.INFORMED, item(zh, "7.2").state());
        assertEquals("待确认——GB/T 27922 5.3.1.4（以本条数据为据）的证据：第 2 档，得分率 30%", zh.confirmNotes().get("7.2"));
        CrosswalkResult en = Crosswalk.cross(GBT, a, HXJT, t, "en");
        assertEquals("to confirm — evidence of GB/T 27922 5.3.2.2 (overlaps this item): sample 17/20, credit 85%", en.confirmNotes().get("5.7"));
        assertEquals("to confirm — evidence of GB/T 27922 5.3.1.4 (relies on this item's data): band 2, credit 30%", en.confirmNotes().get("7.2"));
        assertEquals(Ratio.ONE, en.byRelation().get(Relation.INTERSECTS_WITH)[0]);
        assertEquals(Ratio.of(10, 3), en.byRelation().get(Relation.INTERSECTS_WITH)[1], "hxjt 5.7 is worth 40 / 24 × 2 = 10/3");
    }

    @Test
    void englishNotesSayTheSameInEnglish() {
        CrosswalkTable t = table(new Mapping("5.2.2.3", Relation.SUPERSET_OF, "5.5.1", WHY), new Mapping("5.2.2.2", Relation.EQUAL, "5.2", WHY));
        Assessment a = gbt(Map.of("5.2.2.3", Evidence.conforms(false).withNotes("无"), "5.2.2.2", Evidence.conforms(false).withNotes("无")));
        CrosswalkResult r = Crosswalk.cross(GBT, a, HXJT, t, "en");
        // the stricter side's non-conformance says nothing of the looser item: to confirm, quoted
        assertEquals(CrosswalkResult.State.TO_CONFIRM, item(r, "5.5.1").state());
        assertEquals("to confirm — evidence of GB/T 27922 5.2.2.3 (covers this item): does not conform, credit 0%, notes: 无", item(r, "5.5.1").note());
        // across equal it carries as is
        assertEquals("carried over from GB/T 27922 5.2.2.2 (same requirement): does not conform, credit 0%; notes: 无", item(r, "5.2").note());
        CrosswalkResult z = Crosswalk.cross(GBT, a, HXJT, t, "zh");
        assertEquals("待确认——GB/T 27922 5.2.2.3（涵盖本条）的证据：不符合，得分率 0%，原说明：无", item(z, "5.5.1").note());
        assertEquals("沿用自 GB/T 27922 5.2.2.2（与本条相同）：不符合，得分率 0%；原说明：无", item(z, "5.2").note());
    }

    @Test
    void describeNamesEveryFormInBothLanguages() {
        Ratio c = Ratio.parse("0.875");
        assertEquals("符合，得分率 87.5%", Crosswalk.describe(new EvidenceValue.Conforms(true), c, "zh"));
        assertEquals("conforms, credit 87.5%", Crosswalk.describe(new EvidenceValue.Conforms(true), c, "en"));
        assertEquals("第 3 档，得分率 87.5%", Crosswalk.describe(new EvidenceValue.Banded(3, null), c, "zh"));
        assertEquals("实测 12.3456，得分率 87.5%", Crosswalk.describe(new EvidenceValue.Measured(Ratio.parse("12.34567")), c, "zh"));
        assertEquals("measured 12.3456, credit 87.5%", Crosswalk.describe(new EvidenceValue.Measured(Ratio.parse("12.34567")), c, "en"));
        assertEquals("得分率 87.5%", Crosswalk.describe(new EvidenceValue.Credit(c), c, "zh"));
        assertEquals("credit 87.5%", Crosswalk.describe(new EvidenceValue.Credit(c), c, "en"));
        // 2/3 is cut, never rounded up: 66.6 %
        assertEquals("sample 2/3, credit 66.6%", Crosswalk.describe(new EvidenceValue.Sample(2, 3), Ratio.of(2, 3), "en"));
    }

    @Test
    void everyLabelIsInItsOwnLanguage() {
        for (Relation r : Relation.values()) {
            assertTrue(CJK.matcher(Crosswalk.relationLabel(r).zh()).find(), r + " zh");
            assertFalse(CJK.matcher(Crosswalk.relationLabel(r).en()).find(), r + " en");
        }
        for (CrosswalkResult.State s : CrosswalkResult.State.values()) {
            assertTrue(CJK.matcher(CrosswalkHtml.stateLabel(s, io.aftercert.core.Lang.ZH)).find(), s + " zh");
            assertFalse(CJK.matcher(CrosswalkHtml.stateLabel(s, io.aftercert.core.Lang.EN)).find(), s + " en");
        }
        // distinct labels, so a reader can tell the relations apart
        assertEquals(Relation.values().length, java.util.Arrays.stream(Relation.values()).map(r -> Crosswalk.relationLabel(r).en()).distinct().count());
    }

    @Test
    void tablesAndRowsRefuseWhatCannotBeRead() {
        assertThrows(IllegalArgumentException.class, () -> new CrosswalkTable(WHY, true, "hxjt", "hxjt", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CrosswalkTable(WHY, true, null, "hxjt", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Mapping(" ", Relation.EQUAL, "4.1", WHY));
        assertThrows(IllegalArgumentException.class, () -> new Mapping("4.1", Relation.EQUAL, "", WHY));
        assertEquals(List.of("$"), table().problems(HXJT, GBT, "f").stream().map(p -> p.path()).toList(), "wrong orientation");
        assertThrows(IllegalArgumentException.class, () -> Relation.fromJson("same"));
        assertEquals("gbt27922__hxjt.json", Crosswalks.resourceName("hxjt", "gbt27922"));
        assertEquals("gbt27922__hxjt.json", Crosswalks.resourceName("gbt27922", "hxjt"));
        assertTrue(Crosswalks.shipped("gbt27922", "gbt27922").isEmpty());
        assertTrue(Crosswalks.shipped("gbt27922", "nope").isEmpty());
        assertEquals("hxjt", Crosswalks.shipped("gxdsl244", "hxjt").orElseThrow().to());
        assertEquals("gxdsl244", Crosswalks.shipped("hxjt", "gxdsl244").orElseThrow().to());
    }

    @Test
    void theLowestCarryingCreditWinsAndATieGoesToTheStrongerRelation() {
        // onto hxjt 5.2: an overlap with credit 0 (it carries nothing, so it cannot be the lowest), equal 5.2.2.3
        // band 4 (0.7, with the assessor's notes) and superset 5.2.2.2 sample 10/10 (carries 1): 0.7 is the lower
        CrosswalkTable t = table(new Mapping("5.1.1.1", Relation.INTERSECTS_WITH, "5.2", WHY),
                new Mapping("5.2.2.3", Relation.EQUAL, "5.2", WHY), new Mapping("5.2.2.2", Relation.SUPERSET_OF, "5.2", WHY));
        Assessment a = gbt(Map.of("5.1.1.1", Evidence.conforms(false), "5.2.2.3", Evidence.band(4).withNotes("现场核查"),
                "5.2.2.2", Evidence.sample(10, 10)));
        CrosswalkResult r = Crosswalk.cross(GBT, a, HXJT, t, "zh");
        CrosswalkResult.Item i = item(r, "5.2");
        assertEquals(CrosswalkResult.State.CARRIED, i.state());
        assertTrue(i.note().startsWith("沿用自 GB/T 27922 5.2.2.3（"), i.note());
        assertTrue(i.note().endsWith("；原说明：现场核查"), i.note());
        // lowest = 10/3 × 0.7 = 7/3 of 100
        assertEquals(Ratio.of(7, 3), r.lowest().finalScore());
        CrosswalkResult en = Crosswalk.cross(GBT, a, HXJT, t, "en");
        assertTrue(item(en, "5.2").note().startsWith("carried over from GB/T 27922 5.2.2.3 ("), item(en, "5.2").note());
        assertTrue(item(en, "5.2").note().endsWith("; notes: 现场核查"), item(en, "5.2").note());
        // a tie (equal conforms, superset 10/10: both 1): the stronger relation, listed first, carries
        CrosswalkResult tie = Crosswalk.cross(GBT, gbt(Map.of("5.2.2.3", Evidence.conforms(true), "5.2.2.2", Evidence.sample(10, 10))), HXJT, t, "zh");
        assertEquals("沿用自 GB/T 27922 5.2.2.3（与本条相同）：符合，得分率 100%", item(tie, "5.2").note());
        // without notes nothing is appended
        CrosswalkResult plain = Crosswalk.cross(GBT, gbt(Map.of("5.2.2.3", Evidence.band(4))), HXJT, t, "zh");
        assertFalse(item(plain, "5.2").note().contains("原说明"), item(plain, "5.2").note());
    }

    @Test
    void overlapsAloneAreToConfirmWithEverySourceAndItsNotesInTheNote() {
        CrosswalkTable t = table(new Mapping("5.1.1.1", Relation.INTERSECTS_WITH, "5.2", WHY),
                new Mapping("5.2.2.2", Relation.INTERSECTS_WITH, "5.2", WHY));
        Assessment a = gbt(Map.of("5.1.1.1", Evidence.conforms(true).withNotes("制度文件"), "5.2.2.2", Evidence.sample(3, 4)));
        CrosswalkResult.Item zh = item(Crosswalk.cross(GBT, a, HXJT, t, "zh"), "5.2");
        assertEquals(CrosswalkResult.State.TO_CONFIRM, zh.state(), "an overlap is to confirm, not merely informed");
        assertTrue(zh.note().startsWith("待确认——GB/T 27922 5.1.1.1（"), zh.note());
        assertTrue(zh.note().contains("，原说明：制度文件；GB/T 27922 5.2.2.2（"), zh.note());
        assertEquals(1, zh.note().split("原说明", -1).length - 1, "only the source with notes has them: " + zh.note());
        CrosswalkResult.Item en = item(Crosswalk.cross(GBT, a, HXJT, t, "en"), "5.2");
        assertTrue(en.note().startsWith("to confirm — evidence of GB/T 27922 5.1.1.1 ("), en.note());
        assertTrue(en.note().contains(", notes: 制度文件; GB/T 27922 5.2.2.2 ("), en.note());
        assertFalse(CJK.matcher(en.note().replace("制度文件", "")).find(), en.note());
    }

    @Test
    void amongEqualSourcesTheLowerCreditCarriesWhereverItIsListed() {
        // two equal rows onto hxjt 5.2: band 5 (0.9) listed first, sample 7/10 (0.7) second: 7/10 carries
        CrosswalkTable t = table(new Mapping("5.2.2.3", Relation.EQUAL, "5.2", WHY), new Mapping("5.2.2.2", Relation.EQUAL, "5.2", WHY));
        CrosswalkResult r = Crosswalk.cross(GBT, gbt(Map.of("5.2.2.3", Evidence.band(5), "5.2.2.2", Evidence.sample(7, 10))), HXJT, t, "zh");
        assertEquals(new EvidenceValue.Sample(7, 10), r.prefill().evidence().get("5.2").value());
        // 10/3 × 7/10 = 7/3
        assertEquals(Ratio.of(7, 3), r.lowest().finalScore());
    }

    @Test
    void aFormTheTargetDoesNotTakeOrWouldScoreHigherCarriesAsTheAllowedCredit() {
        // gxdsl244 A1.2 measured 6 km (linear: 1 at 5 km, 0 at 10 km → 0.8) equal to hxjt 4.2, a qualitative item:
        // hxjt 4.2 takes no measured value, and "conforms" would earn 1 > 0.8, so the credit 0.8 carries
        Rubric g244 = CrosswalkTests.REG.require("gxdsl244");
        CrosswalkTable t = new CrosswalkTable(WHY, true, "gxdsl244", "hxjt", List.of(new Mapping("A1.2", Relation.EQUAL, "4.2", WHY)));
        CrosswalkResult r = Crosswalk.cross(g244, new Assessment("gxdsl244", null, new Organization("测试公司", null), null, null, null,
                Map.of("A1.2", Evidence.value(Ratio.of(6))), List.of()), HXJT, t, "zh");
        assertEquals(new EvidenceValue.Credit(Ratio.parse("0.8")), r.prefill().evidence().get("4.2").value());
        // and at full credit, "conforms"
        CrosswalkResult full = Crosswalk.cross(g244, new Assessment("gxdsl244", null, new Organization("测试公司", null), null, null, null,
                Map.of("A1.2", Evidence.value(Ratio.of(4))), List.of()), HXJT, t, "zh");
        assertEquals(new EvidenceValue.Conforms(true), full.prefill().evidence().get("4.2").value());
        // gxdsl259 7.8 measured 6.5 km misses its 5 km threshold (credit 0); under gxdsl244 A1.2's linear curve
        // (1 at 5 km, 0 at 10 km) the same 6.5 km would earn 0.7: more than the verdict carried, so credit 0 carries
        Rubric g259 = CrosswalkTests.REG.require("gxdsl259");
        CrosswalkTable back = new CrosswalkTable(WHY, true, "gxdsl259", "gxdsl244", List.of(new Mapping("7.8", Relation.EQUAL, "A1.2", WHY)));
        Assessment a = new Assessment("gxdsl259", null, new Organization("测试公司", null), null, null, null,
                Map.of("7.8", Evidence.value(Ratio.parse("6.5"))), List.of());
        CrosswalkResult b = Crosswalk.cross(g259, a, g244, back, "zh");
        assertEquals(new EvidenceValue.Credit(Ratio.ZERO), b.prefill().evidence().get("A1.2").value());
        assertEquals("沿用自 T/GXDSL 259—2025 7.8（与本条相同）：实测 6.5，得分率 0%", item(b, "A1.2").note());
        // the other way the measurement itself carries: 6.5 km earns 0 under 7.8's threshold, not more than A1.2's 0.7
        CrosswalkResult there = Crosswalk.cross(g244, new Assessment("gxdsl244", null, new Organization("测试公司", null), null, null, null,
                Map.of("A1.2", Evidence.value(Ratio.parse("6.5"))), List.of()), g259, back.inverse(), "zh");
        assertEquals(new EvidenceValue.Measured(Ratio.parse("6.5")), there.prefill().evidence().get("7.8").value());
    }
}
