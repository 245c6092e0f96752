package io.aftercert.core.json;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.internal.json.JsonNumbers;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.plan.Planner;
import java.util.List;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.GradeRef;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The plan document ({@code plan --json}): which rubric and organisation, the final score now and
 * the plan, or {@code plan: null} when there is no higher grade. Numbers follow
 * {@link JsonNumbers}. Schema: {@value #SCHEMA_RESOURCE}.
 *
 * @since 1.0
 */
public final class PlanJson {
    /** Version of this document's shape. */
    public static final int SCHEMA_VERSION = 2;
    /** Classpath resource of its JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/core/schema/plan.schema.json";

    private PlanJson() {
    }

    /**
     * The document as written.
     *
     * @param schemaVersion {@value #SCHEMA_VERSION}
     * @param rubric        rubric id
     * @param organization  the organisation's name
     * @param finalScore    the final score now
     * @param grade         the grade now (null without a grade scale)
     * @param plan          the plan, or null when there is no higher grade
     * @param recommendation what to do, in both languages ({@link io.aftercert.core.plan.Headline#recommendation})
     * @param actions       the items in the order every surface shows them, with priority, owner and due date
     *                      ({@link ActionPlan#actions()})
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"schemaVersion", "rubric", "organization", "finalScore", "grade", "plan", "recommendation", "actions"})
    public record Document(int schemaVersion, String rubric, String organization, Ratio finalScore, @Nullable GradeRef grade,
                           Planner.@Nullable Plan plan, Text recommendation, List<ActionPlan.Action> actions) {
    }

    /**
     * Writes the plan document ({@code plan --json}).
     *
     * @param result         the result the plan starts from
     * @param plan           the action plan ({@link ActionPlan#of})
     * @param recommendation what to do ({@link io.aftercert.core.plan.Headline#recommendation})
     * @return the document as UTF-8 JSON
     */
    public static byte[] write(AssessmentResult result, ActionPlan plan, Text recommendation) {
        try {
            return Json.mapper().writeValueAsBytes(new Document(SCHEMA_VERSION, result.rubric().id(),
                    result.organization().name(), result.finalScore(), result.grade(), plan.plan(), recommendation, plan.actions()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
