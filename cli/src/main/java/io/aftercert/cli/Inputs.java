package io.aftercert.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.spi.RubricRegistry;
import io.aftercert.core.tailoring.Tailoring;
import io.aftercert.workbook.WorkbookEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.aftercert.core.JsonPath;
import io.aftercert.core.Ratio;
import io.aftercert.core.Suggestions;
import io.aftercert.core.spi.ReportRenderer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an evidence file (and scores it) or a result file, whichever {@code path} is. */
final class Inputs {
    /** The rubric that scored it (tailored when asked), the result, and the file's bytes. */
    record Scored(Rubric rubric, AssessmentResult result, byte[] bytes) {
    }

    /** The tailoring file, read once, or null. */
    static Tailoring tailoring(Path file) throws IOException {
        return file == null ? null : Tailoring.read(Files.readAllBytes(file), file.toString());
    }

    private Inputs() {
    }

    /**
     * An effort file: a JSON object from indicator code (or {@code deduction-N}, the N-th special
     * deduction of the evidence) to an effort number, or to an object with any of {@code effort}
     * (> 0), {@code owner} and {@code due} (YYYY-MM-DD). Every problem is reported with its JSON path.
     */
    static ReportRenderer.PlanInput plan(Path file, Set<String> codes) throws IOException {
        JsonNode root;
        try {
            root = Json.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) throw e;
            throw new InvalidInputException(new Problem(file.toString(), null, null, "not valid JSON: " + e.getMessage()));
        }
        if (!root.isObject()) throw new InvalidInputException(new Problem(file.toString(), "$", null, "an effort file is a JSON object: code → effort"));
        List<Problem> ps = new ArrayList<>();
        Map<String, Ratio> effort = new LinkedHashMap<>();
        Map<String, ReportRenderer.Assignment> who = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            String code = e.getKey();
            String path = JsonPath.field("$", code);
            if (!codes.contains(code) && !code.matches("deduction-[1-9][0-9]*")) {
                ps.add(new Problem(file.toString(), path, code, "no indicator '" + code + "'" + Suggestions.didYouMean(code, codes)));
                return;
            }
            JsonNode v = e.getValue();
            JsonNode eff = v.isObject() ? v.get("effort") : v;
            if (v.isObject()) {
                v.fieldNames().forEachRemaining(f -> {
                    if (!List.of("effort", "owner", "due").contains(f)) {
                        ps.add(new Problem(file.toString(), JsonPath.field(path, f), code, "unknown field '" + f + "'; allowed: effort, owner, due"));
                    }
                });
                JsonNode owner = v.get("owner");
                JsonNode due = v.get("due");
                LocalDate date = null;
                if (owner != null && (!owner.isTextual() || owner.asText().isBlank())) {
                    ps.add(new Problem(file.toString(), JsonPath.field(path, "owner"), code, "owner must be a non-blank string"));
                }
                if (due != null) {
                    try {
                        date = LocalDate.parse(due.asText());
                    } catch (DateTimeParseException ex) {
                        ps.add(new Problem(file.toString(), JsonPath.field(path, "due"), code, "due must be a date YYYY-MM-DD, not '" + due.asText() + "'"));
                    }
                }
                if (owner != null || date != null) who.put(code, new ReportRenderer.Assignment(owner == null ? null : owner.asText(), date));
            }
            if (eff == null) return;
            if (code.startsWith("deduction-")) {
                ps.add(new Problem(file.toString(), path, code, "a special deduction takes an owner and a due date, not an effort"));
            } else if (!eff.isNumber() || eff.decimalValue().signum() <= 0) {
                ps.add(new Problem(file.toString(), v.isObject() ? JsonPath.field(path, "effort") : path, code, "effort must be a number > 0"));
            } else {
                effort.put(code, Ratio.of(eff.decimalValue()));
            }
        });
        if (!ps.isEmpty()) throw new InvalidInputException("invalid effort file " + file, ps);
        return new ReportRenderer.PlanInput(effort, who);
    }

    static Scored load(Path path, Tailoring t) throws IOException {
        if (WorkbookEvidence.isWorkbook(path)) return evidence(path, t);
        byte[] bytes = Files.readAllBytes(path);
        RubricRegistry registry = RubricRegistry.getDefault();
        JsonNode root;
        try {
            root = Json.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(path.toString(), null, null, "not valid JSON: " + e.getMessage()));
        }
        if (root.has("schemaVersion") && root.has("finalScore")) {
            AssessmentResult r = ResultJson.read(bytes, path.toString());
            Rubric rubric = registry.require(r.rubric().id());
            return new Scored(t == null ? rubric : t.applyTo(rubric), r, bytes);
        }
        return evidence(path, bytes, t);
    }

    /** An evidence file (never a result file), scored. */
    static Scored evidence(Path path, Tailoring t) throws IOException {
        if (WorkbookEvidence.isWorkbook(path)) {
            RubricRegistry registry = RubricRegistry.getDefault();
            Assessment a = WorkbookEvidence.read(path, registry::find); // checks size and structure before reading
            Rubric rubric = registry.require(a.rubricId());
            if (t != null) rubric = t.applyTo(rubric);
            return new Scored(rubric, ScoringEngine.score(rubric, a), Files.readAllBytes(path));
        }
        return evidence(path, Files.readAllBytes(path), t);
    }

    private static Scored evidence(Path path, byte[] bytes, Tailoring t) {
        RubricRegistry registry = RubricRegistry.getDefault();
        Assessment a = EvidenceJson.read(bytes, path.toString(), registry::find);
        Rubric rubric = registry.require(a.rubricId());
        if (t != null) rubric = t.applyTo(rubric);
        return new Scored(rubric, ScoringEngine.score(rubric, a), bytes);
    }
}
