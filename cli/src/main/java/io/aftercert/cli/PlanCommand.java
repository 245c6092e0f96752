package io.aftercert.cli;

import io.aftercert.core.Ratio;
import io.aftercert.core.json.PlanJson;
import io.aftercert.core.plan.Planner;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--target", paramLabel = "GRADE", description = "grade id to aim for (default: the next grade)")
    String target;

    @Option(names = "--effort", paramLabel = "FILE", description = "JSON object: indicator code → effort (> 0)")
    Path effortFile;

    @Option(names = "--tailoring", paramLabel = "FILE", description = "apply a tailoring first")
    Path tailoring;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en")
    String lang;

    @Option(names = "--json", paramLabel = "FILE", description = "write the plan JSON to FILE ('-' = standard output, alone)")
    String json;

    @Override
    public Integer call() throws Exception {
        Inputs.Scored s = Inputs.load(input, Inputs.tailoring(tailoring));
        Map<String, Ratio> effort = effortFile == null ? Map.of() : Inputs.plan(effortFile, s.rubric().codes()).effort();
        Planner.Plan plan;
        try {
            plan = Planner.plan(s.rubric(), s.result(), target, effort).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new Main.UserException(e.getMessage());
        }
        boolean toStdout = "-".equals(json);
        if (json != null) {
            byte[] doc = PlanJson.write(s.result(), plan);
            if (toStdout) spec.commandLine().getOut().println(new String(doc, java.nio.charset.StandardCharsets.UTF_8));
            else io.aftercert.core.AtomicFiles.write(Path.of(json), doc);
        }
        PrintWriter out = toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
        boolean zh = !"en".equals(lang);
        out.println(s.result().organization().name() + " — " + s.rubric().id() + (zh ? "  最终得分 " : "  final score ")
                + s.result().scoreDisplay() + (s.result().grade() != null ? "  " + s.result().grade().label().in(lang) : ""));
        if (plan == null) {
            out.println(zh ? "没有更高的等级（或该规则不设等级）。" : "no higher grade (or the rubric has no grades).");
            if (json != null && !toStdout) out.println((zh ? "已写入 " : "wrote ") + json);
            return 0;
        }
        out.printf("%s %s (≥ %s): %s +%s%n", zh ? "目标" : "target", plan.grade().label().in(lang),
                s.rubric().gradeScale().byId(plan.grade().id()).orElseThrow().minScore(), zh ? "还需" : "needs",
                plan.needed().max(Ratio.ZERO).toBigDecimal(2, RoundingMode.CEILING).toPlainString());
        if (!plan.reachable()) {
            out.println((zh ? "无法达到：" : "not reachable: ") + (plan.why() != null ? plan.why().in(lang) : plan.note()));
            if (json != null && !toStdout) out.println((zh ? "已写入 " : "wrote ") + json);
            return 0;
        }
        for (Planner.Step st : plan.steps()) {
            String title = s.rubric().indicator(st.code()).map(i -> i.title().in(lang)).orElse("");
            out.printf("  %-10s +%-6s %s%s%n", st.code(), st.scoreGain().truncate(2).toPlainString(),
                    effort.isEmpty() ? "" : (zh ? "工作量 " : "effort ") + st.effort() + "  ", title.length() > 50 ? title.substring(0, 49) + "…" : title);
        }
        out.printf("%s +%s%s%s%s%n", zh ? "合计提升" : "total rise", plan.gain().truncate(2).toPlainString(),
                effort.isEmpty() ? "" : (zh ? "，总工作量 " : ", total effort ") + plan.effort(), zh ? "；" : "; ", plan.methodText().in(lang));
        if (json != null && !toStdout) out.println((zh ? "已写入 " : "wrote ") + json);
        return 0;
    }
}
