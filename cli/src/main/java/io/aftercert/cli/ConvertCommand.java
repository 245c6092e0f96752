package io.aftercert.cli;

import static io.aftercert.cli.Words.w;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.workbook.WorkbookFill;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import io.aftercert.core.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Converts an evidence file between its two forms: a workbook to JSON (for version control) and
 * JSON to the self-assessment workbook. The input's form is read from its content; it is checked
 * as every evidence file is, so a converted file scores exactly as its source.
 */
@Command(mixinStandardHelpOptions = true, name = "convert", description = {
        "Convert evidence between its two forms: a workbook (.xlsx) to JSON, or JSON to the self-assessment workbook.",
        "The input's form is read from its content; the output is the other form. Both score identically."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE", description = "evidence file: JSON or a workbook")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the converted file (JSON when the input is a workbook, a workbook otherwise)")
    Path output;

    @Mixin
    Options.Force forceOption;

    @Mixin
    Options.LangOption langOption;

    @Override
    public Integer call() throws IOException {
        boolean fromWorkbook = Inputs.isWorkbook(input);
        Assessment a = Inputs.assessment(input);
        byte[] out = fromWorkbook ? EvidenceJson.write(a)
                : WorkbookFill.write(null, output.toString(), RubricRegistry.getDefault().require(a.rubricId()), a);
        Outputs.write(Map.of(output, out), forceOption.force);
        Lang lang = langOption.get();
        spec.commandLine().getOut().println(w(lang, fromWorkbook ? "convert.wroteJson" : "convert.wroteWorkbook", output, a.evidence().size()));
        return 0;
    }
}
