package io.aftercert.core.json;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One set of validation rules: the same corpus goes to the three places that check evidence —
 * the JSON Schema (an independent validator), the file reader (type checks plus the Bean
 * Validation constraints of {@code EvidenceDtos}) and the hand checks of the value types the API
 * builds ({@link Evidence}, {@link Organization}, {@link Finding}, {@link Assessment}) — and all
 * must accept or refuse alike.
 *
 * <p>Two kinds of case are declared instead of agreeing everywhere: <b>file limits</b> (sizes,
 * lengths, digit counts that protect the reader) hold for the schema and the reader, while values
 * built in code are not bounded by them; and <b>cross-field rules</b> JSON Schema cannot state
 * (conforming ≤ sampled) hold for the reader and the API only; the digit counts of decimals are
 * the reader's alone; and the empty organisation name a template writes satisfies the schema
 * (templates must) but not the reader.
 */
class ValidationRulesAgreementTests {

    enum Kind {
        /** schema, reader and API agree */
        RULE,
        /** a bound of the file format: schema and reader refuse, values built in code are not bounded */
        FILE_LIMIT,
        /** a cross-field rule JSON Schema cannot state: reader and API refuse, the schema cannot */
        CROSS_FIELD,
        /** a digit count: the reader's Bean Validation {@code @Digits} alone (exact values in code have no such bound) */
        DIGITS,
        /** a placeholder {@code template} writes for the user to fill in: the schema (which templates
         *  must satisfy) accepts it, reader and API refuse it until filled */
        TEMPLATE_PLACEHOLDER
    }

    /** One corpus case: the JSON fragment, what the API call is, whether it is valid, and its kind. */
    record Case(String name, String json, Runnable api, boolean valid, Kind kind) {
    }

    private static final String ORG = "\"organization\": {\"name\": \"X\", \"kind\": \"manufacturer\"}";

    private static String entry(String entry) {
        return "{\"rubric\": \"r\", " + ORG + ", \"evidence\": {\"1.1\": " + entry + "}}";
    }

    private static String top(String fields) {
        return "{\"rubric\": \"r\", " + fields + ", \"evidence\": {}}";
    }

    private static String finding(String finding) {
        return "{\"rubric\": \"r\", " + ORG + ", \"evidence\": {}, \"findings\": [" + finding + "]}";
    }

