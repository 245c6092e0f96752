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
