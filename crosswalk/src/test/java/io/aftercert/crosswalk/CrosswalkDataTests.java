package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.Text;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.MetricSpec;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped tables as data: every row that claims containment says why, an {@code equal} joins
 * items with the same quantified target, the tables agree with each other, word-only matches stay out.
 */
class CrosswalkDataTests {
    static final RubricRegistry REG = RubricRegistry.getDefault();
    static final List<String> IDS = List.of("gbt27922", "hxjt", "gxdsl244", "gxdsl259");

    static CrosswalkTable table(String from, String to) {
        return Crosswalks.shipped(from, to).orElseThrow();
    }

    /** Punctuation and spacing as the repository's quotes write them (PDF-extracted half-width marks normalised). */
    static String plain(String s) {
        return s.replaceAll("\\s+", "").replace(',', '，').replace(';', '；').replace(':', '：').replace('(', '（').replace(')', '）');
    }

    /** True when {@code quote} is the item's wording: a part of its requirement, quotation or title. */
    static boolean quotes(Indicator item, String quote) {
        String q = plain(quote);
        for (String s : new String[] {item.requirement(), item.provenance() == null ? null : item.provenance().quote(), item.title().zh()}) {
            if (s != null && plain(s).contains(q)) return true;
        }
        return false;
    }

    /** What is wrong with the rows of {@code t} that claim containment; empty when each is justified and consistent. */
    static List<String> containmentProblems(CrosswalkTable t) {
        Rubric a = REG.require(t.from());
        Rubric b = REG.require(t.to());
        List<String> out = new ArrayList<>();
        for (Mapping m : t.mappings()) {
            if (!m.relation().claimsContainment()) continue;
            String row = t.from() + " " + m.from() + " " + m.relation().json() + " " + t.to() + " " + m.to();
            Justification j = m.justification();
            if (j == null) {
                out.add(row + ": no justification");
                continue;
            }
            if (!quotes(a.indicator(m.from()).orElseThrow(), j.from())) out.add(row + ": '" + j.from() + "' is not the wording of " + m.from());
            if (!quotes(b.indicator(m.to()).orElseThrow(), j.to())) out.add(row + ": '" + j.to() + "' is not the wording of " + m.to());
            if (j.why().zh().isBlank() || j.why().en().isBlank()) out.add(row + ": the why needs both languages");
            MetricSpec ma = a.indicator(m.from()).orElseThrow().metric();
            MetricSpec mb = b.indicator(m.to()).orElseThrow().metric();
            target(m.relation(), ma, mb).ifPresent(p -> out.add(row + ": " + p));
        }
        return out;
    }

    /**
     * The quantified targets against the relation: equal needs the same unit, direction and target;
     * a subset-of (b the stricter) between like metrics needs b's target at least as demanding as a's.
     */
    static Optional<String> target(Relation r, MetricSpec a, MetricSpec b) {
        if (r == Relation.EQUAL && (a == null) != (b == null)) return Optional.of("equal joins a quantified item to an unquantified one");
        if (a == null || b == null) return Optional.empty();
        boolean alike = a.unit().equals(b.unit()) && a.direction() == b.direction();
        if (r == Relation.EQUAL && !(alike && a.target().equals(b.target()))) {
            return Optional.of("equal but the targets differ: " + a.direction().symbol() + " " + a.target() + " " + a.unit()
                    + " vs " + b.direction().symbol() + " " + b.target() + " " + b.unit());
        }
        if (!alike || r == Relation.EQUAL) return Optional.empty();
        MetricSpec looser = r == Relation.SUBSET_OF ? a : b;
        MetricSpec stricter = r == Relation.SUBSET_OF ? b : a;
        int c = stricter.target().compareTo(looser.target());
        boolean ok = a.direction() == io.aftercert.core.model.Direction.AT_MOST ? c <= 0 : c >= 0;
        return ok ? Optional.empty() : Optional.of("the side said to be stricter has the looser target");
    }

    @Test
    void everyRowThatClaimsContainmentIsJustifiedAndItsTargetsAgree() {
        int claims = 0;
        for (List<String> pair : Crosswalks.SHIPPED) {
            CrosswalkTable t = table(pair.get(0), pair.get(1));
            assertEquals(List.of(), containmentProblems(t), pair.toString());
            claims += (int) t.mappings().stream().filter(m -> m.relation().claimsContainment()).count();
        }
        // counted in the data: 13 equal and 4 subset-of in gxdsl244↔gxdsl259, 2 superset-of in gbt27922↔gxdsl259, 2 in gbt27922↔hxjt
        assertEquals(21, claims);
    }

