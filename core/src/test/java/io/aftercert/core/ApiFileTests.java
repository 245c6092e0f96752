package io.aftercert.core;

import io.aftercert.core.registry.RubricRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.aftercert.core.apicheck.ApiFile;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public API of core, as committed in {@code core/api/aftercert-core.api}: every public or
 * protected type, constructor, method and field of the packages {@code module-info.java} exports to
 * everyone, one signature a line, sorted. An API change is a diff of that file in review
 * (docs/compatibility.md). After an intended change, regenerate it with
 * {@code ./mvnw -pl core test -Dtest=ApiFileTests -Dapi.update=true} and commit it.
 */
class ApiFileTests {
    /**
     * Where a vendor starts: a type of an exported package that none of these reaches through a
     * public signature (parameter, return, field, supertype, exception, type argument, nested type)
     * is a helper left public. Each is named for why it is a start.
     */
    private static final List<Class<?>> ENTRY_POINTS = List.of(
            RubricRegistry.class,                                  // rubrics and renderers
            io.aftercert.core.scoring.ScoringEngine.class,         // scoring
            io.aftercert.core.scoring.EvidenceCheck.class,         // validating once, scoring many times
            io.aftercert.core.scoring.Limits.class,                // what limits an item, in words
            io.aftercert.core.plan.Planner.class,                  // the cheapest way to a grade
            io.aftercert.core.plan.ActionPlan.class,               // the plan people see
            io.aftercert.core.plan.Headline.class,                 // the recommendation sentence
            io.aftercert.core.plan.Diff.class,                     // two results compared
            io.aftercert.core.tailoring.Tailoring.class,           // a tailored rubric
            io.aftercert.core.json.Json.class,                     // reader and writer
            io.aftercert.core.json.EvidenceJson.class,
            io.aftercert.core.json.ResultJson.class,
            io.aftercert.core.json.RubricJson.class,
            io.aftercert.core.json.RubricTreeJson.class,
            io.aftercert.core.json.TemplateJson.class,
            io.aftercert.core.json.PlanJson.class,
            io.aftercert.core.json.DiffJson.class,
            io.aftercert.core.spi.RubricProvider.class,            // what a plugin implements
            io.aftercert.core.spi.ReportRenderer.class,
            Display.class,                                         // every number a person reads
            SdkVersion.class,                                      // the version a report prints
            AfterCertException.class,                              // and what is thrown (unchecked, so in no signature)
            InvalidInputException.class,
            UnknownRubricException.class,
            AfterCertIOException.class,
            io.aftercert.core.model.InvalidModelException.class);

    /** Public helpers still in an exported package, to be fenced (see docs/compatibility.md): none left. */
    private static final Set<String> NOT_YET_FENCED = Set.of();

    private static final ApiFile API = ApiFile.of(RubricRegistry.class, Path.of("api", "aftercert-core.api"));

    @Test
    void theApiFileMatchesTheCode() {
        String mismatch = API.mismatch();
        assertNull(mismatch, mismatch);
    }

    @Test
    void everyPublicTypeOfAnExportedPackageIsReachedFromAnEntryPoint() {
        assertEquals(List.of(), API.unreached(ENTRY_POINTS, NOT_YET_FENCED),
                "public types no API signature reaches: move them to an internal package");
    }

    @Test
    void theReachabilityCheckFindsAnUnreachedType() {
        // a type the entry points do not mention is not reached: the check above can fail
        Set<String> names = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        ApiFile.classesOf(io.aftercert.core.scoring.Gap.class, todo);
        todo.forEach(c -> names.add(c.getName()));
        assertEquals(Set.of("io.aftercert.core.scoring.Gap"), names);
        assertEquals(List.of("io.aftercert.core.scoring.Gap"),
                API.unreached(List.of(io.aftercert.core.scoring.Totals.class), Set.of()).stream()
                        .filter("io.aftercert.core.scoring.Gap"::equals).toList());
    }

    @Test
    void aChangedSignatureShowsAsTheLinesThatDiffer() {
        assertEquals("- a.B # public int c()\n+ a.B # public long c()\n",
                ApiFile.diff("a.B : public final class\na.B # public int c()\n", "a.B : public final class\na.B # public long c()\n"));
    }
}
