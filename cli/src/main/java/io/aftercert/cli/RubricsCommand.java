package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import static io.aftercert.cli.Words.f;
import static io.aftercert.cli.Words.w;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.json.Json;
import io.aftercert.core.registry.RubricRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "rubrics", description = {"List the installed rubrics (id, version, title).",
        "--json: {\"schemaVersion\": 1, \"rubrics\": [{id, version, title {zh, en}, items, provider}], \"problems\": [...]} "
                + "(schema io/aftercert/cli/schema/rubrics.schema.json in the jar)."})
final class RubricsCommand implements Callable<Integer> {
    static final String SCHEMA_RESOURCE = "/io/aftercert/cli/schema/rubrics.schema.json";

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print the list as JSON on standard output")
    boolean json;

    @picocli.CommandLine.Mixin
    Options.LangOption langOption;

    @Override
    public Integer call() {
        RubricRegistry reg = RubricRegistry.getDefault();
        var out = spec.commandLine().getOut();
        var list = reg.list();
        if (json) {
            ObjectNode root = SharedMapper.get().createObjectNode();
            root.put("schemaVersion", 1);
            ArrayNode rubrics = root.putArray("rubrics");
            for (var r : list) {
                ObjectNode o = rubrics.addObject();
                o.put("id", r.id());
                o.put("version", r.version());
                o.putObject("title").put("zh", r.title().zh()).put("en", r.title().en());
                o.put("items", r.items());
                o.put("provider", r.provider());
            }
            ArrayNode problems = root.putArray("problems");
            reg.problems().forEach(problems::add);
            out.println(root.toPrettyString());
            return 0;
        }
        io.aftercert.core.Lang lang = langOption.get();
        if (list.isEmpty()) out.println(w(lang, "rubrics.none"));
        for (var r : list) {
            out.print(f(lang, "rubrics.line.f", r.id(), r.version(), r.items(), r.title().in(lang)));
        }
        for (String p : reg.problems()) spec.commandLine().getErr().println(w(lang, "warning") + p);
        return 0;
    }
}
