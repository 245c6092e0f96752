package example;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.nio.file.Files;
import java.nio.file.Path;

public class Embed {
    public static void main(String[] args) throws Exception {
        RubricRegistry registry = RubricRegistry.getDefault();          // ServiceLoader; shared, thread-safe
        Rubric rubric = registry.require("gbt27922");

        // from a file: every problem is reported at once (InvalidInputException.problems())
        Path path = Path.of(args.length > 0 ? args[0] : "appliance-manufacturer.json");
        Assessment a = EvidenceJson.read(Files.readAllBytes(path), path.toString(), registry::find);
        System.out.println(path + ": " + ScoringEngine.score(rubric, a).scoreDisplay());

        // or built in code from the ERP's own data
        Assessment b = Assessment.builder("gbt27922", new Organization("示例电器有限公司", "manufacturer"))
                .put("5.3.2.2", Evidence.sample(46, 50))            // complaints closed in time, of those sampled
                .put("5.1.2.2", Evidence.value(Ratio.parse("11.5"))) // % of service managers certified
                .put("5.3.1.4", Evidence.band(4))                    // rating band 60–80 %
                .put("5.2.5.5", Evidence.notApplicable("manufacturer, not a trading company"))
                .build();

        AssessmentResult r = ScoringEngine.score(rubric, b);            // immutable, exact numbers
        System.out.println(r.finalScore());     // Ratio, exact: compare grades with this
        System.out.println(r.scoreDisplay());   // BigDecimal cut to one decimal, never above the exact value
        // grade: none | qualified | three-star | four-star | five-star; empty for rubrics without grades (gxdsl244)
        r.optionalGrade().ifPresent(g -> System.out.println(g.id()));
        System.out.println(r.gaps().size());    // ranked by the final-score rise full credit would give
        // fewest items that reach the next grade; empty at the top grade and without grades
        r.optionalNextGrade().ifPresent(n -> System.out.println(n.items()));
    }
}
