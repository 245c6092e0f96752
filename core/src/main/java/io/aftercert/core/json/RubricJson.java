package io.aftercert.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.internal.input.Suggestions;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.internal.json.JsonProblems;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.CreditCurve;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Guidance;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.MetricSpec;
import io.aftercert.core.model.Provenance;
import io.aftercert.core.model.ResultKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.model.Source;
import io.aftercert.core.model.SpecialRules;
import io.aftercert.core.model.WeightRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rubric data format (documented in {@code docs/rubric-format.md}; JSON Schema at
 * {@value #SCHEMA_RESOURCE}) into an immutable, validated {@link Rubric}.
 *
 * @since 1.0
 */
public final class RubricJson {
    /** Classpath resource of the JSON Schema for rubric data. */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/core/schema/rubric.schema.json";

    private RubricJson() {
    }

    /**
     * Loads a rubric resource next to {@code anchor} (what a {@code RubricProvider} does), named as
     * for {@link Class#getResourceAsStream(String)}: relative to the anchor's package unless it
     * starts with {@code /}. In a named module the resource is read from the anchor's own module
     * (see {@link ModuleResources}), so the module need not {@code opens} its package.
     *
     * @param anchor   a class of the provider's module and package
     * @param resource the resource name
     * @return the rubric, validated
     * @throws InvalidInputException        when the resource is missing or not valid rubric data
     * @throws io.aftercert.core.AfterCertIOException when it cannot be read
     */
    public static Rubric fromResource(Class<?> anchor, String resource) {
        try {
            byte[] bytes = ModuleResources.read(anchor, resource);
            if (bytes == null) {
                throw new InvalidInputException(new Problem(resource, null, null,
                        "rubric resource not found next to " + anchor.getName()));
            }
            return read(bytes, resource);
        } catch (IOException e) {
            throw new io.aftercert.core.AfterCertIOException(io.aftercert.core.Text.of("无法读取评分标准资源 " + resource,
                    "cannot read rubric resource " + resource), e);
        }
    }

    /**
     * Parses and validates rubric JSON: the tree is walked by hand (no databind, so no reflection at
     * start-up), every unknown field, wrong type or missing value reported with its JSON path.
     *
     * @param json   the rubric data
     * @param source the resource or file name used in problems
     * @return the rubric, validated
     * @throws InvalidInputException naming {@code source} and the JSON path or indicator code
     */
    public static Rubric read(byte[] json, String source) {
        JsonNode root;
        try {
            root = Json.readTree(json);
        } catch (JacksonException e) {
            throw JsonProblems.invalid("invalid rubric data", source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Walk w = new Walk(source);
        Rubric r = null;
        try {
            r = w.rubric(root);
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            if (w.problems.isEmpty()) w.problems.add(new Problem(source, null, null, e.getMessage()));
        }
        if (!w.problems.isEmpty()) throw new InvalidInputException("invalid rubric data", w.problems);
        return r;
    }

    /** The hand-written tree walk; problems collect, construction errors of the model surface as-is. */
    private static final class Walk {
        final String source;
        final List<Problem> problems = new ArrayList<>();

        Walk(String source) {
            this.source = source;
        }

        private void problem(String path, String message) {
            problems.add(new Problem(source, path, null, message));
        }

        private JsonNode object(JsonNode n, String path, List<String> fields) {
            if (n == null || n.isNull()) return null;
            if (!n.isObject()) {
                problem(path, "must be an object");
                return null;
            }
            n.fieldNames().forEachRemaining(f -> {
                if (!fields.contains(f)) problem(JsonPath.field(path, f), "unknown field '" + f + "'" + Suggestions.didYouMean(f, fields));
            });
            return n;
        }

        private String string(JsonNode o, String f, String path) {
            JsonNode n = o.get(f);
            if (n == null || n.isNull()) return null;
            if (!n.isTextual()) {
                problem(JsonPath.field(path, f), f + " must be a string");
                return null;
            }
            return n.textValue();
        }

        private boolean bool(JsonNode o, String f, String path) {
            JsonNode n = o.get(f);
            if (n == null || n.isNull()) return false;
            if (!n.isBoolean()) problem(JsonPath.field(path, f), f + " must be true or false");
            return n.asBoolean();
        }

        private int integer(JsonNode o, String f, String path) {
            JsonNode n = o.get(f);
            if (n == null || n.isNull()) return 0;
            if (!n.canConvertToInt() || !n.isIntegralNumber()) {
                problem(JsonPath.field(path, f), f + " must be a whole number");
                return 0;
            }
            return n.intValue();
        }

        private Ratio ratio(JsonNode o, String f, String path) {
            JsonNode n = o.get(f);
            if (n == null || n.isNull()) return null;
            String p = JsonPath.field(path, f);
            if (n.isNumber()) {
                try {
                    return io.aftercert.core.internal.input.NumberBounds.ratio(n.decimalValue());
                } catch (NumberFormatException e) {
                    problem(p, e.getMessage());
                    return null;
                }
            }
            if (n.isTextual()) {
                try {
                    return io.aftercert.core.internal.input.NumberBounds.parse(n.textValue());
                } catch (NumberFormatException e) {
                    problem(p, e.getMessage());
                    return null;
                }
            }
            problem(p, f + " must be a number or a \"p/q\" string");
            return null;
        }

        private Text text(JsonNode o, String f, String path) {
            String p = JsonPath.field(path, f);
            JsonNode n = object(o.get(f), p, List.of("zh", "en"));
            if (n == null) return null;
            String zh = string(n, "zh", p);
            if (zh == null || zh.isBlank()) {
                problem(p, "needs Chinese text (zh)");
                return null;
            }
            return new Text(zh, string(n, "en", p));
        }

        private List<String> strings(JsonNode o, String f, String path) {
            JsonNode n = o.get(f);
            if (n == null || n.isNull()) return List.of();
            String p = JsonPath.field(path, f);
            if (!n.isArray()) {
                problem(p, f + " must be an array of strings");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isTextual()) problem(JsonPath.index(p, i), "must be a string");
                else out.add(n.get(i).textValue());
            }
            return out;
        }

        private List<JsonNode> array(JsonNode o, String f, String path) {
            JsonNode n = o.get(f);
            if (n == null || n.isNull()) return List.of();
            if (!n.isArray()) {
                problem(JsonPath.field(path, f), f + " must be an array");
                return List.of();
            }
            List<JsonNode> out = new ArrayList<>();
            n.forEach(out::add);
            return out;
        }

        private Provenance provenance(JsonNode o, String f, String path) {
            String p = JsonPath.field(path, f);
            JsonNode n = object(o.get(f), p, List.of("source", "clause", "derived", "note", "quote"));
            if (n == null) return null;
            return new Provenance(string(n, "source", p), string(n, "clause", p), bool(n, "derived", p), string(n, "note", p),
                    string(n, "quote", p));
        }

        Rubric rubric(JsonNode root) {
            String path = JsonPath.ROOT;
            JsonNode r = object(root, path, List.of("$schema", "id", "version", "title", "issuer", "sources", "scoring", "indicators"));
            if (r == null) return null;
            String id = string(r, "id", path);
            List<Source> sources = sources(r, path);
            String sp = "$.scoring";
            JsonNode sc = object(r.get("scoring"), sp, List.of("mode", "result", "total", "gradeScale", "special", "bands", "allocationRule"));
            if (sc == null) {
                problem(sp, "rubric " + id + " needs a 'scoring' section");
                return null;
            }
            String modeText = string(sc, "mode", sp);
            ScoringMode mode;
            try {
                mode = ScoringMode.fromJson(modeText);
            } catch (IllegalArgumentException e) {
                problem(JsonPath.field(sp, "mode"), e.getMessage());
                return null;
            }
            List<Band> bands = bands(sc, sp);
            GradeScale scale = gradeScale(sc.get("gradeScale"), "$.scoring.gradeScale");
            SpecialRules special = special(sc.get("special"), "$.scoring.special");
            List<Indicator> top = new ArrayList<>();
            List<JsonNode> inds = array(r, "indicators", path);
            for (int i = 0; i < inds.size(); i++) {
                Indicator ind = indicator(inds.get(i), JsonPath.index("$.indicators", i), mode);
                if (ind != null) top.add(ind);
            }
            Ratio total = ratio(sc, "total", sp);
            Text allocation = text(sc, "allocationRule", sp);
            ResultKind result = resultKind(sc, sp, id, scale);
            Text title = text(r, "title", path);
            Text issuer = text(r, "issuer", path);
            String version = string(r, "version", path);
            if (!problems.isEmpty()) return null;
            return Rubric.builder().id(id).version(version).title(title).issuer(issuer).sources(sources).mode(mode).total(total)
                    .gradeScale(scale).specialRules(special).bands(bands).indicators(top).allocationRule(allocation)
                    .result(result).build();
        }

        private List<Source> sources(JsonNode r, String path) {
            List<Source> sources = new ArrayList<>();
            List<JsonNode> srcs = array(r, "sources", path);
            for (int i = 0; i < srcs.size(); i++) {
                String p = JsonPath.index("$.sources", i);
                JsonNode s = object(srcs.get(i), p, List.of("id", "title", "ref"));
                if (s != null) sources.add(new Source(string(s, "id", p), text(s, "title", p), string(s, "ref", p)));
            }
            return sources;
        }

        private List<Band> bands(JsonNode sc, String sp) {
            List<Band> bands = new ArrayList<>();
            List<JsonNode> bs = array(sc, "bands", sp);
            for (int i = 0; i < bs.size(); i++) {
                String p = JsonPath.index("$.scoring.bands", i);
                JsonNode b = object(bs.get(i), p, List.of("number", "from", "to", "descriptors"));
                if (b != null) bands.add(new Band(integer(b, "number", p), ratio(b, "from", p), ratio(b, "to", p), strings(b, "descriptors", p)));
            }
            return bands;
        }

        /** The declared result kind, or null: a rubric with a grade scale is graded and declares none. */
        private ResultKind resultKind(JsonNode sc, String sp, String id, GradeScale scale) {
            String resultText = string(sc, "result", sp);
            if (resultText == null) return null;
            ResultKind result = null;
            try {
                result = ResultKind.fromJson(resultText);
            } catch (IllegalArgumentException e) {
                problem(JsonPath.field(sp, "result"), e.getMessage());
            }
            if (result != null && scale != null) {
                problem(JsonPath.field(sp, "result"), "rubric " + id + " has a grade scale, so its result is graded: drop 'result'");
            }
            return result;
        }

        private GradeScale gradeScale(JsonNode n, String p) {
            JsonNode g = object(n, p, List.of("grades", "none", "derived", "qualifyingMonths", "starCaveat", "provenance"));
            if (g == null) return null;
            List<Grade> grades = new ArrayList<>();
            List<JsonNode> gs = array(g, "grades", p);
            for (int i = 0; i < gs.size(); i++) {
                String gp = JsonPath.index(p + ".grades", i);
                JsonNode x = object(gs.get(i), gp, List.of("id", "label", "min", "star"));
                if (x != null) grades.add(new Grade(string(x, "id", gp), text(x, "label", gp), ratio(x, "min", gp), bool(x, "star", gp)));
            }
            if (!problems.isEmpty()) return null;
            return new GradeScale(grades, text(g, "none", p), bool(g, "derived", p), integer(g, "qualifyingMonths", p),
                    text(g, "starCaveat", p), provenance(g, "provenance", p));
        }

        private SpecialRules special(JsonNode n, String p) {
            JsonNode s = object(n, p, List.of("deductionPoints", "maxDeductions", "deductionCategories", "deductionRule",
                    "bonusPoints", "maxBonuses", "bonusRule"));
            if (s == null) return null;
            return new SpecialRules(ratio(s, "deductionPoints", p), integer(s, "maxDeductions", p), strings(s, "deductionCategories", p),
                    text(s, "deductionRule", p), ratio(s, "bonusPoints", p), integer(s, "maxBonuses", p), text(s, "bonusRule", p));
        }

        private Indicator indicator(JsonNode n, String p, ScoringMode mode) {
            JsonNode o = object(n, p, List.of("code", "title", "requirement", "kind", "points", "weight", "recommendedWeight",
                    "metric", "checklist", "provenance", "guidance", "children"));
            if (o == null) return null;
            String code = string(o, "code", p);
            List<Indicator> kids = new ArrayList<>();
            List<JsonNode> cs = array(o, "children", p);
            for (int i = 0; i < cs.size(); i++) {
                Indicator k = indicator(cs.get(i), JsonPath.index(p + ".children", i), mode);
                if (k != null) kids.add(k);
            }
            Ratio points = ratio(o, "points", p);
            if (points == null && mode == ScoringMode.WEIGHTED) points = Ratio.ZERO; // follows from the weights
            if (points == null) problem(JsonPath.field(p, "points"), "indicator " + code + " needs points");
            IndicatorKind kind = null;
            String k = string(o, "kind", p);
            if (k != null) {
                try {
                    kind = IndicatorKind.fromJson(k);
                } catch (IllegalArgumentException e) {
                    problem(JsonPath.field(p, "kind"), "indicator " + code + ": " + e.getMessage());
                }
            }
            WeightRange range = null;
            String rp = JsonPath.field(p, "recommendedWeight");
            JsonNode rw = object(o.get("recommendedWeight"), rp, List.of("min", "max"));
            if (rw != null) range = new WeightRange(ratio(rw, "min", rp), ratio(rw, "max", rp));
            MetricSpec metric = null;
            String mp = JsonPath.field(p, "metric");
            JsonNode m = object(o.get("metric"), mp, List.of("unit", "direction", "target", "curve", "floor", "recordsKpi",
                    "valueCreditCap", "derived", "note", "range"));
            if (m != null) {
                try {
                    String rgp = JsonPath.field(mp, "range");
                    JsonNode rg = object(m.get("range"), rgp, List.of("min", "max"));
                    io.aftercert.core.model.UnitRange possible = rg == null ? null
                            : new io.aftercert.core.model.UnitRange(ratio(rg, "min", rgp), ratio(rg, "max", rgp));
                    metric = new MetricSpec(string(m, "unit", mp), Direction.fromJson(string(m, "direction", mp)), ratio(m, "target", mp),
                            CreditCurve.fromJson(string(m, "curve", mp)), ratio(m, "floor", mp), string(m, "recordsKpi", mp),
                            ratio(m, "valueCreditCap", mp), bool(m, "derived", mp), string(m, "note", mp), possible);
                } catch (IllegalArgumentException | NullPointerException e) {
                    problem(mp, "metric " + code + ": " + e.getMessage());
                }
            }
            List<Guidance> guidance = new ArrayList<>();
            List<JsonNode> gs = array(o, "guidance", p);
            for (int i = 0; i < gs.size(); i++) {
                String gp = JsonPath.index(p + ".guidance", i);
                JsonNode g = object(gs.get(i), gp, List.of("source", "clause", "text"));
                if (g != null) guidance.add(new Guidance(string(g, "source", gp), string(g, "clause", gp), string(g, "text", gp)));
            }
            Text title = text(o, "title", p);
            if (!problems.isEmpty()) return null;
            return new Indicator(code, title, string(o, "requirement", p), kind, points, ratio(o, "weight", p), range, metric,
                    strings(o, "checklist", p), provenance(o, "provenance", p), guidance, kids);
        }
    }
}