    private static List<Case> corpus() {
        String longText = "x".repeat(20_001);
        List<Case> c = new ArrayList<>();
        c.add(new Case("sample 18/20", entry("{\"sample\": {\"conforming\": 18, \"sampled\": 20}}"), () -> Evidence.sample(18, 20), true, Kind.RULE));
        c.add(new Case("sample -1/20", entry("{\"sample\": {\"conforming\": -1, \"sampled\": 20}}"), () -> Evidence.sample(-1, 20), false, Kind.RULE));
        c.add(new Case("sample 0/0", entry("{\"sample\": {\"conforming\": 0, \"sampled\": 0}}"), () -> Evidence.sample(0, 0), false, Kind.RULE));
        c.add(new Case("sample 21/20", entry("{\"sample\": {\"conforming\": 21, \"sampled\": 20}}"), () -> Evidence.sample(21, 20), false, Kind.CROSS_FIELD));
        c.add(new Case("sample of 10000001", entry("{\"sample\": {\"conforming\": 0, \"sampled\": 10000001}}"), () -> Evidence.sample(0, 10_000_001), false, Kind.FILE_LIMIT));
        for (int band : new int[] {0, 1, 5, 6}) {
            c.add(new Case("band " + band, entry("{\"band\": " + band + "}"), () -> Evidence.band(band), band >= 1 && band <= 5, Kind.RULE));
        }
        for (String credit : new String[] {"0", "0.5", "1", "-0.1", "1.1"}) {
            boolean ok = !credit.startsWith("-") && !credit.equals("1.1");
            c.add(new Case("credit " + credit, entry("{\"credit\": " + credit + "}"), () -> Evidence.credit(Ratio.parse(credit)), ok, Kind.RULE));
        }
        // a Java double as an ERP prints it is read (issue 13); past NumberBounds' 30 fraction digits the reader refuses
        c.add(new Case("credit with 31 decimals", entry("{\"credit\": 0.1234567890123456789012345678901}"),
                () -> Evidence.credit(Ratio.parse("0.1234567890123456789012345678901")), false, Kind.DIGITS));
        c.add(new Case("value 1e12", entry("{\"value\": 1000000000000}"), () -> Evidence.value(Ratio.parse("1000000000000")), true, Kind.RULE));
        c.add(new Case("value above 1e12", entry("{\"value\": 1000000000001}"), () -> Evidence.value(Ratio.parse("1000000000001")), false, Kind.FILE_LIMIT));
        c.add(new Case("justification", entry("{\"notApplicable\": \"贸易型企业\"}"), () -> Evidence.notApplicable("贸易型企业"), true, Kind.RULE));
        c.add(new Case("empty justification", entry("{\"notApplicable\": \"\"}"), () -> Evidence.notApplicable(""), false, Kind.RULE));
        c.add(new Case("blank justification", entry("{\"notApplicable\": \"  \"}"), () -> Evidence.notApplicable("  "), false, Kind.RULE));
        c.add(new Case("justification of 20001", entry("{\"notApplicable\": \"" + longText + "\"}"), () -> Evidence.notApplicable(longText), false, Kind.FILE_LIMIT));
        c.add(new Case("notes of 20001", entry("{\"conforms\": true, \"notes\": \"" + longText + "\"}"), () -> Evidence.conforms(true).withNotes(longText), false, Kind.FILE_LIMIT));
        c.add(new Case("attachment", entry("{\"conforms\": true, \"attachments\": [\"a.pdf\"]}"), () -> Evidence.conforms(true).withAttachments(List.of("a.pdf")), true, Kind.RULE));
        c.add(new Case("blank attachment", entry("{\"conforms\": true, \"attachments\": [\"  \"]}"), () -> Evidence.conforms(true).withAttachments(List.of("  ")), false, Kind.RULE));
        c.add(new Case("empty attachment", entry("{\"conforms\": true, \"attachments\": [\"\"]}"), () -> Evidence.conforms(true).withAttachments(List.of("")), false, Kind.RULE));

        c.add(new Case("organization", top(ORG), () -> new Organization("X", "manufacturer"), true, Kind.RULE));
        c.add(new Case("no kind", top("\"organization\": {\"name\": \"X\"}"), () -> new Organization("X", null), true, Kind.RULE));
        c.add(new Case("blank name", top("\"organization\": {\"name\": \"  \"}"), () -> new Organization("  ", null), false, Kind.TEMPLATE_PLACEHOLDER));
        c.add(new Case("empty name", top("\"organization\": {\"name\": \"\"}"), () -> new Organization("", null), false, Kind.TEMPLATE_PLACEHOLDER));
        c.add(new Case("unknown kind", top("\"organization\": {\"name\": \"X\", \"kind\": \"retailer\"}"), () -> new Organization("X", "retailer"), false, Kind.RULE));
        c.add(new Case("name of 501", top("\"organization\": {\"name\": \"" + "x".repeat(501) + "\"}"), () -> new Organization("x".repeat(501), null), false, Kind.FILE_LIMIT));
        Organization org = new Organization("X", "manufacturer");
        for (int months : new int[] {-1, 0, 1200, 1201}) {
            c.add(new Case("held " + months + " months", top(ORG + ", \"qualifyingGradeHeldMonths\": " + months),
                    () -> Assessment.builder("r", org).qualifyingGradeHeldMonths(months).build(), months >= 0 && months <= 1200,
                    months > 1200 ? Kind.FILE_LIMIT : Kind.RULE));
        }

        c.add(new Case("bonus", finding("{\"type\": \"bonus\", \"description\": \"24h hotline\"}"), () -> Finding.bonus("24h hotline"), true, Kind.RULE));
        c.add(new Case("blank bonus", finding("{\"type\": \"bonus\", \"description\": \"  \"}"), () -> Finding.bonus("  "), false, Kind.RULE));
        c.add(new Case("deduction", finding("{\"type\": \"deduction\", \"category\": \"law\", \"description\": \"d\"}"), () -> Finding.deduction("law", "d"), true, Kind.RULE));
        c.add(new Case("deduction without category", finding("{\"type\": \"deduction\", \"description\": \"d\"}"), () -> Finding.deduction(null, "d"), false, Kind.RULE));
        // categories are the rubric's (SpecialRules.deductionCategories): the file format takes any
        // non-blank name and the rubric check refuses an unknown one (ScoringEngineTests)
        c.add(new Case("deduction of another category", finding("{\"type\": \"deduction\", \"category\": \"tax\", \"description\": \"d\"}"), () -> Finding.deduction("tax", "d"), true, Kind.RULE));
        c.add(new Case("deduction of blank category", finding("{\"type\": \"deduction\", \"category\": \" \", \"description\": \"d\"}"), () -> Finding.deduction(" ", "d"), false, Kind.RULE));
        return c;
    }

    private static boolean schemaAccepts(JsonSchema schema, String json) throws Exception {
        return schema.validate(SharedMapper.get().readTree(json)).isEmpty();
    }

    private static boolean readerAccepts(String json) {
        try {
            EvidenceJson.read(json.getBytes(StandardCharsets.UTF_8), "corpus.json");
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static boolean apiAccepts(Runnable api) {
        try {
            api.run();
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    @Test
    void schemaReaderAndValueTypesAgree() throws Exception {
        JsonSchema schema;
        try (InputStream s = EvidenceJson.class.getResourceAsStream(EvidenceJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
        }
        List<String> disagreements = new ArrayList<>();
        for (Case k : corpus()) {
            boolean reader = readerAccepts(k.json());
            boolean json = schemaAccepts(schema, k.json());
            boolean api = apiAccepts(k.api());
            if (reader != k.valid()) disagreements.add(k.name() + ": reader " + (reader ? "accepts" : "refuses"));
            boolean schemaStates = k.kind() == Kind.RULE || k.kind() == Kind.FILE_LIMIT;
            if (json != (schemaStates ? k.valid() : true)) disagreements.add(k.name() + ": schema " + (json ? "accepts" : "refuses"));
            boolean apiExpected = k.kind() == Kind.FILE_LIMIT || k.kind() == Kind.DIGITS || k.valid();
            if (api != apiExpected) disagreements.add(k.name() + ": API " + (api ? "accepts" : "refuses"));
        }
        assertEquals(List.of(), disagreements);
        assertTrue(corpus().size() > 30);
    }
}
