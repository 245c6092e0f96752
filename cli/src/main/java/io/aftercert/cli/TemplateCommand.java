package io.aftercert.cli;

import io.aftercert.core.json.TemplateJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.workbook.WorkbookTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import io.aftercert.core.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "template", description = "Print a blank evidence file for a rubric (every item, with guidance), or write the Excel workbook.")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "rubric id")
    String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Mixin
    Options.Force forceOption;

    @Option(names = "--format", paramLabel = "json|xlsx", defaultValue = "json",
            description = "json (default) or xlsx: the self-assessment workbook (needs -o FILE.xlsx)")
    String format;

    @Mixin
    Options.LangOption langOption;

    @Override
    public Integer call() throws Exception {
        Lang lang = langOption.get();
        boolean force = forceOption.force;
        Rubric r = RubricRegistry.getDefault().require(id);
        if ("xlsx".equals(format)) {
            if (output == null) {
                throw Words.error("error.templateXlsx");
            }
            Outputs.write(java.util.Map.of(output, WorkbookTemplate.write(r)), force);
            Outputs.wrote(spec.commandLine().getOut(), output, lang);
            return 0;
        }
        if (!"json".equals(format)) {
            throw Words.error("error.templateFormat", format);
        }
        byte[] json = TemplateJson.write(r);
        if (output == null) {
            spec.commandLine().getOut().println(new String(json, StandardCharsets.UTF_8));
            return 0;
        }
        Outputs.write(java.util.Map.of(output, json), force);
        Outputs.wrote(spec.commandLine().getOut(), output, lang);
        return 0;
    }
}
