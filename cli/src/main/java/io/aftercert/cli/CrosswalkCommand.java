package io.aftercert.cli;

import static io.aftercert.cli.Words.w;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.crosswalk.Crosswalk;
import io.aftercert.crosswalk.CrosswalkHtml;
import io.aftercert.crosswalk.CrosswalkJson;
import io.aftercert.crosswalk.CrosswalkResult;
import io.aftercert.crosswalk.CrosswalkTable;
import io.aftercert.crosswalk.Crosswalks;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import io.aftercert.core.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "crosswalk", description = {
        "Read one rubric's evidence against the other standards: coverage, provisional score range, items left.",
        "Coverage is counted by relation (equal, subset-of, superset-of, intersects-with, …); optionally a prefilled evidence file for one",
        "target (--to ID --prefill OUT.json, or OUT.xlsx for the self-assessment workbook)."})
final class CrosswalkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE.json", description = "evidence for one rubric")
    Path evidence;

    @Option(names = "--to", paramLabel = "ID", split = ",", description = "target rubrics (default: every other rubric with a crosswalk)")
    List<String> to;

    @Option(names = "--mapping", paramLabel = "FILE", description = "your own crosswalk file, used instead of the shipped one for its pair (repeatable)")
    List<Path> mappings;

    @Mixin
    Options.JsonFile jsonOption;

    @Mixin
    Options.HtmlFile htmlOption;

    @Option(names = "--prefill", paramLabel = "OUT.json|OUT.xlsx", description = "write the prefilled evidence file for the one target (--to ID):"
            + " every item, the carried ones filled and marked; a workbook when OUT ends in .xlsx")
    Path prefill;

    @Mixin
    Options.LangOption langOption;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "items still to assess listed per target (default 5)")
    int top;

    @Mixin
    Options.Force forceOption;

    @Override
    public Integer call() throws Exception {
        Lang lang = langOption.get();
        String json = jsonOption.json;
        Path html = htmlOption.html;
        RubricRegistry registry = RubricRegistry.getDefault();
        Assessment a = Inputs.assessment(evidence); // JSON or a workbook, by content
        Rubric source = registry.require(a.rubricId());
        Map<String, CrosswalkTable> own = ownMappings(registry, source);
        List<String> targets = targets(registry, source);
        if (prefill != null && targets.size() != 1) {
            throw Words.error("error.prefillOneTarget");
        }
        List<CrosswalkResult> results = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : targets) {
            Optional<CrosswalkTable> table = own.containsKey(id) ? Optional.of(own.get(id)) : Crosswalks.shipped(source.id(), id);
            if (table.isEmpty()) {
                missing.add(id);
                continue;
            }
            results.add(Crosswalk.cross(source, a, registry.require(id), table.get(), lang.tag()));
        }
        if (results.isEmpty()) {
            throw Words.error("error.noCrosswalk", source.title().zh(), String.join("、", missing.stream().map(id -> registry.require(id).title().zh()).toList()), source.id(), String.join(", ", missing));
        }
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        boolean jsonToStdout = Outputs.toStdout(json);
        if (json != null && !jsonToStdout) outputs.put(Path.of(json), CrosswalkJson.reportBytes(evidence.getFileName().toString(), results));
        if (html != null) outputs.put(html, CrosswalkHtml.render(evidence.getFileName().toString(), results, lang.tag()));
        if (prefill != null) outputs.put(prefill, prefillBytes(results.get(0)));
        if (!outputs.isEmpty()) Outputs.write(outputs, forceOption.force);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter summary = jsonToStdout ? spec.commandLine().getErr() : out;
        if (jsonToStdout) out.println(new String(CrosswalkJson.reportBytes(evidence.getFileName().toString(), results), StandardCharsets.UTF_8));
        // the standards by name (the ids are for files and options)
        summary.println(a.organization().name() + " — " + w(lang, "crosswalk.heading", source.title().in(lang)));
        for (CrosswalkResult r : results) {
            summary.println();
            summary.println(w(lang, "crosswalk.target", r.target().title().in(lang), r.items().size()));
            StringBuilder cov = new StringBuilder("  ");
            r.coverage().forEach((state, c) -> cov.append(w(lang, "crosswalk.coverage", CrosswalkHtml.stateLabel(state, lang), c[0].numerator(),
                    io.aftercert.core.Display.pointsText(c[1]))));
            summary.println(cov.toString().stripTrailing());
            var lo = r.lowest();
            var hi = r.highest();
            summary.println(w(lang, "crosswalk.score", io.aftercert.core.Display.pointsText(lo.finalScore()), io.aftercert.core.Display.pointsText(hi.finalScore()))
                    + (lo.grade() == null ? "" : w(lang, "crosswalk.grades", lo.grade().label().in(lang), hi.grade().label().in(lang))));
            summary.println(w(lang, "crosswalk.toAssess"));
            r.toAssess().stream().limit(Math.max(0, top)).forEach(i -> summary.printf("    %-8s %6s  %s  %s%n", i.code(),
                    io.aftercert.core.Display.pointsText(i.points()), CrosswalkHtml.stateLabel(i.state(), lang), i.title().in(lang)));
        }
        for (String id : missing) summary.println(w(lang, "crosswalk.none", registry.require(id).title().in(lang)));
        if (!jsonToStdout) for (Path p : outputs.keySet()) Outputs.wrote(out, p, lang);
        return 0;
    }

    /** The user's own crosswalk files (--mapping), each turned to read from the evidence's rubric, by target rubric. */
    private Map<String, CrosswalkTable> ownMappings(RubricRegistry registry, Rubric source) throws Exception {
        Map<String, CrosswalkTable> own = new LinkedHashMap<>();
        for (Path m : mappings == null ? List.<Path>of() : mappings) {
            CrosswalkTable t = CrosswalkTable.read(Inputs.read(m), m.toString());
            if (!t.from().equals(source.id()) && !t.to().equals(source.id())) {
                throw Words.error("error.mappingPair", m, t.from(), t.to(), source.id());
            }
            CrosswalkTable oriented = t.from().equals(source.id()) ? t : t.inverse();
            Rubric target = registry.find(oriented.to()).orElseThrow(() -> Words.error("error.mappingRubric", m, oriented.to(), String.join("、", registry.ids()), String.join(", ", registry.ids())));
            var problems = oriented.problems(source, target, m.toString());
            if (!problems.isEmpty()) {
                throw new io.aftercert.core.InvalidInputException(io.aftercert.core.Text.of("对照表 " + m + " 有误", "invalid crosswalk " + m), problems);
            }
            own.put(oriented.to(), oriented);
        }
        return own;
    }

    /** The target rubrics: those named by --to, or every other installed rubric. */
    private List<String> targets(RubricRegistry registry, Rubric source) {
        List<String> targets = new ArrayList<>();
        if (to != null && !to.isEmpty()) {
            for (String id : to) {
                if (registry.find(id).isEmpty()) {
                    throw Words.error("error.unknownRubric", id, String.join("、", registry.ids()), String.join(", ", registry.ids()));
                }
                if (id.equals(source.id())) throw Words.error("error.toOwnRubric", id);
                targets.add(id);
            }
        } else {
            for (String id : registry.ids()) if (!id.equals(source.id())) targets.add(id);
        }
        return targets;
    }

    /**
     * The prefill as JSON, or, when OUT ends in .xlsx, as the self-assessment workbook holding the same: the
     * carried items filled and marked, the items to confirm blank with the source evidence quoted in 说明.
     */
    private byte[] prefillBytes(CrosswalkResult r) {
        boolean xlsx = prefill.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        return xlsx ? io.aftercert.workbook.WorkbookTemplate.write(r.target(), r.prefill(), r.confirmNotes()) : CrosswalkJson.prefill(r);
    }
}
