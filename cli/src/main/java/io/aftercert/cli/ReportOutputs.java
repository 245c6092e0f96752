package io.aftercert.cli;

import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a report command (kpi, survey score, crosswalk) writes: its JSON to a file, or alone on
 * standard output with {@code --json -}; other files beside it; an evidence file it fills. All
 * are written at once through {@link Outputs} (all or nothing, read-only files only with
 * {@code --force}); then the summary goes to standard output, or to standard error when standard
 * output carries the JSON.
 */
final class ReportOutputs {
    /** Fills an evidence file: its bytes now (null when it does not exist yet) to its new bytes, adding the codes filled. */
    interface Filler {
        byte[] fill(byte[] existing, String name, Rubric rubric, List<String> filled);
    }

    private final Map<Path, byte[]> files = new LinkedHashMap<>();
    private final byte[] json;
    private final boolean jsonToStdout;

    /**
     * @param jsonOption the {@code --json} option: a file, {@code -}, or null
     * @param json       the JSON, needed unless {@code jsonOption} is null
     */
    ReportOutputs(String jsonOption, byte[] json) {
        this.json = json;
        this.jsonToStdout = Outputs.toStdout(jsonOption);
        if (jsonOption != null && !jsonToStdout) files.put(Path.of(jsonOption), json);
    }

    /** Adds a file to write (nothing when {@code target} is null, the option not given). */
    ReportOutputs add(Path target, byte[] content) {
        if (target != null) files.put(target, content);
        return this;
    }

    /**
     * Adds the evidence file {@code into} filled for rubric {@code rubricId} (nothing when
     * {@code rubricId} is null) and returns the indicator codes filled.
     */
    List<String> fill(String rubricId, Path into, Filler filler) {
        List<String> filled = new ArrayList<>();
        if (rubricId == null) return filled;
        Rubric rubric = RubricRegistry.getDefault().require(rubricId);
        String name = into.toString();
        boolean exists = Files.exists(into);
        if (exists ? Inputs.isWorkbook(into) : io.aftercert.workbook.WorkbookEvidence.isWorkbook(into)) {
            files.put(into, intoWorkbook(exists ? into : null, name, rubric, bytes -> filler.fill(bytes, name, rubric, filled)));
            return filled;
        }
        byte[] existing = exists ? Inputs.read(into) : null;
        files.put(into, filler.fill(existing, name, rubric, filled));
        return filled;
    }

    /**
     * A workbook filled: the cells of the items filled written into the user's workbook (every
     * other cell as the user left it), or a new workbook from the template.
     */
    private static byte[] intoWorkbook(Path existing, String name, Rubric rubric, java.util.function.UnaryOperator<byte[]> fill) {
        try {
            if (existing != null) return io.aftercert.workbook.WorkbookFill.edit(existing, name, rubric, fill);
            byte[] json = fill.apply(null);
            var a = io.aftercert.core.json.EvidenceJson.read(json, name, id -> id.equals(rubric.id())
                    ? java.util.Optional.of(rubric) : java.util.Optional.empty());
            return io.aftercert.workbook.WorkbookFill.write(null, name, rubric, a);
        } catch (java.io.IOException e) {
            throw Inputs.cannotRead(name, e);
        }
    }

    /** Writes every file (or none), prints the JSON when it goes to standard output, and returns where the summary goes. */
    PrintWriter write(CommandSpec spec, boolean force) {
        if (!files.isEmpty()) Outputs.write(files, force);
        PrintWriter out = spec.commandLine().getOut();
        if (!jsonToStdout) return out;
        out.println(new String(json, StandardCharsets.UTF_8));
        out.flush();
        return spec.commandLine().getErr();
    }

    /** One "wrote FILE" line per file written. */
    void printWritten(PrintWriter out, io.aftercert.core.Lang lang) {
        for (Path p : files.keySet()) Outputs.wrote(out, p, lang);
    }
}
