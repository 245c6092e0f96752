package io.aftercert.report;

import io.aftercert.core.internal.io.AtomicFiles;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.spi.ReportRenderer.ReportRequest;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Example evidence files of the repository, scored, ready to render. */
final class ReportFixtures {
    static final Path EXAMPLES = Path.of("..", "examples");
    static final RubricRegistry REGISTRY = RubricRegistry.discover();

    private ReportFixtures() {
    }

    /** Every example evidence file whose rubric is on this module's test classpath. */
    static List<Path> examples() {
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("src")
                            && !p.toString().contains("target") && !p.getFileName().toString().startsWith("tailoring"))
                    .filter(p -> REGISTRY.find(rubricOf(p)).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rubricOf(Path p) {
        return p.getParent().getFileName().toString();
    }

    static ReportRequest request(Path evidence, String lang) {
        try {
            byte[] bytes = Files.readAllBytes(evidence);
            Assessment a = EvidenceJson.read(bytes, evidence.toString(), REGISTRY::find);
            Rubric rubric = REGISTRY.require(a.rubricId());
            return new ReportRequest(ScoringEngine.score(rubric, a), rubric, lang, evidence.getFileName().toString(),
                    AtomicFiles.sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReportRequest request(Assessment a, String lang) {
        Rubric rubric = REGISTRY.require(a.rubricId());
        return new ReportRequest(ScoringEngine.score(rubric, a), rubric, lang, null, null);
    }
}