    @Test
    void theCheckFailsOnAMissingJustificationAndOnAnEqualWithDifferentTargets() {
        Text why = Text.of("理由", "why");
        // complaint satisfaction: 244 D1.3 (at least 85 %) "equal" to 259 8.27 (at least 90 %)
        Justification quoted = new Justification("投诉处理满意率（不低于 85%）", "投诉处理满意率应不低于 90%。", why);
        CrosswalkTable bad = new CrosswalkTable(why, true, "gxdsl244", "gxdsl259", List.of(
                new Mapping("D1.3", Relation.EQUAL, "8.27", why, quoted),
                new Mapping("A5.1", Relation.EQUAL, "7.15", why),
                new Mapping("C2.1", Relation.SUPERSET_OF, "9.5", why, new Justification("综合满意度指目标值不低于 85 分", "顾客满意度不低于 90 分", why)),
                new Mapping("A1.2", Relation.EQUAL, "7.8", why, new Justification("网点服务半径", "城区不超过 6 公里", why))));
        List<String> p = containmentProblems(bad);
        assertEquals(4, p.size(), p.toString());
        assertTrue(p.get(0).endsWith("equal but the targets differ: ≥ 85 % vs ≥ 90 %"), p.get(0));
        assertTrue(p.get(1).endsWith("A5.1 equal gxdsl259 7.15: no justification"), p.get(1));
        // 244 C2.1 targets 85 points, 259 9.5 targets 90: C2.1 cannot contain 9.5
        assertTrue(p.get(2).endsWith("the side said to be stricter has the looser target"), p.get(2));
        assertTrue(p.get(3).contains("'城区不超过 6 公里' is not the wording of 7.8"), p.get(3));
        // the subset-of the data gives passes
        assertEquals(List.of(), containmentProblems(new CrosswalkTable(why, true, "gxdsl244", "gxdsl259", List.of(
                new Mapping("C2.1", Relation.SUBSET_OF, "9.5", why, new Justification("综合满意度指目标值不低于 85 分", "顾客满意度不低于 90 分", why))))));
        assertEquals(Optional.of("equal joins a quantified item to an unquantified one"),
                target(Relation.EQUAL, REG.require("gxdsl244").indicator("A1.2").orElseThrow().metric(), null));
    }

    /** The X↔Z pairs the tables must hold: X relates to Y, and Y is equal to Z. */
    static List<String> missingThroughEqual() {
        List<String> out = new ArrayList<>();
        for (String x : IDS) for (String y : IDS) for (String z : IDS) {
            if (x.equals(y) || y.equals(z) || x.equals(z)) continue;
            CrosswalkTable xz = table(x, z);
            for (Mapping xy : table(x, y).mappings()) {
                for (Mapping yz : table(y, z).mappings()) {
                    if (!yz.from().equals(xy.to()) || yz.relation() != Relation.EQUAL) continue;
                    boolean related = xz.mappings().stream().anyMatch(m -> m.from().equals(xy.from()) && m.to().equals(yz.to()));
                    if (!related) out.add(x + " " + xy.from() + " → " + y + " " + xy.to() + " = " + z + " " + yz.to());
                }
            }
        }
        return out;
    }

    @Test
    void whereXRelatesToYAndYEqualsZTheXZTableRelatesXAndZ() {
        assertEquals(List.of(), missingThroughEqual());
        // the two the review found, now in the gbt27922 ↔ gxdsl259 table
        CrosswalkTable t = table("gbt27922", "gxdsl259");
        for (String[] p : new String[][] {{"5.1.3.2", "7.4"}, {"5.2.4.5", "7.17"}}) {
            assertTrue(t.mappings().stream().anyMatch(m -> m.from().equals(p[0]) && m.to().equals(p[1])), p[0] + " ↔ " + p[1]);
        }
        // and the derivation does find such a pair: 244 A3.4 = 259 7.4, and gbt27922 5.1.3.2 → A3.4
        assertTrue(table("gbt27922", "gxdsl244").mappings().stream().anyMatch(m -> m.from().equals("5.1.3.2") && m.to().equals("A3.4")));
        assertTrue(table("gxdsl244", "gxdsl259").mappings().stream().anyMatch(m -> m.from().equals("A3.4") && m.relation() == Relation.EQUAL && m.to().equals("7.4")));
    }

    static Optional<Mapping> row(String from, String to, String a, String b) {
        return table(from, to).mappings().stream().filter(m -> m.from().equals(a) && m.to().equals(b)).findFirst();
    }

