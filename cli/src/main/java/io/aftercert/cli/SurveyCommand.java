package io.aftercert.cli;

import static io.aftercert.cli.Words.w;

import io.aftercert.core.Lang;

import io.aftercert.core.Ratio;
import io.aftercert.survey.Dimension;
import io.aftercert.survey.Questionnaire;
import io.aftercert.survey.ResponseReader;
import io.aftercert.survey.Rule;
import io.aftercert.survey.SampleBasis;
import io.aftercert.survey.Scale;
import io.aftercert.survey.SurveyAccumulator;
import io.aftercert.survey.SurveyEvidence;
import io.aftercert.survey.SurveyGenerator;
import io.aftercert.survey.SurveyHtml;
import io.aftercert.survey.SurveyJson;
import io.aftercert.survey.SurveyReport;
import io.aftercert.survey.TemplateWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aftercert survey template|score|generate}: the customer perception survey of 002 §4.3. */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = "Customer perception survey (002 §4.3): questionnaire out, responses in, six-dimension index.",
        subcommands = {SurveyCommand.Template.class, SurveyCommand.Score.class, SurveyCommand.Generate.class})
final class SurveyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.BAD_INPUT;
    }


    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Write the questionnaire: json (the instrument), csv (the empty response sheet) or xlsx (response sheet + questions + scale).")
    static final class Template implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", paramLabel = "json|xlsx|csv", defaultValue = "json", description = "output format (default json)")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (default: standard output; xlsx needs -o)")
        Path output;

        @Mixin
        Options.LangOption langOption;

        @Mixin
        Options.Force forceOption;

        @Override
        public Integer call() throws Exception {
            TemplateWriter.Format f;
            try {
                f = TemplateWriter.Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Words.error("error.surveyFormat", format);
            }
            if (f == TemplateWriter.Format.XLSX && output == null) {
                throw Words.error("error.surveyXlsx");
            }
            byte[] bytes = TemplateWriter.write(Questionnaire.standard(), f);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(new String(bytes, StandardCharsets.UTF_8));
                out.flush();
            } else {
                Outputs.write(Map.of(output, bytes), forceOption.force);
                Outputs.wrote(spec.commandLine().getOut(), output, langOption.get());
            }
            return 0;
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true, description = {
            "Score survey responses (CSV or xlsx, one file or several, e.g. a year's quarterly files): six dimension indices, overall index, 95 %% intervals, sample adequacy, data-quality findings.",
            "With --period YEAR only that year's responses count and the annual sample rule and the quarterly frequency are judged over it.",
            "With --evidence-for gxdsl244|gxdsl259|gbt27922 --into FILE, put the figures into an evidence file (nothing else in it changes)."})
    static final class Score implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RESPONSES.csv|.xlsx", arity = "1..*", description = "one or more response files (duplicates are looked for within each file)")
        List<Path> responses;

        @Option(names = "--customers", paramLabel = "N", description = "customers as the sample standard counts them (gxdsl244: 顾客总数, gxdsl259: 活跃顾客数), to check ≥ 5 %% of N and ≥ 500 a year")
        Long customers;

        @Option(names = "--sample-standard", paramLabel = "gxdsl244|gxdsl259", description = "whose count of customers --customers is (default: --evidence-for when gxdsl244 or gxdsl259, else gxdsl244)")
        String sampleStandard;

        @Option(names = "--period", paramLabel = "YEAR", description = "score one year: rows submitted outside it are excluded; the annual sample rule and the quarterly frequency are judged over it")
        Integer period;

        @Option(names = "--scale", paramLabel = "linear|times20", defaultValue = "linear", description = "0–100 conversion, a reading either way: linear (x − 1) ÷ 4 × 100 (default) or times20 x × 20")
        String scale;

        @Mixin
        Options.JsonFile jsonOption;

        @Mixin
        Options.HtmlFile htmlOption;

        @Mixin
        Options.LangOption langOption;

        @Option(names = "--min-seconds", paramLabel = "S", description = "minimum completion time; faster rows are flagged (default from the questionnaire)")
        Long minSeconds;

        @Option(names = "--weights", paramLabel = "DIM=W,…", split = ",", description = "dimension weights of the overall index, all six (e.g. functionality=2,economy=1,…); default equal")
        Map<String, String> weights;

        @Option(names = "--evidence-for", paramLabel = "RUBRIC", description = "rubric whose evidence to fill: gxdsl244, gxdsl259 or gbt27922")
        String evidenceFor;

        @Option(names = "--into", paramLabel = "EVIDENCE.json", description = "evidence file to fill (created when missing)")
        Path into;

        @Mixin
        Options.Force forceOption;

        @Override
        public Integer call() throws Exception {
            String lang = langOption.get().tag();
            Path html = htmlOption.html;
            if ((evidenceFor == null) != (into == null)) throw Words.error("error.evidenceForInto");
            if (customers != null && customers < 0) throw Words.error("error.customers", customers);
            if (minSeconds != null && minSeconds < 0) {
                throw Words.error("error.minSeconds", minSeconds);
            }
            if (evidenceFor != null && !SurveyEvidence.RUBRICS.contains(evidenceFor)) {
                throw Words.error("error.surveyEvidenceFor", String.join("、", SurveyEvidence.RUBRICS), String.join(", ", SurveyEvidence.RUBRICS), evidenceFor);
            }
            Scale conversion = Scale.byId(scale).orElseThrow(() -> Words.error("error.scale", scale));
            SampleBasis basis = basis();
            if (period != null && (period < 1900 || period > 9999)) {
                throw Words.error("error.period", period);
            }
            for (Path p : responses) if (!Files.isRegularFile(p)) throw new NoSuchFileException(p.toString());
            Questionnaire q = Questionnaire.standard();
            if (minSeconds != null && minSeconds >= q.maxDurationSeconds()) {
                throw Words.error("error.minSecondsOver", q.maxDurationSeconds(), minSeconds);
            }
            if (minSeconds != null) q = q.withMinDurationSeconds(minSeconds);
            SurveyAccumulator acc = accumulate(q);
            String names = String.join(", ", responses.stream().map(p -> p.getFileName().toString()).toList());
            SurveyReport report = acc.result(names, customers, weights(), conversion, basis);

            final Questionnaire questionnaire = q;
            ReportOutputs outputs = new ReportOutputs(jsonOption.json, SurveyJson.write(report))
                    .add(html, html == null ? null : SurveyHtml.render(report, q, lang));
            List<String> filled = outputs.fill(evidenceFor, into,
                    (existing, name, rubric, codes) -> SurveyEvidence.fill(existing, name, rubric, report, questionnaire, codes));
            PrintWriter out = outputs.write(spec, forceOption.force);
            summary(out, report, lang);
            if (evidenceFor != null) {
                out.println(Words.w(langOption.get(), "survey.filled", into, filled.size()) + String.join(Words.w(langOption.get(), "listSep"), filled));
            }
            outputs.printWritten(out, langOption.get());
            out.flush();
            return 0;
        }

        /** One accumulator per file (duplicates within a file), merged. */
        private SurveyAccumulator accumulate(Questionnaire q) throws java.io.IOException {
            Year year = period == null ? null : Year.of(period);
            SurveyAccumulator all = null;
            for (Path p : responses) {
                String tag = responses.size() > 1 ? p.getFileName().toString() : null;
                SurveyAccumulator acc = new SurveyAccumulator(q, SurveyAccumulator.DEFAULT_LIST_LIMIT, year, tag);
                ResponseReader.read(p, q, acc::add, ignored -> spec.commandLine().getErr().println("aftercert: " + ignored.toString(langOption.get())));
                if (all == null) all = acc;
                else all.merge(acc);
            }
            return all;
        }

        private SampleBasis basis() {
            String std = sampleStandard != null ? sampleStandard : evidenceFor;
            if (sampleStandard != null && SampleBasis.byStandard(sampleStandard).isEmpty()) {
                throw Words.error("error.sampleStandard", sampleStandard);
            }
            return SampleBasis.forStandard(std);
        }

        private Map<Dimension, Ratio> weights() {
            if (weights == null) return SurveyAccumulator.equalWeights();
            Map<Dimension, Ratio> w = new java.util.EnumMap<>(Dimension.class);
            for (var e : weights.entrySet()) {
                Dimension d = Dimension.byId(e.getKey().strip()).orElseThrow(() -> Words.error("error.weightsDimension", e.getKey()));
                Ratio v;
                try {
                    v = Ratio.parse(e.getValue().strip());
                } catch (IllegalArgumentException | ArithmeticException x) {
                    throw Words.error("error.weightsNumber", d.id(), e.getValue());
                }
                if (v.signum() < 0) {
                    throw Words.error("error.weightsNegative", d.id(), e.getValue());
                }
                w.put(d, v);
            }
            for (Dimension d : Dimension.values()) {
                if (!w.containsKey(d)) {
                    throw Words.error("error.weightsMissing", d.id());
                }
            }
            if (w.values().stream().allMatch(Ratio::isZero)) throw Words.error("error.weightsZero");
            return w;
        }

        static void summary(PrintWriter out, SurveyReport r, String lang) {
            Lang in = Lang.parse(lang);
            out.println(w(in, "survey.head", r.file(), r.rows(), r.respondents(), r.valid()));
            out.println("  " + pad(w(in, "survey.overall"), 14) + " " + figure(r.overall(), in));
            for (Dimension d : Dimension.values()) out.println("  " + pad(d.label(lang), 14) + " " + figure(r.dimensions().get(d), in));
            out.println(w(in, "survey.scale", r.scale().formula()) + (r.otherScaleChangesVerdict()
                    ? w(in, "survey.otherScale", r.scale().other().formula(), io.aftercert.core.Display.scoreText(r.otherOverall())) : ""));
            if (r.overallQuestion() != null && r.overallQuestion().index() != null) {
                out.println("  " + pad(w(in, "survey.overallQuestion"), 14) + " " + figure(r.overallQuestion(), in));
            }
            out.println(period(r, in));
            SurveyReport.Sample s = r.sample();
            String basis = s.basis().label(lang);
            if (s.customers() == null) {
                out.println(w(in, "survey.sampleUnknown", basis, s.basis().source(lang), s.minCount()));
            } else if (Boolean.TRUE.equals(s.adequate())) {
                out.println(w(in, "survey.sampleAdequate", s.valid(), s.required(), basis, s.customers()));
            } else if (s.adequate() == null) {
                out.println(w(in, "survey.sampleYearly", s.shortfall(), s.required()));
            } else {
                out.println(w(in, "survey.sampleShort", r.period(), s.shortfall(), s.required(), basis, s.customers()));
            }
            StringBuilder sb = new StringBuilder(w(in, "survey.findings"));
            boolean first = true;
            for (Rule rule : Rule.values()) {
                long c = r.findingsByRule().get(rule);
                if (c == 0) continue;
                if (!first) sb.append(w(in, "kpi.ruleSep"));
                sb.append(rule.label(lang)).append(' ').append(c);
                first = false;
            }
            if (first) sb.append(w(in, "none"));
            out.println(sb);
        }

        private static String period(SurveyReport r, Lang in) {
            SurveyReport.Frequency f = r.frequency();
            String seen = f.quarters().isEmpty() ? w(in, "none") : String.join(w(in, "listSep"), f.quarters());
            if (r.period() == null) return w(in, "survey.periodNone", seen);
            String freq = Boolean.TRUE.equals(f.met()) ? w(in, "survey.everyQuarter") : w(in, "survey.quartersMissing", String.join(w(in, "listSep"), f.missing(r.period())));
            return w(in, "survey.period", r.period(), freq);
        }

        /** Pads to {@code width} terminal columns (CJK characters take two). */
        static String pad(String s, int width) {
            int w = s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
            return s + " ".repeat(Math.max(0, width - w));
        }

        private static String figure(SurveyReport.Figure f, Lang in) {
            if (f.index() == null) return w(in, "survey.noValid");
            String ci = f.ciLow() == null ? "" : w(in, "survey.ci", f.ciLow().setScale(1, RoundingMode.HALF_EVEN), f.ciHigh().setScale(1, RoundingMode.HALF_EVEN));
            return io.aftercert.core.Display.scoreText(f.index()) + ci + w(in, "survey.answers", f.answers());
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write synthetic responses (CSV) with injected faults, for trying the survey out; the same seed gives the same file.")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ROWS", description = "number of response rows")
        long rows;

        @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
        long seed;

        @Option(names = "--faults", paramLabel = "RATE", defaultValue = "0.01", description = "chance per row of each fault kind, 0–0.1 (default 0.01)")
        double faults;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", required = true, description = "output file")
        Path output;

        @Mixin
        Options.LangOption langOption;

        @Mixin
        Options.Force forceOption;

        @Override
        public Integer call() throws Exception {
            if (rows < 0) throw Words.error("error.rows", rows);
            if (!(faults >= 0 && faults <= 0.1)) {
                throw Words.error("error.faults", faults);
            }
            StringWriter w = new StringWriter();
            SurveyGenerator.Injected inj = new SurveyGenerator(Questionnaire.standard(), seed, faults).write(rows, w);
            Outputs.write(Map.of(output, w.toString().getBytes(StandardCharsets.UTF_8)), forceOption.force);
            Outputs.wrote(spec.commandLine().getOut(), output + Words.w(langOption.get(), "survey.generated", inj.rows(), inj.range(), inj.duplicates(),
                    inj.straight(), inj.tooFast(), inj.missingId(), inj.blanks()), langOption.get());
            return 0;
        }
    }
}
