package io.aftercert.core.json;

import io.aftercert.core.internal.json.JsonNumbers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.Text;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Guidance;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.Source;
import io.aftercert.core.model.SpecialRules;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The rubric tree as {@code rubric ID --json} prints it (architecture §6): every node has {@code code},
 * {@code title}, {@code points} (its maximum) and {@code children}; every leaf its {@code kind};
 * derived values carry {@code derived: true} (a metric's curve, floor and cap: {@code metric.derived}).
 * Numbers follow {@link JsonNumbers}. Schema: {@value #SCHEMA_RESOURCE}.
 *
 * @since 1.0
 */
public final class RubricTreeJson {
    /** Version of this document's shape. */
    public static final int SCHEMA_VERSION = 1;
    /** Classpath resource of its JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/core/schema/rubric-tree.schema.json";
    private RubricTreeJson() {
    }

    /**
     * The rubric tree as a JSON tree ({@code rubric ID --json}): every node's code, title, points
     * and children, every leaf's kind.
     *
     * @param r the rubric
     * @return a new tree
     */
    public static ObjectNode tree(Rubric r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("id", r.id());
        root.put("version", r.version());
        root.set("title", text(r.title()));
        if (r.issuer() != null) root.set("issuer", text(r.issuer()));
        root.put("mode", r.mode().json());
        JsonNumbers.put(root, "points", r.total());
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
        if (r.gradeScale() != null) putGradeScale(root, r.gradeScale());
        if (r.specialRules() != null) putSpecial(root, r.specialRules());
        if (!r.bands().isEmpty()) root.set("bands", TemplateJson.bands(r)); // the template writes the same bands
        ArrayNode children = root.putArray("children");
        for (Indicator i : r.indicators()) children.add(node(i));
        return root;
    }

    /** The grade scale: how grades are derived and the minimum final score of each. */
    private static void putGradeScale(ObjectNode root, GradeScale scale) {
        ObjectNode gs = root.putObject("gradeScale");
        gs.put("derived", scale.derived());
        gs.put("qualifyingMonths", scale.qualifyingMonths());
        ArrayNode grades = gs.putArray("grades");
        for (Grade g : scale.grades()) {
            ObjectNode o = grades.addObject();
            o.put("id", g.id());
            o.set("label", text(g.label()));
            JsonNumbers.put(o, "min", g.minScore());
            o.put("star", g.star());
        }
    }

    /** The special rules: deduction and bonus points and how many count. */
    private static void putSpecial(ObjectNode root, SpecialRules rules) {
        ObjectNode sp = root.putObject("special");
        if (rules.hasDeductions()) JsonNumbers.put(sp, "deductionPoints", rules.deductionPoints());
        sp.put("maxDeductions", rules.maxDeductions());
        ArrayNode cats = sp.putArray("deductionCategories");
        rules.deductionCategories().forEach(cats::add);
        JsonNumbers.put(sp, "bonusPoints", rules.bonusPoints());
        sp.put("maxBonuses", rules.maxBonuses());
    }

    private static ObjectNode node(Indicator i) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("code", i.code());
        o.set("title", text(i.title()));
        JsonNumbers.put(o, "points", i.points());
        if (i.weight() != null) JsonNumbers.put(o, "weight", i.weight());
        if (i.recommendedWeight() != null) {
            ObjectNode w = o.putObject("recommendedWeight");
            JsonNumbers.put(w, "min", i.recommendedWeight().min());
            JsonNumbers.put(w, "max", i.recommendedWeight().max());
        }
        if (i.isLeaf()) o.put("kind", i.kind().json());
        if (i.requirement() != null) o.put("requirement", i.requirement());
        if (i.metric() != null) {
            ObjectNode m = o.putObject("metric");
            m.put("unit", i.metric().unit());
            m.put("direction", i.metric().direction().json());
            JsonNumbers.put(m, "target", i.metric().target());
            m.put("curve", i.metric().curve().json());
            if (i.metric().floor() != null) JsonNumbers.put(m, "floor", i.metric().floor());
            if (i.metric().recordsKpi() != null) m.put("recordsKpi", i.metric().recordsKpi());
            if (i.metric().valueCreditCap() != null) JsonNumbers.put(m, "valueCreditCap", i.metric().valueCreditCap());
            m.put("derived", i.metric().derived());
            if (i.metric().note() != null) m.put("note", i.metric().note());
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
            if (i.provenance().quote() != null) p.put("quote", i.provenance().quote());
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

    /**
     * {@link #tree} as bytes.
     *
     * @param r the rubric
     * @return the document as UTF-8 JSON
     */
    public static byte[] write(Rubric r) {
        try {
            return Json.mapper().writeValueAsBytes(tree(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
