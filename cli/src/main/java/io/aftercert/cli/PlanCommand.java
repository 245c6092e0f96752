package io.aftercert.cli;

import static io.aftercert.cli.Words.w;

import io.aftercert.core.Display;
import io.aftercert.core.json.PlanJson;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.plan.Headline;
import io.aftercert.core.plan.Planner;
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

@Command(mixinStandardHelpOptions = true, name = "plan", description = {"The cheapest set of items that lifts the final score to the next (or a given) grade.",
        "Without --effort: the fewest items. With --effort FILE ({\"5.1.5.2\": 3, …} or {\"5.1.5.2\": {\"effort\": 3, \"owner\": …, \"due\": …}}; missing items cost 1): the least total effort."})
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE.json", description = "an evidence file or a result file")
    Path input;

    @Option(names = "--target", paramLabel = "GRADE", description = "grade to aim for: its id (four-star) or its name in either language (四星, Four-star); default: the next grade")
    String target;

    @Option(names = "--effort", paramLabel = "FILE", description = "JSON object: indicator code → effort (> 0)")
    Path effortFile;

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
        Lang lang = langOption.get();
        Inputs.Scored s = Inputs.load(input, tailoringOption.get());
        var planInput = effortFile == null ? null : Inputs.plan(effortFile, s.rubric().codes());
        ActionPlan ap;
        try {
            ap = ActionPlan.of(s.rubric(), s.result(), target, planInput);
        } catch (Planner.UnknownGrade e) {
            throw new Main.UserException(e.why());
        } catch (IllegalArgumentException e) { // efforts are checked on reading: a safeguard
            throw Words.error("plan.failed", e.getMessage());
        }
        Planner.Plan plan = ap.plan();
        boolean toStdout = jsonOption.toStdout();
        io.aftercert.core.Text recommendation = Headline.recommendation(s.rubric(), s.result(), ap);
        if (jsonOption.given()) {
            byte[] doc = PlanJson.write(s.result(), ap, recommendation);
            if (toStdout) spec.commandLine().getOut().println(new String(doc, java.nio.charset.StandardCharsets.UTF_8));
            else Outputs.write(java.util.Map.of(jsonOption.file(), doc), forceOption.force);
        }
        PrintWriter out = toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
        out.println(s.result().organization().name() + " — " + s.rubric().title().in(lang) + "  " + w(lang, "finalScore") + " "
                + Display.scoreText(s.result().finalScore()) + (s.result().grade() != null ? "  " + s.result().grade().label().in(lang) : ""));
        out.println(w(lang, "recommendation") + recommendation.in(lang));
        if (plan == null) {
            out.println(w(lang, "plan.noHigher"));
            wrote(out, lang);
            return 0;
        }
        String bound = Display.pointsText(s.rubric().gradeScale().byId(plan.grade().id()).orElseThrow().minScore());
        if (!plan.reachable()) {
            // only what holds: no rise "still needed" above a grade no rise can reach
            out.println(w(lang, "plan.unreachable", plan.grade().label().in(lang), bound) + (plan.why() != null ? plan.why().in(lang) : plan.note()));
            wrote(out, lang);
            return 0;
        }
        out.println(w(lang, "plan.needs", plan.grade().label().in(lang), bound, Display.neededText(plan.needed())));
        for (ActionPlan.Action a : ap.firstRound()) {
            String title = a.title().in(lang);
            String who = a.owner() == null ? "" : "  " + w(lang, "owner") + a.owner() + (a.due() == null ? "" : " " + a.due());
            out.printf("  %-10s %-7s %s%s%s%n", a.code(), Display.gain(a.gain()),
                    a.effort() == null ? "" : w(lang, "plan.effort", Display.pointsText(a.effort())),
                    title.length() > 50 ? title.substring(0, 49) + "…" : title, who);
            if (a.limit() != null) out.println("             " + a.limit().in(lang));
        }
        out.println(w(lang, "plan.total", Display.gain(plan.gain()), ap.withEffort() ? w(lang, "plan.totalEffort", Display.pointsText(plan.effort())) : "",
                plan.methodText().in(lang)));
        wrote(out, lang);
        return 0;
    }

    private void wrote(PrintWriter out, Lang lang) {
        if (jsonOption.file() != null) Outputs.wrote(out, jsonOption.file(), lang);
    }
}
