package io.aftercert.cli;

import io.aftercert.core.json.DiffJson;
import io.aftercert.core.plan.Diff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--tailoring", paramLabel = "FILE", description = "apply a tailoring to both")
    Path tailoring;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en")
    String lang;

    @Option(names = "--json", paramLabel = "FILE", description = "write the diff JSON to FILE ('-' = standard output, alone)")
    String json;

    @Override
    public Integer call() throws Exception {
        var t = Inputs.tailoring(tailoring);
        Inputs.Scored a = Inputs.load(older, t);
        Inputs.Scored b = Inputs.load(newer, t);
        Diff d;
        try {
            d = Diff.of(a.result(), b.result());
        } catch (IllegalArgumentException e) {
            throw new Main.UserException(e.getMessage());
        }
        boolean zh = !"en".equals(lang);
        boolean toStdout = "-".equals(json);
        if (json != null) {
            byte[] doc = DiffJson.write(d);
            if (toStdout) spec.commandLine().getOut().println(new String(doc, java.nio.charset.StandardCharsets.UTF_8));
            else io.aftercert.core.AtomicFiles.write(Path.of(json), doc);
        }
        PrintWriter out = toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
        out.printf("%s %s → %s (%s%s)%n", zh ? "最终得分" : "final score", a.result().scoreDisplay(), b.result().scoreDisplay(),
                d.change().signum() >= 0 ? "+" : "", d.change().truncate(2).toPlainString());
        if (d.gradeAfter() != null) {
            out.printf("%s %s → %s%n", zh ? "等级" : "grade", d.gradeBefore().label().in(lang), d.gradeAfter().label().in(lang));
        }
        print(out, zh ? "改进" : "improved", d.improved());
        print(out, zh ? "退步" : "regressed", d.regressed());
        if (!d.statusChanges().isEmpty()) {
            out.println(zh ? "状态变化:" : "status changes:");
            for (Diff.Change c : d.statusChanges()) out.printf("  %-10s %s → %s%n", c.code(), c.statusBefore().json(), c.statusAfter().json());
        }
        d.findingsAdded().forEach(f -> out.println((zh ? "新增特别项: " : "finding added: ") + f.type() + " " + f.description()));
        d.findingsRemoved().forEach(f -> out.println((zh ? "消除特别项: " : "finding removed: ") + f.type() + " " + f.description()));
        if (json != null && !toStdout) out.println((zh ? "已写入 " : "wrote ") + json);
        return 0;
    }

    private static void print(PrintWriter out, String label, java.util.List<Diff.Change> changes) {
        if (changes.isEmpty()) return;
        out.println(label + ":");
        for (Diff.Change c : changes) {
            out.printf("  %-10s %s → %s%n", c.code(), c.earnedBefore().truncate(2).toPlainString(), c.earnedAfter().truncate(2).toPlainString());
        }
    }
}
