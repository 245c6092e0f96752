package io.aftercert.crosswalk;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.Ratio;
import io.aftercert.core.SdkVersion;
import io.aftercert.core.Text;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.TemplateJson;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.GradeRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The crosswalk report ({@code schema/crosswalk-report.schema.json}) and the prefilled evidence
 * file. Numbers are JSON numbers; a value whose decimal does not terminate has its exact
 * {@code "p/q"} beside it in {@code <field>Exact}.
 */
public final class CrosswalkJson {
    /** Version of the report document. */
    public static final int SCHEMA_VERSION = 1;

    private CrosswalkJson() {
    }

    public static ObjectNode report(String sourceFile, List<CrosswalkResult> results) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("sdkVersion", SdkVersion.VERSION);
        ObjectNode src = root.putObject("source");
        if (!results.isEmpty()) {
            src.put("rubric", results.get(0).sourceRubric());
            src.put("organization", results.get(0).prefill().organization().name());
        }
        if (sourceFile != null) src.put("file", sourceFile);
        ArrayNode targets = root.putArray("targets");
        for (CrosswalkResult r : results) {
            ObjectNode t = targets.addObject();
            t.put("rubric", r.target().id());
            t.put("version", r.target().version());
            t.set("title", text(r.target().title()));
            ObjectNode cw = t.putObject("crosswalk");
            cw.set("name", text(r.table().name()));
            cw.put("derived", r.table().derived());
            t.put("items", r.items().size());
            number(t, "points", r.target().total());
            ObjectNode cov = t.putObject("coverage");
            for (Map.Entry<CrosswalkResult.State, Ratio[]> e : r.coverage().entrySet()) {
                ObjectNode c = cov.putObject(e.getKey().json());
                c.put("items", e.getValue()[0].numerator().intValueExact());
                number(c, "points", e.getValue()[1]);
            }
            ObjectNode rel = t.putObject("byRelation");
            for (Map.Entry<Relation, Ratio[]> e : r.byRelation().entrySet()) {
                ObjectNode c = rel.putObject(e.getKey().json());
                c.put("items", e.getValue()[0].numerator().intValueExact());
                number(c, "points", e.getValue()[1]);
            }
            ObjectNode range = t.putObject("range");
            number(range, "lowest", r.lowest().finalScore());
            number(range, "highest", r.highest().finalScore());
            number(range, "estimate", r.estimate().finalScore());
            range.set("gradeLowest", grade(r.lowest()));
            range.set("gradeEstimate", grade(r.estimate()));
            range.set("gradeHighest", grade(r.highest()));
            ArrayNode carried = t.putArray("carried");
            ArrayNode todo = t.putArray("toAssess");
            for (CrosswalkResult.Item i : r.items()) {
                if (i.state() == CrosswalkResult.State.CARRIED) carried.add(item(i));
            }
            for (CrosswalkResult.Item i : r.toAssess()) todo.add(item(i));
        }
        return root;
    }

    public static byte[] reportBytes(String sourceFile, List<CrosswalkResult> results) {
        return bytes(report(sourceFile, results));
    }

    /**
     * The prefilled evidence file for the target: a complete evidence file, the one the user goes on
     * filling in. Every item of the target is there, in rubric order, as {@code template} writes it
     * (blank form, requirement and guidance); a carried item holds the carried evidence, marked by its
     * notes ("沿用自 …" / "carried over from …"); an item left to confirm keeps its blank form with
     * the source evidence quoted in its notes.
     */
    public static byte[] prefill(CrosswalkResult r) {
        try {
            ObjectNode filled = (ObjectNode) Json.readTree(EvidenceJson.write(r.prefill()));
            ObjectNode template = TemplateJson.template(r.target());
            ObjectNode ev = (ObjectNode) template.get("evidence");
            JsonNode carried = filled.get("evidence");
            for (var leaf : r.target().leaves()) {
                ObjectNode blank = (ObjectNode) ev.get(leaf.code());
                if (carried.has(leaf.code())) {
                    ObjectNode e = ((ObjectNode) carried.get(leaf.code())).deepCopy();
                    e.set("guidance", blank.get("guidance"));
                    ev.set(leaf.code(), e);
                } else if (r.confirmNotes().containsKey(leaf.code())) {
                    blank.put("notes", r.confirmNotes().get(leaf.code()));
                }
            }
            // the template's layout (rating guide, evidence of every item), the source's organisation, date and assessor
            for (String field : List.of("organization", "assessedOn", "assessor")) {
                if (filled.has(field)) template.set(field, filled.get(field));
            }
            return bytes(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode item(CrosswalkResult.Item i) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("code", i.code());
        o.set("title", text(i.title()));
        number(o, "points", i.points());
        o.put("state", i.state().json());
        if (i.relation() != null) o.put("relation", i.relation().json());
        ArrayNode s = o.putArray("sources");
        i.sources().forEach(s::add);
        if (i.note() != null) o.put("note", i.note());
        if (i.why() != null) o.set("why", text(i.why()));
        return o;
    }

    private static JsonNode grade(AssessmentResult r) {
        GradeRef g = r.grade();
        if (g == null) return JsonNodeFactory.instance.nullNode();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", g.id());
        o.set("label", text(g.label()));
        return o;
    }

    private static ObjectNode text(Text t) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("zh", t.zh());
        o.put("en", t.en());
        return o;
    }

    /** {@code name}: the value as a JSON number; {@code nameExact}: "p/q" when the decimal does not terminate. */
    static void number(ObjectNode o, String name, Ratio v) {
        io.aftercert.core.internal.json.JsonNumbers.put(o, name, v); // the one number convention of core
    }

    private static byte[] bytes(JsonNode n) {
        try {
            return SharedMapper.get().writerWithDefaultPrettyPrinter().writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
