package io.aftercert.cli;

import static io.aftercert.cli.Words.f;
import static io.aftercert.cli.Words.w;

import io.aftercert.core.json.DiffJson;
import io.aftercert.core.Display;
import io.aftercert.core.plan.Diff;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.Limits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import io.aftercert.core.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "diff", description = "What changed between two assessments (evidence or result files) of the same rubric.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.json")
    Path newer;

    @Mixin
    Options.TailoringFile tailoringOption;

    @Mixin
    Options.LangOption langOption;

    @Mixin
    Options.JsonFile jsonOption;

    @Mixin
    Options.Force forceOption;

    @Override
    public Integer call() throws Exception {
        var t = tailoringOption.get();
        Inputs.Scored a = Inputs.loadForComparison(older, t);
        Inputs.Scored b = Inputs.loadForComparison(newer, t);
        Diff d;
        try {
            d = Diff.of(a.result(), b.result());
        } catch (IllegalArgumentException e) {
            throw Words.error("error.diffRubrics", older, a.result().rubric().id(), newer, b.result().rubric().id(), e.getMessage());
        }
        Lang lang = langOption.get();
        boolean toStdout = jsonOption.toStdout();
        if (jsonOption.given()) {
            byte[] doc = DiffJson.write(d);
            if (toStdout) spec.commandLine().getOut().println(new String(doc, java.nio.charset.StandardCharsets.UTF_8));
            else Outputs.write(java.util.Map.of(jsonOption.file(), doc), forceOption.force);
        }
        PrintWriter out = toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
        print(out, d, a.result(), b.result(), lang);
        if (jsonOption.file() != null) Outputs.wrote(out, jsonOption.file(), lang);
        return 0;
    }

    /**
     * The comparison as the command prints it: warnings, the final score and grade before and
     * after, items improved and regressed, values held by a limit, status changes and findings.
     */
    static void print(PrintWriter out, Diff d, AssessmentResult before, AssessmentResult after, Lang lang) {
        // the figures compare only as far as the two were scored alike: say so when they were not
        var ra = before.rubric();
        var rb = after.rubric();
        if (ra.version() != null && !ra.version().equals(rb.version())) {
            out.println(w(lang, "diff.versions", ra.version(), rb.version()));
        }
        String sa = ra.tailoring() == null ? null : ra.tailoring().sha256();
        String sb = rb.tailoring() == null ? null : rb.tailoring().sha256();
        if (!java.util.Objects.equals(sa, sb)) {
            out.println(w(lang, "diff.tailorings", tailoringName(ra, lang), tailoringName(rb, lang)));
        }
        // the change is the difference of the two scores as shown (79.0 → 84.2 is +5.2), never a third figure
        String change = Display.scoreChangeText(before.finalScore(), after.finalScore());
        out.print(f(lang, "diff.change.f", w(lang, "finalScore"), Display.scoreText(before.finalScore()), Display.scoreText(after.finalScore()), change));
        if (d.gradeAfter() != null) {
            out.printf("%s %s → %s%n", w(lang, "grade"), d.gradeBefore().label().in(lang), d.gradeAfter().label().in(lang));
        }
        print(out, w(lang, "diff.improved"), d.improved(), lang);
        print(out, w(lang, "diff.regressed"), d.regressed(), lang);
        capped(out, before, after, lang);
        if (!d.statusChanges().isEmpty()) {
            out.println(w(lang, "diff.statusChanges"));
            for (Diff.Change c : d.statusChanges()) {
                out.printf("  %-10s %s → %s%n", c.code(), status(c.statusBefore(), lang), status(c.statusAfter(), lang));
            }
        }
        d.findingsAdded().forEach(x -> out.println(w(lang, "diff.findingAdded") + findingType(x.type().json(), lang) + " " + x.description()));
        d.findingsRemoved().forEach(x -> out.println(w(lang, "diff.findingRemoved") + findingType(x.type().json(), lang) + " " + x.description()));
    }

    /** An indicator's status: its JSON code in English, a word in Chinese. */
    private static String status(io.aftercert.core.scoring.Status s, Lang lang) {
        return w(lang, "status." + s.json());
    }

    /** A special finding's type ({@code bonus} or {@code deduction}): as written in English, a word in Chinese. */
    private static String findingType(String type, Lang lang) {
        return "bonus".equals(type) || "deduction".equals(type) ? w(lang, "findingType." + type) : type;
    }

    private static String tailoringName(io.aftercert.core.scoring.AssessmentResult.RubricRef r, Lang lang) {
        if (r.tailoring() == null) return w(lang, "none");
        return "'" + r.tailoring().name() + "' " + Inputs.shortSha(r.tailoring().sha256());
    }

    private static void print(PrintWriter out, String label, java.util.List<Diff.Change> changes, Lang lang) {
        if (changes.isEmpty()) return;
        out.println(label);
        for (Diff.Change c : changes) {
            out.print(f(lang, "diff.item.f", c.code(), Display.pointsText(c.earnedBefore()), Display.pointsText(c.earnedAfter()),
                    Display.signed(Display.pointsChange(c.earnedBefore(), c.earnedAfter()))));
        }
    }

    /**
     * Measured values that changed without changing the points, because a limit holds the item
     * (a value alone earns at most part of it): said with the limit, so "+0" is not a mystery.
     */
    private static void capped(PrintWriter out, AssessmentResult before, AssessmentResult after, Lang lang) {
        for (IndicatorResult now : after.indicators()) {
            IndicatorResult then = before.indicator(now.code()).orElse(null);
            if (then == null || now.metric() == null || then.metric() == null || now.metric().value().equals(then.metric().value())) continue;
            if (!now.earned().equals(then.earned())) continue;
            Limits.of(now).ifPresent(limit -> {
                String unit = io.aftercert.core.internal.text.Units.in(now.metric().unit(), lang);
                String sp = unit.isEmpty() || "%".equals(unit) ? "" : " ";
                out.print(f(lang, "diff.capped.f",
                        now.code(), Display.measuredText(then.metric().value(), then.metric().direction() != io.aftercert.core.model.Direction.AT_MOST) + sp + unit, Display.measuredText(now.metric().value(), now.metric().direction() != io.aftercert.core.model.Direction.AT_MOST) + sp + unit,
                        Display.pointsText(now.earned()), limit.in(lang)));
            });
        }
    }
}
