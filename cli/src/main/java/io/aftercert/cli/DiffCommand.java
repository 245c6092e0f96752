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
        Inputs.Scored a = Inputs.loadForComparison(older, t);
        Inputs.Scored b = Inputs.loadForComparison(newer, t);
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
        // the figures compare only as far as the two were scored alike: say so when they were not
        var ra = a.result().rubric();
        var rb = b.result().rubric();
        if (ra.version() != null && !ra.version().equals(rb.version())) {
            out.println(zh ? "警告: 两次评分所用规则版本不同（" + ra.version() + " → " + rb.version() + "），分数变化可能来自规则本身"
                    : "warning: the two were scored with different rubric versions (" + ra.version() + " → " + rb.version()
                            + "); part of the change may come from the rubric itself");
        }
        String sa = ra.tailoring() == null ? null : ra.tailoring().sha256();
        String sb = rb.tailoring() == null ? null : rb.tailoring().sha256();
        if (!java.util.Objects.equals(sa, sb)) {
            out.println(zh ? "警告: 两次评分所用剪裁不同（" + tailoringName(ra, true) + " → " + tailoringName(rb, true) + "），分数变化可能来自剪裁"
                    : "warning: the two were scored with different tailorings (" + tailoringName(ra, false) + " → "
                            + tailoringName(rb, false) + "); part of the change may come from the tailoring");
        }
        out.printf("%s %s → %s (%s%s)%n", zh ? "最终得分" : "final score", a.result().scoreDisplay(), b.result().scoreDisplay(),
                d.change().signum() >= 0 ? "+" : "", d.change().truncate(2).toPlainString());
        if (d.gradeAfter() != null) {
            out.printf("%s %s → %s%n", zh ? "等级" : "grade", d.gradeBefore().label().in(lang), d.gradeAfter().label().in(lang));
        }
        print(out, zh ? "改进" : "improved", d.improved());
        print(out, zh ? "退步" : "regressed", d.regressed());
        if (!d.statusChanges().isEmpty()) {
            out.println(zh ? "状态变化:" : "status changes:");
            for (Diff.Change c : d.statusChanges()) {
                out.printf("  %-10s %s → %s%n", c.code(), status(c.statusBefore(), zh), status(c.statusAfter(), zh));
            }
        }
        d.findingsAdded().forEach(f -> out.println((zh ? "新增特别项: " : "finding added: ") + findingType(f.type(), zh) + " " + f.description()));
        d.findingsRemoved().forEach(f -> out.println((zh ? "消除特别项: " : "finding removed: ") + findingType(f.type(), zh) + " " + f.description()));
        if (json != null && !toStdout) out.println((zh ? "已写入 " : "wrote ") + json);
        return 0;
    }

    /** An indicator's status: its JSON code in English, a word in Chinese. */
    private static String status(io.aftercert.core.scoring.Status s, boolean zh) {
        if (!zh) return s.json();
        return switch (s) {
            case ASSESSED -> "已评估";
            case NOT_APPLICABLE -> "不适用";
            case NOT_ASSESSED -> "未评估";
        };
    }

    /** A special finding's type ({@code bonus} or {@code deduction}): as written in English, a word in Chinese. */
    private static String findingType(String type, boolean zh) {
        if (!zh) return type;
        return switch (type) {
            case "bonus" -> "加分";
            case "deduction" -> "扣分";
            default -> type;
        };
    }

    private static String tailoringName(io.aftercert.core.scoring.AssessmentResult.RubricRef r, boolean zh) {
        if (r.tailoring() == null) return zh ? "无" : "none";
        return "'" + r.tailoring().name() + "' " + Inputs.shortSha(r.tailoring().sha256());
    }

    private static void print(PrintWriter out, String label, java.util.List<Diff.Change> changes) {
        if (changes.isEmpty()) return;
        out.println(label + ":");
        for (Diff.Change c : changes) {
            out.printf("  %-10s %s → %s%n", c.code(), c.earnedBefore().truncate(2).toPlainString(), c.earnedAfter().truncate(2).toPlainString());
        }
    }
}
