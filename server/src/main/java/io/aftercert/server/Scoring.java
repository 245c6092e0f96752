package io.aftercert.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.internal.json.JsonProblems;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.ValidatedAssessment;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.core.tailoring.Tailoring;
import io.aftercert.workbook.WorkbookEvidence;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence in a request, scored by the SDK (the same calls the CLI's {@code assess} makes): a JSON
 * evidence document, a JSON envelope {@code {"evidence": {…}, "tailoring": {…}}}, or an xlsx
 * workbook. Nothing here scores: it only reads, then hands over to {@link ScoringEngine}.
 */
final class Scoring {
    /** Largest JSON body (the SDK's own limit for a JSON document). */
    static final long MAX_JSON_BYTES = Json.MAX_DOCUMENT_BYTES;
    /** Largest workbook body (the CLI's input limit). */
    static final long MAX_WORKBOOK_BYTES = 64L << 20;

    /** A scored evidence document with everything stored beside its result. */
    record Scored(Rubric rubric, AssessmentResult result, String evidenceName, String evidenceType, byte[] evidence,
            Tailoring tailoring, String tailoringJson) {
    }

    private final Path tmp;

    Scoring(Path tmp) {
        this.tmp = tmp;
    }

    /** Reads the request's evidence (by Content-Type) and scores it. */
    Scored score(Context ctx) throws IOException {
        String type = Http.mediaType(ctx);
        String name = Names.check(ctx.queryParam("name"));
        if (type.equals(Http.MULTIPART)) return multipart(ctx, name);
        if (type.equals(Http.XLSX)) return workbook(Http.body(ctx, MAX_WORKBOOK_BYTES), name == null ? "evidence.xlsx" : name, null, null);
        if (!type.equals(Http.JSON)) {
            throw new ApiException(415, "unsupported-media-type", "send evidence as " + Http.JSON + ", " + Http.XLSX + " or "
                    + Http.MULTIPART + " (parts evidence and tailoring), not '" + type + "'");
        }
        byte[] body = Http.body(ctx, MAX_JSON_BYTES);
        return json(body, name == null ? "evidence.json" : name);
    }

    /**
     * A form with the evidence file (part {@code evidence}: JSON, or a workbook by its .xlsx name) and,
     * optionally, the tailoring file (part {@code tailoring}), as {@code assess EVIDENCE --tailoring FILE}
     * takes them: the tailoring's recorded SHA-256 is its file's, as the CLI records it.
     */
    private Scored multipart(Context ctx, String name) throws IOException {
        io.javalin.http.UploadedFile ev = ctx.uploadedFile("evidence");
        if (ev == null) throw new ApiException(400, "bad-input", "a multipart request needs a part 'evidence' (and may have 'tailoring')");
        String evName = name != null ? name : ev.filename() == null ? "evidence.json" : Names.check(ev.filename());
        boolean workbook = WorkbookEvidence.isWorkbook(Path.of(evName));
        byte[] evidence = Http.limited(ev.content(), workbook ? MAX_WORKBOOK_BYTES : MAX_JSON_BYTES);
        io.javalin.http.UploadedFile tf = ctx.uploadedFile("tailoring");
        Tailoring t = null;
        String tJson = null;
        if (tf != null) {
            String tName = tf.filename() == null ? "tailoring.json" : Names.check(tf.filename());
            byte[] tBytes = Http.limited(tf.content(), MAX_JSON_BYTES);
            t = Tailoring.read(tBytes, tName);
            tJson = new String(tBytes, StandardCharsets.UTF_8);
        }
        if (workbook) return workbook(evidence, evName, t, tJson);
        return scored(EvidenceJson.readValidated(evidence, evName, RubricRegistry.getDefault()::find), t, tJson, evName, "json", evidence);
    }

    private Scored json(byte[] body, String name) {
        // the envelope is told apart by its top-level names, read without a tree: plain evidence is parsed once, by the SDK
        java.util.Set<String> top = Http.topFieldNames(body);
        if (top == null || (top.contains("evidence") && !top.contains("rubric"))) {
            JsonNode root = tree(body, name);
            if (root.isObject() && root.has("evidence") && !root.has("rubric")) return envelope(root, name);
        }
        return scored(EvidenceJson.readValidated(body, name, RubricRegistry.getDefault()::find), null, null, name, "json", body);
    }

    private Scored envelope(JsonNode root, String name) {
        List<Problem> ps = new ArrayList<>();
        root.fieldNames().forEachRemaining(f -> {
            if (!List.of("evidence", "tailoring").contains(f)) ps.add(new Problem(name, "$." + f, null, "unknown field '" + f + "'; allowed: evidence, tailoring"));
        });
        if (!root.get("evidence").isObject()) ps.add(new Problem(name, "$.evidence", null, "evidence must be a JSON object"));
        JsonNode t = root.get("tailoring");
        if (t != null && !t.isObject() && !t.isNull()) ps.add(new Problem(name, "$.tailoring", null, "tailoring must be a JSON object"));
        if (!ps.isEmpty()) throw new InvalidInputException("invalid request " + name, ps);
        byte[] evidence = Http.bytes(root.get("evidence"));
        Tailoring tailoring = null;
        String tailoringJson = null;
        if (t != null && !t.isNull()) {
            tailoringJson = new String(Http.bytes(t), StandardCharsets.UTF_8);
            tailoring = Tailoring.read(tailoringJson.getBytes(StandardCharsets.UTF_8), name + " $.tailoring");
        }
        ValidatedAssessment v = EvidenceJson.readValidated(evidence, name + " $.evidence", RubricRegistry.getDefault()::find);
        return scored(v, tailoring, tailoringJson, name, "json", evidence);
    }

    private Scored workbook(byte[] body, String name, Tailoring t, String tailoringJson) throws IOException {
        if (!WorkbookEvidence.isWorkbook(Path.of(name))) name = name + ".xlsx";
        Path dir = Files.createTempDirectory(tmp, "wb");
        Path file = dir.resolve(name);
        try {
            Files.write(file, body);
            ValidatedAssessment v = WorkbookEvidence.readValidated(file, RubricRegistry.getDefault()::find);
            return scored(v, t, tailoringJson, name, "xlsx", body);
        } catch (InvalidInputException e) {
            throw Names.renamed(e, file, name);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static Scored scored(ValidatedAssessment v, Tailoring t, String tailoringJson, String name, String type, byte[] evidence) {
        if (t == null) return new Scored(v.rubric(), ScoringEngine.score(v), name, type, evidence, null, null);
        Rubric rubric = t.applyTo(v.rubric());
        return new Scored(rubric, ScoringEngine.score(rubric, v.assessment()), name, type, evidence, t, tailoringJson);
    }

    static JsonNode tree(byte[] body, String name) {
        try {
            return Json.readTree(body);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw JsonProblems.invalid("invalid JSON " + name, name, e);
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read " + name + ": " + e.getMessage());
        }
    }

    /** The stored assessment as the SDK's objects again: rubric (tailored as when scored) and result. */
    static Rubric rubric(Store.Assessment a) {
        Rubric base = RubricRegistry.getDefault().require(a.rubricId());
        if (!base.version().equals(a.rubricVersion())) {
            throw new ApiException(409, "conflict", "assessment " + a.id() + " was scored with " + a.rubricId() + " version "
                    + a.rubricVersion() + ", but this server has version " + base.version() + ": post the evidence again");
        }
        if (a.tailoring() == null) return base;
        return Tailoring.read(a.tailoring().getBytes(StandardCharsets.UTF_8), "tailoring").applyTo(base);
    }

    static AssessmentResult result(Store.Assessment a) {
        return ResultJson.read(a.result().getBytes(StandardCharsets.UTF_8), a.evidenceName());
    }

    /** The evidence as posted, read again (for the crosswalk, which maps evidence, not results). */
    Assessment evidence(Store.Assessment a) throws IOException {
        if (a.evidenceType().equals("json")) return EvidenceJson.read(a.evidence(), a.evidenceName(), RubricRegistry.getDefault()::find);
        Path dir = Files.createTempDirectory(tmp, "wb");
        Path file = dir.resolve("evidence.xlsx");
        try {
            Files.write(file, a.evidence());
            return WorkbookEvidence.read(file, a.evidenceName(), RubricRegistry.getDefault()::find);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

}
