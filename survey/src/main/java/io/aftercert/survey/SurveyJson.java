package io.aftercert.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.SdkVersion;
import io.aftercert.core.internal.json.JsonNumbers;

/** The survey report as JSON ({@code survey-report.schema.json}); every number a JSON number. */
public final class SurveyJson {
    /** Class-path resource of the report's JSON Schema (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/survey/survey-report.schema.json";
    /** Class-path resource of the questionnaire template's JSON Schema. */
    public static final String TEMPLATE_SCHEMA_RESOURCE = "/io/aftercert/survey/questionnaire.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SurveyJson() {
    }

    /** The report as a JSON tree. */
    // long by design: one put per field of survey-report.schema.json, in the schema's order, so the two read side by side
    public static ObjectNode tree(SurveyReport r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("schemaVersion", SurveyReport.SCHEMA_VERSION);
        root.put("generator", "AfterCert " + SdkVersion.VERSION);
        root.put("file", r.file());
        root.putObject("questionnaire").put("id", r.questionnaireId()).put("version", r.questionnaireVersion());
        root.put("rows", r.rows());
        root.put("respondents", r.respondents());
        root.put("valid", r.valid());
        ObjectNode period = root.putObject("period");
        if (r.period() == null) period.putNull("year");
        else period.put("year", r.period().getValue());
        if (r.periodFrom() == null) {
            period.putNull("from");
            period.putNull("to");
        } else {
            period.put("from", r.periodFrom().toString());
            period.put("to", r.periodTo().toString());
        }
        ArrayNode quarters = period.putArray("quarters");
        r.frequency().quarters().forEach(quarters::add);
        period.put("quartersRequired", r.frequency().required());
        if (r.frequency().met() == null) period.putNull("everyQuarter");
        else period.put("everyQuarter", r.frequency().met());
        ObjectNode scale = root.putObject("scale");
        scale.put("id", r.scale().id()).put("formula", r.scale().formula()).put("derived", true);
        ObjectNode other = scale.putObject("other");
        other.put("id", r.scale().other().id()).put("formula", r.scale().other().formula());
        JsonNumbers.put(other, "overall", r.otherOverall());
        other.put("changesVerdict", r.otherScaleChangesVerdict());
        ObjectNode dims = root.putObject("dimensions");
        for (Dimension d : Dimension.values()) figure(dims.putObject(d.id()), r.dimensions().get(d));
        figure(root.putObject("overall"), r.overall());
        root.put("overallDerived", true);
        if (r.overallQuestion() == null) root.putNull("overallQuestion");
        else figure(root.putObject("overallQuestion"), r.overallQuestion());
        ObjectNode weights = root.putObject("weights");
        for (Dimension d : Dimension.values()) JsonNumbers.put(weights, d.id(), r.weights().get(d));
        ArrayNode qs = root.putArray("questions");
        for (SurveyReport.QuestionFigure qf : r.questions()) {
            ObjectNode o = qs.addObject();
            o.put("id", qf.question().id());
            if (qf.question().overall()) o.putNull("dimension");
            else o.put("dimension", qf.question().dimension().id());
            o.put("clause", qf.question().overall() ? null : qf.question().clause()); // the overall question asks about all of 4.1
            figure(o, qf.figure());
            ArrayNode h = o.putArray("histogram");
            for (long c : qf.histogram()) h.add(c);
        }
        SurveyReport.Sample s = r.sample();
        ObjectNode sample = root.putObject("sample");
        if (s.customers() == null) sample.putNull("customers");
        else sample.put("customers", s.customers());
        JsonNumbers.put(sample, "minimumShare", s.minShare());
        sample.put("minimumCount", s.minCount());
        if (s.required() == null) {
            sample.putNull("required");
            sample.putNull("adequate");
            sample.putNull("shortfall");
        } else {
            sample.put("required", s.required());
            sample.put("adequate", s.adequate());
            sample.put("shortfall", s.shortfall());
        }
        sample.put("valid", s.valid());
        sample.put("basis", s.basis().standard());
        sample.put("basisName", s.basis().label("zh"));
        sample.put("annual", s.annual());
        ObjectNode quality = root.putObject("quality");
        quality.put("minDurationSeconds", r.minDurationSeconds());
        quality.put("maxDurationSeconds", r.maxDurationSeconds());
        quality.put("listLimitPerRule", r.listLimit());
        quality.put("truncated", r.findingsTruncated());
        ObjectNode byRule = root.putObject("findingsByRule");
        for (Rule rule : Rule.values()) byRule.put(rule.id(), r.findingsByRule().get(rule));
        ArrayNode findings = root.putArray("findings");
        for (Finding x : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", x.rule().id());
            if (x.file() != null) o.put("file", x.file());
            o.put("row", x.row());
            o.put("respondent", x.respondent());
            o.put("question", x.question());
            if (x.field() != null) o.put("field", x.field());
            o.put("value", x.value());
            if (x.rule() == Rule.DUPLICATE) o.put("firstRow", x.firstRow());
            o.put("excluded", x.rule().excludes());
        }
        return root;
    }

    private static void figure(ObjectNode o, SurveyReport.Figure fig) {
        JsonNumbers.put(o, "index", fig.index());
        o.put("answers", fig.answers());
        if (fig.ciLow() == null) {
            o.putNull("ci95");
        } else {
            o.putObject("ci95").put("low", fig.ciLow()).put("high", fig.ciHigh());
        }
    }

    /** The report as pretty-printed UTF-8 JSON bytes. */
    public static byte[] write(SurveyReport r) {
        try {
            return MAPPER.writeValueAsBytes(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