    @Test
    void theResponseLimitsReadAlikeAreEqualAndSaySoAndTheNewItemsAreMapped() {
        // 004 在线服务不超过 5 分钟 and 001 在线客服响应时间不超过 5 分钟: one limit, no share named on either side,
        // both rubrics read 95 % of requests; 004 到达率不低于 95% and 001 一般不超过±30 分钟 read as the same 95 %
        for (String[] p : new String[][] {{"B2.2", "8.4"}, {"B2.4", "8.13"}}) {
            Mapping m = row("gxdsl244", "gxdsl259", p[0], p[1]).orElseThrow();
            assertEquals(Relation.EQUAL, m.relation(), p[0]);
            assertTrue(m.justification().why().zh().contains("本项目的解读") && m.justification().why().en().contains("derived"), p[0]);
        }
        // 259 also asks the emergency handling arranged within 15 minutes; 90 % within 30 minutes is looser than 95 % within 5
        assertEquals(Relation.SUBSET_OF, row("gxdsl244", "gxdsl259", "B2.3", "8.7").orElseThrow().relation());
        assertEquals(Relation.SUBSET_OF, row("gxdsl244", "gxdsl259", "B1.3", "8.4").orElseThrow().relation());
        // 001 does not define 服务响应及时率: the phone share only intersects it
        assertEquals(Relation.INTERSECTS_WITH, row("gxdsl244", "gxdsl259", "B2.1", "9.3").orElseThrow().relation());
        // 9.17 (improvement based on monitoring and analysis) and 11.13 (internal audit and management review)
        String[][] added = {{"gbt27922", "5.1.5.2", "9.17"}, {"gbt27922", "5.1.6.1", "9.17"}, {"gbt27922", "5.1.5.1", "11.13"},
            {"hxjt", "7.3", "9.17"}, {"hxjt", "6.3.4", "9.17"}, {"hxjt", "7.1", "11.13"}, {"gxdsl244", "D2.3", "9.17"}};
        for (String[] a : added) {
            assertEquals(Relation.INTERSECTS_WITH, row(a[0], "gxdsl259", a[1], a[2]).orElseThrow().relation(), String.join(" ", a));
        }
        // and 10.4, retired, is named by no row
        for (String id : List.of("gbt27922", "hxjt", "gxdsl244")) {
            assertFalse(table(id, "gxdsl259").mappings().stream().anyMatch(m -> m.to().equals("10.4")), id);
        }
    }

    @Test
    void wordOnlyMatchesStayOut() {
        // 承诺 as customer commitments vs the management policy; drafting standards vs measurable quality standards;
        // recycling discarded products vs waste produced during service; an emergency service plan vs urgent spares orders
        String[][] gone = {{"gbt27922", "5.1.7.2", "gxdsl259", "6.3"}, {"hxjt", "6.1.1", "gxdsl259", "6.3"},
            {"gbt27922", "5.1.6.4", "gxdsl259", "9.1"}, {"gbt27922", "5.2.6.2", "gxdsl259", "8.18"}, {"hxjt", "5.6.3", "gxdsl244", "A5.2"}};
        for (String[] g : gone) {
            assertFalse(table(g[0], g[2]).mappings().stream().anyMatch(m -> m.from().equals(g[1]) && m.to().equals(g[3])), String.join(" ", g));
        }
    }

    @Test
    void eachFileSaysWhenItsPairWasReviewedAndKeepsChinesePunctuationInChineseText() throws Exception {
        for (List<String> pair : Crosswalks.SHIPPED) {
            String res = "/io/aftercert/crosswalk/" + Crosswalks.resourceName(pair.get(0), pair.get(1));
            JsonNode root;
            try (InputStream in = getClass().getResourceAsStream(res)) {
                root = Json.readTree(in.readAllBytes());
            }
            assertTrue(root.path("reviewed").path("on").asText().matches("\\d{4}-\\d{2}-\\d{2}"), res);
            assertTrue(root.path("note").path("zh").asText().contains("半角逗号"), res + " says the half-width commas were normalised");
            for (JsonNode m : root.path("mappings")) {
                for (String zh : List.of(m.path("reason").path("zh").asText(), m.path("justification").path("a").asText(),
                        m.path("justification").path("b").asText(), m.path("justification").path("why").path("zh").asText())) {
                    assertFalse(io.aftercert.testkit.ChinesePunctuation.HALF_WIDTH.matcher(zh).find(), res + ": " + zh);
                }
            }
        }
    }
}
