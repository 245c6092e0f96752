package io.aftercert.cli;

import io.aftercert.core.json.RubricTreeJson;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.RubricRegistry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import io.aftercert.core.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "rubric", description = "Show a rubric's indicator tree (as JSON with --json).")
final class RubricCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "rubric id, e.g. gbt27922")
    String id;

    @Option(names = "--json", description = "print the tree as JSON")
    boolean json;

    @Mixin
    Options.LangOption langOption;

    @Option(names = "--tailoring", paramLabel = "FILE", description = "show the rubric as a tailoring file adjusts it")
    java.nio.file.Path tailoring;

    @Override
    public Integer call() throws java.io.IOException {
        Rubric r = RubricRegistry.getDefault().require(id);
        if (tailoring != null) {
            r = Inputs.tailoring(tailoring).applyTo(r);
        }
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = langOption.get();
        if (json) {
            out.println(new String(RubricTreeJson.write(r), StandardCharsets.UTF_8));
            return 0;
        }
        out.println(r.id() + " " + r.version() + "  " + r.title().in(lang) + (zh()
                ? "  （" + r.leaves().size() + " 项，" + r.total() + " 分，" + word(r.mode().json()) + "）"
                : "  (" + r.leaves().size() + " items, " + r.total() + " points, " + r.mode().json() + ")"));
        for (Indicator i : r.indicators()) print(out, i, 1, lang);
        return 0;
    }

    private void print(PrintWriter out, Indicator i, int depth, Lang lang) {
        String text = i.isLeaf() && lang == Lang.ZH && i.requirement() != null ? i.requirement() : i.title().in(lang);
        out.printf("%s%-10s %6s  %s%s%s%n", "  ".repeat(depth - 1), i.code(), i.points(),
                i.isLeaf() ? "[" + (zh() ? word(i.kind().json()) : i.kind().json()) + "] " : "", text,
                i.derived() ? (zh() ? "  （推导）" : "  (derived)") : "");
        for (Indicator c : i.children()) print(out, c, depth + 1, lang);
    }

    private boolean zh() {
        return langOption.get() == Lang.ZH;
    }

    /** The Chinese word for a scoring mode or indicator kind (its JSON code when there is none). */
    private static String word(String code) {
        return switch (code) {
            case "points" -> "计分制";
            case "weighted" -> "加权制";
            case "qualitative" -> "定性";
            case "sampled" -> "抽查";
            case "metric" -> "指标值";
            default -> code;
        };
    }
}
