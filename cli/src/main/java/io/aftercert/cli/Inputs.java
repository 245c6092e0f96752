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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an evidence file (and scores it) or a result file, whichever {@code path} is. */
final class Inputs {
    record Scored(Rubric rubric, AssessmentResult result) {
    }

    private Inputs() {
    }

    static Scored load(Path path, Path tailoring) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        RubricRegistry registry = RubricRegistry.getDefault();
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(path.toString(), null, null, "not valid JSON: " + e.getMessage()));
        }
        Tailoring t = tailoring == null ? null : Tailoring.read(Files.readAllBytes(tailoring), tailoring.toString());
        if (root.has("schemaVersion") && root.has("finalScore")) {
            AssessmentResult r = ResultJson.read(bytes, path.toString());
            Rubric rubric = registry.require(r.rubric().id());
            return new Scored(t == null ? rubric : t.applyTo(rubric), r);
        }
        Assessment a = EvidenceJson.read(bytes, path.toString(), registry::find);
        Rubric rubric = registry.require(a.rubricId());
        if (t != null) rubric = t.applyTo(rubric);
        return new Scored(rubric, ScoringEngine.score(rubric, a));
    }
}
