package io.aftercert.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.Guidance;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The rubric tree as {@code rubric ID --json} prints it (DESIGN §6): every node has {@code code},
 * {@code title}, {@code points} (its maximum) and {@code children}; every leaf its {@code kind};
 * derived values carry {@code derived: true}.
 */
public final class RubricTreeJson {
    private RubricTreeJson() {
    }

    public static ObjectNode tree(Rubric r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("id", r.id());
        root.put("version", r.version());
        root.set("title", text(r.title()));
        if (r.issuer() != null) root.set("issuer", text(r.issuer()));
        root.put("mode", r.mode().json());
        root.set("points", num(r.total()));
        root.put("leafCount", r.leaves().size());
        root.put("derivedValues", r.hasDerivedValues());
        if (r.allocationRule() != null) root.set("allocationRule", text(r.allocationRule()));
        if (r.tailoring() != null) {
            ObjectNode t = root.putObject("tailoring");
            t.put("name", r.tailoring().name());
            t.put("sha256", r.tailoring().sha256());
        }
        ArrayNode sources = root.putArray("sources");
        for (Source s : r.sources()) {
            ObjectNode o = sources.addObject();
            o.put("id", s.id());
            o.set("title", text(s.title()));
            if (s.ref() != null) o.put("ref", s.ref());
        }
        if (r.gradeScale() != null) {
            ObjectNode gs = root.putObject("gradeScale");
            gs.put("derived", r.gradeScale().derived());
            gs.put("qualifyingMonths", r.gradeScale().qualifyingMonths());
            ArrayNode grades = gs.putArray("grades");
            for (Grade g : r.gradeScale().grades()) {
                ObjectNode o = grades.addObject();
                o.put("id", g.id());
                o.set("label", text(g.label()));
                o.set("min", num(g.minScore()));
                o.put("star", g.star());
            }
        }
        if (r.specialRules() != null) {
            ObjectNode sp = root.putObject("special");
            if (r.specialRules().hasDeductions()) sp.set("deductionPoints", num(r.specialRules().deductionPoints()));
            sp.put("maxDeductions", r.specialRules().maxDeductions());
            ArrayNode cats = sp.putArray("deductionCategories");
            r.specialRules().deductionCategories().forEach(cats::add);
            sp.set("bonusPoints", num(r.specialRules().bonusPoints()));
            sp.put("maxBonuses", r.specialRules().maxBonuses());
        }
        if (!r.bands().isEmpty()) {
            ArrayNode bands = root.putArray("bands");
            for (Band b : r.bands()) {
                ObjectNode o = bands.addObject();
                o.put("band", b.number());
                o.put("range", b.range());
                o.set("midpoint", num(b.midpoint()));
                ArrayNode d = o.putArray("descriptors");
                b.descriptors().forEach(d::add);
            }
        }
        ArrayNode children = root.putArray("children");
        for (Indicator i : r.indicators()) children.add(node(i));
        return root;
    }

    private static ObjectNode node(Indicator i) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("code", i.code());
        o.set("title", text(i.title()));
        o.set("points", num(i.points()));
        if (i.weight() != null) o.set("weight", num(i.weight()));
        if (i.recommendedWeight() != null) {
            ObjectNode w = o.putObject("recommendedWeight");
            w.set("min", num(i.recommendedWeight().min()));
            w.set("max", num(i.recommendedWeight().max()));
        }
        if (i.isLeaf()) o.put("kind", i.kind().json());
        if (i.requirement() != null) o.put("requirement", i.requirement());
        if (i.metric() != null) {
            ObjectNode m = o.putObject("metric");
            m.put("unit", i.metric().unit());
            m.put("direction", i.metric().direction().json());
            m.set("target", num(i.metric().target()));
            m.put("curve", i.metric().curve().json());
            if (i.metric().floor() != null) m.set("floor", num(i.metric().floor()));
            if (i.metric().recordsKpi() != null) m.put("recordsKpi", i.metric().recordsKpi());
        }
        if (!i.checklist().isEmpty()) {
            ArrayNode c = o.putArray("checklist");
            i.checklist().forEach(c::add);
        }
        if (i.provenance() != null) {
            ObjectNode p = o.putObject("provenance");
            p.put("source", i.provenance().source());
            if (i.provenance().clause() != null) p.put("clause", i.provenance().clause());
            if (i.provenance().note() != null) p.put("note", i.provenance().note());
        }
        o.put("derived", i.derived());
        if (!i.guidance().isEmpty()) {
            ArrayNode g = o.putArray("guidance");
            for (Guidance x : i.guidance()) {
                ObjectNode go = g.addObject();
                go.put("source", x.source());
                go.put("clause", x.clause());
                go.put("text", x.text());
            }
        }
        ArrayNode children = o.putArray("children");
        for (Indicator c : i.children()) children.add(node(c));
        return o;
    }

    static ObjectNode text(Text t) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("zh", t.zh());
        o.put("en", t.en());
        return o;
    }

    static com.fasterxml.jackson.databind.JsonNode num(Ratio r) {
        return r.isTerminating() ? JsonNodeFactory.instance.numberNode(r.toBigDecimalExact())
                : JsonNodeFactory.instance.textNode(r.toString());
    }

    public static byte[] write(Rubric r) {
        try {
            return Json.mapper().writeValueAsBytes(tree(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
