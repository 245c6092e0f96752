package io.aftercert.cli;

import static io.aftercert.cli.Words.w;

import io.aftercert.core.json.RubricTreeJson;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
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
        out.println(r.id() + " " + r.version() + "  " + r.title().in(lang) + w(lang, "rubric.size", r.leaves().size(), r.total(), word(r.mode().json(), lang)));
        for (Indicator i : r.indicators()) print(out, i, 1, lang);
        return 0;
    }

    private void print(PrintWriter out, Indicator i, int depth, Lang lang) {
        String text = i.isLeaf() && lang == Lang.ZH && i.requirement() != null ? i.requirement() : i.title().in(lang);
        out.printf("%s%-10s %6s  %s%s%s%n", "  ".repeat(depth - 1), i.code(), i.points(),
                i.isLeaf() ? "[" + word(i.kind().json(), lang) + "] " : "", text,
                i.derived() ? w(lang, "rubric.derived") : "");
        for (Indicator c : i.children()) print(out, c, depth + 1, lang);
    }

    /** The word for a scoring mode or indicator kind: its JSON code in English (and when there is no word). */
    private static String word(String code, Lang lang) {
        return Words.BUNDLE.all(lang).containsKey("code." + code) ? w(lang, "code." + code) : code;
    }
}
