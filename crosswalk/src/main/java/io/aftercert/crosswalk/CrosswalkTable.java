package io.aftercert.crosswalk;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.input.Suggestions;
import io.aftercert.core.Text;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Rubric;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The mappings from the items of one rubric ({@code from}) to those of another ({@code to}).
 * A file states its rows as "a RELATION b"; {@link #inverse()} reads them from b's side, so one
 * file serves both directions.
 *
 * @param name     what the table is, in both languages
 * @param derived  true when the relations are a judgement rather than published by a standard
 * @param from     source rubric id
 * @param to       target rubric id
 * @param mappings the rows, source code first
 */
public record CrosswalkTable(Text name, boolean derived, String from, String to, List<Mapping> mappings) {
    public CrosswalkTable {
        Objects.requireNonNull(name, "crosswalk name");
        if (from == null || to == null || from.equals(to)) {
            throw new IllegalArgumentException("a crosswalk maps two different rubrics, not " + from + " and " + to);
        }
        mappings = List.copyOf(mappings);
    }

    /** The same table read from the other rubric's side. */
    public CrosswalkTable inverse() {
        return new CrosswalkTable(name, derived, to, from, mappings.stream().map(Mapping::inverse).toList());
    }

    /** The rows whose target is {@code code}. */
    public List<Mapping> onto(String code) {
        return mappings.stream().filter(m -> m.to().equals(code)).toList();
    }

    /**
     * Every problem of this table against the two rubrics: unknown codes (with a suggestion),
     * codes of groups rather than items, a pair mapped twice.
     */
    public List<Problem> problems(Rubric source, Rubric target, String file) {
        List<Problem> out = new ArrayList<>();
        if (!source.id().equals(from) || !target.id().equals(to)) {
            out.add(Problem.of(file, "$", null, "此对照表是 " + from + " → " + to + "，不是 " + source.id() + " → " + target.id(),
                    "the table maps " + from + " → " + to + ", not " + source.id() + " → " + target.id()));
            return out;
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < mappings.size(); i++) {
            Mapping m = mappings.get(i);
            String path = JsonPath.index("$.mappings", i);
            check(source, m.from(), path, file, out);
            check(target, m.to(), path, file, out);
            if (!pairs.add(m.from() + "\u0000" + m.to())) {
                out.add(Problem.of(file, path, m.from(), m.from() + " → " + m.to() + " 对照了两次；每对条款只给一种关系",
                        m.from() + " → " + m.to() + " is mapped twice; give one relation per pair"));
            }
        }
        return out;
    }

    private static void check(Rubric r, String code, String path, String file, List<Problem> out) {
        var node = r.indicator(code);
        if (node.isEmpty()) {
            List<String> leaves = r.leaves().stream().map(i -> i.code()).toList();
            out.add(Problem.of(file, path, code, "评分标准 " + r.id() + " 中没有条款“" + code + "”"
                    + Suggestions.didYouMean(code, leaves, io.aftercert.core.Lang.ZH),
                    "rubric " + r.id() + " has no item '" + code + "'" + Suggestions.didYouMean(code, leaves)));
        } else if (!node.get().isLeaf()) {
            out.add(Problem.of(file, path, code, "“" + code + "”是评分标准 " + r.id() + " 的一组条款；请对照其下各条款",
                    "'" + code + "' is a group of rubric " + r.id() + "; map its items"));
        }
    }

    /**
     * Reads a crosswalk file ({@code schema/crosswalk.schema.json}).
     *
     * @throws InvalidInputException listing every problem with its JSON path
     */
    public static CrosswalkTable read(byte[] json, String file) {
        JsonNode root;
        try {
            root = Json.readTree(json);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw io.aftercert.core.internal.json.JsonProblems.invalid("invalid crosswalk file " + file, file, e);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(file, null, null, "cannot read: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        String a = text(root.path("a").path("rubric"), "$.a.rubric", file, problems);
        String b = text(root.path("b").path("rubric"), "$.b.rubric", file, problems);
        Text name = bilingual(root.path("name"), "$.name", file, problems);
        List<Mapping> rows = new ArrayList<>();
        JsonNode ms = root.path("mappings");
        if (!ms.isArray()) {
            problems.add(Problem.of(file, "$.mappings", null, "对照（mappings）应为 {a, relation, b, reason} 的列表",
                    "\"mappings\" must be a list of {a, relation, b, reason}"));
        } else {
            for (int i = 0; i < ms.size(); i++) {
                JsonNode m = ms.get(i);
                String p = JsonPath.index("$.mappings", i);
                String ca = text(m.path("a"), p + ".a", file, problems);
                String cb = text(m.path("b"), p + ".b", file, problems);
                String rel = text(m.path("relation"), p + ".relation", file, problems);
                Text reason = bilingual(m.path("reason"), p + ".reason", file, problems);
                Relation relation = null;
                if (rel != null) {
                    try {
                        relation = Relation.fromJson(rel);
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(file, p + ".relation", ca, e.getMessage()));
                    }
                }
                Justification why = m.has("justification") ? justification(m.path("justification"), p + ".justification", file, problems) : null;
                if (ca != null && cb != null && relation != null && reason != null) rows.add(new Mapping(ca, relation, cb, reason, why));
            }
        }
        if (a != null && a.equals(b)) {
            problems.add(Problem.of(file, "$.b.rubric", null, "对照表须对照两个不同的评分标准", "a crosswalk maps two different rubrics"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(io.aftercert.core.Text.of("对照表 " + file + " 有误", "invalid crosswalk " + file), problems);
        return new CrosswalkTable(name, root.path("derived").asBoolean(true), a, b, rows);
    }

    private static Justification justification(JsonNode n, String path, String file, List<Problem> out) {
        String a = text(n.path("a"), path + ".a", file, out);
        String b = text(n.path("b"), path + ".b", file, out);
        Text why = bilingual(n.path("why"), path + ".why", file, out);
        return a == null || b == null || why == null ? null : new Justification(a, b, why);
    }

    private static String text(JsonNode n, String path, String file, List<Problem> out) {
        if (n.isTextual() && !n.asText().isBlank()) return n.asText();
        out.add(Problem.of(file, path, null, "此处须有非空文本", "a non-blank text is required here"));
        return null;
    }

    private static Text bilingual(JsonNode n, String path, String file, List<Problem> out) {
        if (n.isTextual() && !n.asText().isBlank()) return Text.of(n.asText(), n.asText());
        String zh = n.path("zh").asText("");
        if (zh.isBlank()) {
            out.add(Problem.of(file, path + ".zh", null, "此处须有中文文本（zh）", "a Chinese text (zh) is required here"));
            return null;
        }
        return Text.of(zh, n.path("en").asText(""));
    }
}
