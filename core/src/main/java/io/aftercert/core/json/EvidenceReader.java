package io.aftercert.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.input.Suggestions;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an evidence document in one streaming pass, straight into {@link EvidenceDtos}: the
 * top-level object and the evidence map are never built as a tree; each evidence entry's fields
 * are taken as they come and judged together when the entry ends (its problems depend on which
 * forms it gives). Only small leaves are kept as Jackson nodes: scalar values, an entry's
 * {@code sample} and {@code attachments}, the organization and each finding, so the words of
 * every problem ("not a string", "not a whole number: 2.5") come from one place.
 *
 * <p>Checks JSON types and shape; value constraints are left to Bean Validation. Problems carry
 * the JSON path of the value, computed only when there is a problem. A parse failure (bad syntax,
 * duplicate key, a number out of bounds) propagates as Jackson's exception: the caller reports it
 * alone, as the one problem of the file.
 *
 * <p>Duplicate keys in a file are found here, not by the parser (whose strict mode keeps a hash
 * set per object): where the reader knows the fields it already holds them (an entry's slots,
 * the evidence map), so a repeat costs next to nothing to see. The failure is the one the
 * parser's strict mode raises, word for word and at the same place (just after the repeated
 * name), also when the parser fails on what follows the name before the reader could look at it.
 */
final class EvidenceReader {
    private static final String EVIDENCE = "$.evidence";
    private static final int CONFORMS = 0, CREDIT = 1, BAND = 2, SAMPLE = 3, VALUE = 4, NOT_APPLICABLE = 5, NOTES = 6,
            ATTACHMENTS = 7, ASSESSOR = 8, DATE = 9, GUIDANCE = 10;

    private final JsonParser p;
    /** Bytes read from a file: numbers go through {@link Json#node}'s bounds. A tree another front door built: as they are. */
    private final boolean bounded;
    private final String file;
    /** The bytes being read, to place a duplicate key; null for a tree (which has none). */
    private final byte[] source;
    /** An evidence entry's fields as read, by index in {@link EvidenceJson#ENTRY_FIELDS}; reused entry after entry. */
    private final JsonNode[] slots = new JsonNode[EvidenceJson.ENTRY_FIELDS.size()];
    /** The current entry's unknown field names, when it has any. */
    private java.util.Set<String> entryUnknown;
    /** Evidence codes whose entries were refused (not in the map), when there are any. */
    private java.util.Set<String> refusedCodes;
    private final Names entryNames = name -> {
        int k = entryField(name);
        return k >= 0 ? slots[k] != null : entryUnknown != null && entryUnknown.contains(name);
    };
    final List<Problem> problems = new ArrayList<>();
    /** The evidence codes in the order written, also those whose entries were refused. */
    final List<String> codes = new ArrayList<>();

    /** A reader of a tree another front door built, through its {@code traverse()} parser. */
    EvidenceReader(JsonParser p, String file) {
        this(p, null, file);
    }

    /**
     * A reader of a file's bytes, or of a tree when {@code source} is null. Over bytes {@code p}
     * must read {@code source} with duplicate detection off: this reader finds duplicates itself.
     */
    EvidenceReader(JsonParser p, byte[] source, String file) {
        this.p = p;
        this.bounded = source != null;
        this.source = source;
        this.file = file;
    }

    /**
     * The failure the parser's strict duplicate detection raises for {@code name}, the field name
     * the parser is on: "Duplicate field 'name'", located just after the name's closing quote.
     */
    private JsonParseException duplicate(String name) {
        JsonLocation at = p.currentTokenLocation(); // the name's opening quote
        int start = (int) at.getByteOffset();
        int end = start + 1;
        while (source[end] != '"') end += source[end] == '\\' ? 2 : 1;
        int length = end + 1 - start; // in bytes: the parser counts the columns of byte input in bytes
        JsonLocation after = new JsonLocation(at.contentReference(), start + length, at.getCharOffset(), at.getLineNr(),
                at.getColumnNr() + length);
        return new JsonParseException(p, "Duplicate field '" + name + "'", after);
    }

    /**
     * The next token of an object whose names so far {@code seen} knows. The parser reads a field
     * name together with what follows it (the colon, a number or a literal), so it may fail after a
     * name before the reader sees that name: when the name is a repeat, the repeat is the failure,
     * as in the parser's strict mode, which checks each name as it reads it.
     */
    private JsonToken nextInObject(Names seen) throws IOException {
        try {
            return p.nextToken();
        } catch (JsonParseException e) {
            if (bounded && p.currentToken() == JsonToken.FIELD_NAME && seen.given(p.currentName())) {
                throw duplicate(p.currentName());
            }
            throw e;
        }
    }

    /** The field names an object being read has given so far. */
    @FunctionalInterface
    private interface Names {
        boolean given(String name);
    }

    /** A value of a file as a node, every object checked for repeated keys. */
    private JsonNode tree(JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            Names seen = o::has;
            while (nextInObject(seen) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (o.has(name)) throw duplicate(name);
                o.set(name, tree(p.nextToken()));
            }
            return o;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            JsonToken x;
            while ((x = p.nextToken()) != JsonToken.END_ARRAY) a.add(tree(x));
            return a;
        }
        return Json.node(p, t); // a scalar, bounded as every number of a file
    }

    private void add(String path, String code, String zh, String en) {
        problems.add(Problem.of(file, path, code, zh, en));
    }

    /** The value at token {@code t} as a node: a leaf, an entry's small parts, or a value only words are needed for. */
    private JsonNode node(JsonToken t) throws IOException {
        if (bounded) return tree(t);
        switch (t) { // a tree's values as they are (TreeTraversingParser hands them over unchanged)
            case START_OBJECT: {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.set(name, node(p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                JsonToken x;
                while ((x = p.nextToken()) != JsonToken.END_ARRAY) a.add(node(x));
                return a;
            }
            case VALUE_STRING:
                return TextNode.valueOf(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                switch (p.getNumberType()) {
                    case INT: return JsonNodeFactory.instance.numberNode(p.getIntValue());
                    case LONG: return JsonNodeFactory.instance.numberNode(p.getLongValue());
                    case BIG_INTEGER: return JsonNodeFactory.instance.numberNode(p.getBigIntegerValue());
                    default: return DecimalNode.valueOf(p.getDecimalValue());
                }
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.instance;
            default: {
                Object embedded = p.getEmbeddedObject();
                return JsonNodeFactory.instance.pojoNode(embedded);
            }
        }
    }

    /** A value this reader does not use: passed over, with the same checks a read gives it. */
    private void skip(JsonToken t) throws IOException {
        if (bounded) tree(t); // every number in a file is bounded and every key checked, used or not
        else p.skipChildren();
    }

    /** Reads the document; null when it is not an object (the problem says so). */
    EvidenceDtos.EvidenceFileDto file() throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "the file is empty");
        if (t != JsonToken.START_OBJECT) {
            JsonNode root = node(t);
            add(JsonPath.ROOT, null, "证据文件应为 JSON 对象，不能是" + FieldWords.kindZh(root),
                    "an evidence file must be a JSON object, not " + kind(root));
            return null;
        }
        String rubric = null, version = null, assessor = null;
        EvidenceDtos.OrganizationDto org = null;
        LocalDate assessedOn = null;
        Integer held = null;
        Map<String, EvidenceDtos.EntryDto> entries = null;
        List<EvidenceDtos.FindingDto> findings = null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        Names top = seen::contains;
        while ((t = nextInObject(top)) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!seen.add(name) && bounded) throw duplicate(name);
            t = p.nextToken();
            switch (name) {
                case "schemaVersion" -> schemaVersion(node(t));
                case "rubric" -> rubric = string(scalar(t), "rubric", JsonPath.ROOT, null);
                case "rubricVersion" -> version = string(scalar(t), "rubricVersion", JsonPath.ROOT, null);
                case "organization" -> org = organization(node(t));
                case "assessedOn" -> assessedOn = date(scalar(t), "assessedOn", JsonPath.ROOT, null);
                case "assessor" -> assessor = string(scalar(t), "assessor", JsonPath.ROOT, null);
                case "qualifyingGradeHeldMonths" -> held = integer(scalar(t), "qualifyingGradeHeldMonths", JsonPath.ROOT, null);
                case "evidence" -> entries = evidence(t);
                case "findings" -> findings = findings(t);
                case "$schema", "ratingGuide" -> skip(t);
                default -> {
                    unknown(JsonPath.ROOT, name, EvidenceJson.TOP_FIELDS, null);
                    skip(t);
                }
            }
        }
        return new EvidenceDtos.EvidenceFileDto(rubric, version, org, assessedOn, assessor, held, entries, findings);
    }

    /** A scalar's node; strings, the common case, without the parser's number machinery. */
    private JsonNode scalar(JsonToken t) throws IOException {
        return t == JsonToken.VALUE_STRING ? TextNode.valueOf(p.getText()) : node(t);
    }

    private void unknown(String path, String name, List<String> known, String code) {
        add(JsonPath.field(path, name), code, "未知字段“" + name + "”" + Suggestions.didYouMean(name, known, io.aftercert.core.Lang.ZH),
                "unknown field '" + name + "'" + Suggestions.didYouMean(name, known));
    }

    private void unknownFields(JsonNode obj, String path, List<String> known, String code) {
        var names = obj.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) unknown(path, n, known, code);
        }
    }

    private void schemaVersion(JsonNode sv) {
        if (!(sv.isIntegralNumber() && sv.canConvertToInt() && sv.intValue() == EvidenceJson.SCHEMA_VERSION)) {
            add("$.schemaVersion", null, "文件版本（schemaVersion）应为 " + EvidenceJson.SCHEMA_VERSION + "（本软件读取的证据文件版本），不能是 "
                    + (sv.isNumber() ? sv.asText() : FieldWords.kindZh(sv)),
                    "schemaVersion must be " + EvidenceJson.SCHEMA_VERSION + " (the evidence file version this SDK reads), not "
                    + (sv.isNumber() ? sv.asText() : kind(sv)));
        }
    }

    private EvidenceDtos.OrganizationDto organization(JsonNode o) {
        if (o.isNull()) return null;
        if (!o.isObject()) {
            add("$.organization", null, "组织信息（organization）应为含组织名称（name）的对象，不能是" + FieldWords.kindZh(o),
                    "organization must be an object with a name, not " + kind(o));
            return null;
        }
        unknownFields(o, "$.organization", EvidenceJson.ORG_FIELDS, null);
        return new EvidenceDtos.OrganizationDto(string(o.get("name"), "name", "$.organization", null),
                string(o.get("kind"), "kind", "$.organization", null));
    }

    private Map<String, EvidenceDtos.EntryDto> evidence(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.START_OBJECT) {
            JsonNode ev = node(t);
            add(EVIDENCE, null, "证据（evidence）应为以条款号为键的对象，不能是" + FieldWords.kindZh(ev),
                    "evidence must be an object keyed by indicator code, not " + kind(ev));
            return null;
        }
        Map<String, EvidenceDtos.EntryDto> entries = new LinkedHashMap<>(128);
        Names seen = code -> entries.containsKey(code) || refusedCodes != null && refusedCodes.contains(code);
        while (nextInObject(seen) == JsonToken.FIELD_NAME) {
            String code = p.currentName();
            if (bounded && seen.given(code)) throw duplicate(code);
            codes.add(code);
            EvidenceDtos.EntryDto e = entry(code, p.nextToken(), slots);
            if (e != null) {
                entries.put(code, e);
            } else {
                if (refusedCodes == null) refusedCodes = new java.util.HashSet<>();
                refusedCodes.add(code);
            }
        }
        return entries;
    }

    /** The index of an entry field in {@link EvidenceJson#ENTRY_FIELDS}, -1 for an unknown one. */
    private static int entryField(String name) {
        return switch (name) {
            case "conforms" -> CONFORMS;
            case "credit" -> CREDIT;
            case "band" -> BAND;
            case "sample" -> SAMPLE;
            case "value" -> VALUE;
            case "notApplicable" -> NOT_APPLICABLE;
            case "notes" -> NOTES;
            case "attachments" -> ATTACHMENTS;
            case "assessor" -> ASSESSOR;
            case "date" -> DATE;
            case "guidance" -> GUIDANCE;
            default -> -1;
        };
    }

    /**
     * One evidence entry: its fields are collected as they come (unknown ones reported at once, in
     * the order written), then judged together.
     */
    // by design: the per-entry hot path of the streaming reader, kept in one body as the read benchmarks measure it
    private EvidenceDtos.EntryDto entry(String code, JsonToken t, JsonNode[] e) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            JsonNode n = node(t);
            add(JsonPath.field(EVIDENCE, code), code, "条款 " + code + " 的证据应为对象，如 {\"conforms\": true}，不能是" + FieldWords.kindZh(n),
                    "evidence for " + code + " must be an object such as {\"conforms\": true}, not " + kind(n));
            return null;
        }
        java.util.Arrays.fill(e, null);
        entryUnknown = null;
        while ((t = nextInObject(entryNames)) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int k = entryField(name);
            if (bounded && (k >= 0 ? e[k] != null : entryUnknown != null && entryUnknown.contains(name))) throw duplicate(name);
            t = p.nextToken();
            if (k < 0) {
                if (bounded) {
                    if (entryUnknown == null) entryUnknown = new java.util.HashSet<>(4);
                    entryUnknown.add(name);
                }
                unknown(JsonPath.field(EVIDENCE, code), name, EvidenceJson.ENTRY_FIELDS, code);
                skip(t);
            } else if (k == SAMPLE && t == JsonToken.START_OBJECT) {
                e[k] = sample(); // read here, judged below
            } else if (k == ATTACHMENTS && t == JsonToken.START_ARRAY) {
                e[k] = texts();
            } else {
                e[k] = scalar(t);
            }
        }
        List<String> forms = EvidenceJson.FORMS;
        int given = 0;
        boolean placeholder = false;
        for (int k = 0; k < forms.size(); k++) {
            if (e[k] == null) continue;
            if (e[k].isNull()) placeholder = true;
            else given++;
        }
        boolean bandWithCredit = given == 2 && present(e[BAND]) && present(e[CREDIT]);
        if (given == 0 && placeholder) {
            return null; // a template entry not filled in yet: the indicator stays not assessed
        }
        if (given == 0) {
            add(JsonPath.field(EVIDENCE, code), code, "请给出且只给出一种评价：" + FieldWords.zhOneOf(forms), "give exactly one of " + String.join(", ", forms));
        } else if (given > 1 && !bandWithCredit) {
            List<String> named = new ArrayList<>();
            for (int k = 0; k < forms.size(); k++) if (present(e[k])) named.add(forms.get(k));
            add(JsonPath.field(EVIDENCE, code), code, "只能给出一种评价，却给出了 " + given + " 种：" + String.join("、", named.stream().map(FieldWords::zh).toList())
                    + "（只有档位（band）可同时带得分率（credit））",
                    "give exactly one of " + String.join(", ", forms) + "; found " + String.join(", ", named)
                    + " (only band may come with a credit inside it)");
        }
        Boolean conforms = bool(e[CONFORMS], "conforms", null, code);
        BigDecimal credit = decimal(e[CREDIT], "credit", null, code);
        Integer band = integer(e[BAND], "band", null, code);
        EvidenceDtos.SampleDto sample = null;
        JsonNode s = e[SAMPLE];
        if (s instanceof SampleNode sn && sn.conforming != null && sn.conforming.isNull() && sn.sampled != null && sn.sampled.isNull()
                && given == 1) {
            return null; // unfilled sample placeholder
        }
        if (present(s)) {
            if (!(s instanceof SampleNode sn)) {
                add(JsonPath.field(EVIDENCE, code) + ".sample", code, "抽查结果（sample）应写作 {\"conforming\": 合格数, \"sampled\": 抽样数}，不能是" + FieldWords.kindZh(s),
                        "sample must be {\"conforming\": n, \"sampled\": m}, not " + kind(s));
            } else {
                if (sn.unknown != null) {
                    for (String n : sn.unknown) unknown(JsonPath.field(EVIDENCE, code) + ".sample", n, EvidenceJson.SAMPLE_FIELDS, code);
                }
                sample = new EvidenceDtos.SampleDto(integer(sn.conforming, "conforming", SAMPLE_AT, code),
                        integer(sn.sampled, "sampled", SAMPLE_AT, code));
            }
        }
        BigDecimal value = decimal(e[VALUE], "value", null, code);
        String na = string(e[NOT_APPLICABLE], "notApplicable", null, code);
        String notes = string(e[NOTES], "notes", null, code);
        List<String> attachments = strings(e[ATTACHMENTS], "attachments", null, code);
        String assessor = string(e[ASSESSOR], "assessor", null, code);
        LocalDate date = date(e[DATE], "date", null, code);
        string(e[GUIDANCE], "guidance", null, code); // templates carry guidance text; ignored on reading
        return new EvidenceDtos.EntryDto(conforms, credit, band, sample, value, na, notes, attachments, assessor, date);
    }

    private List<EvidenceDtos.FindingDto> findings(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.START_ARRAY) {
            JsonNode fs = node(t);
            add("$.findings", null, "特别项（findings）应为数组，不能是" + FieldWords.kindZh(fs), "findings must be an array, not " + kind(fs));
            return null;
        }
        List<EvidenceDtos.FindingDto> findings = new ArrayList<>();
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            EvidenceDtos.FindingDto f = finding(node(t), JsonPath.index("$.findings", i++));
            if (f != null) findings.add(f);
        }
        return findings;
    }

    private EvidenceDtos.FindingDto finding(JsonNode f, String path) {
        if (!f.isObject()) {
            add(path, null, "特别项应为含类型（type）和描述（description）的对象，不能是" + FieldWords.kindZh(f),
                    "a finding must be an object with type and description, not " + kind(f));
            return null;
        }
        String indicator = string(f.get("indicator"), "indicator", path, null);
        unknownFields(f, path, EvidenceJson.FINDING_FIELDS, indicator);
        return new EvidenceDtos.FindingDto(string(f.get("type"), "type", path, indicator), string(f.get("category"), "category", path, indicator),
                string(f.get("description"), "description", path, indicator), indicator);
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull();
    }

    /** The path of {@code field} in the object at {@code parent}; a null parent is the entry of {@code code}. */
    private static String at(String parent, String field, String code) {
        String entry = parent == null || parent == SAMPLE_AT ? JsonPath.field(EVIDENCE, code) : null;
        return JsonPath.field(parent == null ? entry : parent == SAMPLE_AT ? entry + ".sample" : parent, field);
    }

    /** The parent "the sample of the entry of code", built only for a problem. */
    private static final String SAMPLE_AT = new String("<sample>");

    /**
     * A value read ahead of its judgement and held in the entry's place like a node: only its token
     * and type are asked of it; it is never written, and it equals only itself.
     */
    private abstract static class ReadSideNode extends com.fasterxml.jackson.databind.node.ValueNode {
        private static final long serialVersionUID = 1L;

        @Override
        public String asText() {
            return "";
        }

        @Override
        public void serialize(com.fasterxml.jackson.core.JsonGenerator g, com.fasterxml.jackson.databind.SerializerProvider ctxt) {
            throw new UnsupportedOperationException("read-side only");
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * An entry's {@code sample} object as read: its two fields' values (null when absent) and the
     * names of unknown fields in the order written, judged when the entry is.
     */
    private static final class SampleNode extends ReadSideNode implements Names {
        private static final long serialVersionUID = 1L;
        JsonNode conforming;
        JsonNode sampled;
        List<String> unknown;

        @Override
        public boolean given(String name) {
            return switch (name) {
                case "conforming" -> conforming != null;
                case "sampled" -> sampled != null;
                default -> unknown != null && unknown.contains(name);
            };
        }

        @Override
        public JsonToken asToken() {
            return JsonToken.START_OBJECT;
        }

        @Override
        public com.fasterxml.jackson.databind.node.JsonNodeType getNodeType() {
            return com.fasterxml.jackson.databind.node.JsonNodeType.OBJECT;
        }
    }

    /** An entry's {@code attachments} array as read: the texts, and the items that are not texts with their places. */
    private static final class Texts extends ReadSideNode {
        private static final long serialVersionUID = 1L;
        final List<String> items = new ArrayList<>(4);
        List<JsonNode> bad;
        List<Integer> badAt;

        @Override
        public JsonToken asToken() {
            return JsonToken.START_ARRAY;
        }

        @Override
        public com.fasterxml.jackson.databind.node.JsonNodeType getNodeType() {
            return com.fasterxml.jackson.databind.node.JsonNodeType.ARRAY;
        }
    }

    private SampleNode sample() throws IOException {
        SampleNode s = new SampleNode();
        JsonToken t;
        while (nextInObject(s) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (bounded && s.given(name)) throw duplicate(name);
            t = p.nextToken();
            switch (name) {
                case "conforming" -> s.conforming = scalar(t);
                case "sampled" -> s.sampled = scalar(t);
                default -> {
                    if (s.unknown == null) s.unknown = new ArrayList<>(2);
                    s.unknown.add(name);
                    skip(t);
                }
            }
        }
        return s;
    }

    private Texts texts() throws IOException {
        Texts texts = new Texts();
        JsonToken t;
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                texts.items.add(p.getText());
            } else {
                if (texts.bad == null) {
                    texts.bad = new ArrayList<>(2);
                    texts.badAt = new ArrayList<>(2);
                }
                texts.bad.add(node(t));
                texts.badAt.add(i);
            }
            i++;
        }
        return texts;
    }

    private String string(JsonNode n, String field, String parent, String code) {
        if (!present(n)) return null;
        if (!n.isTextual()) {
            add(at(parent, field, code), code, FieldWords.zh(field) + "应为文本，不能是" + FieldWords.kindZh(n),
                    field + " must be a string, not " + kind(n));
            return null;
        }
        return n.textValue();
    }

    private Boolean bool(JsonNode n, String field, String parent, String code) {
        if (!present(n)) return null;
        if (!n.isBoolean()) {
            add(at(parent, field, code), code, FieldWords.zh(field) + "只能是 true 或 false，不能是" + FieldWords.kindZh(n),
                    field + " must be true or false, not " + kind(n));
            return null;
        }
        return n.booleanValue();
    }

    private BigDecimal decimal(JsonNode n, String field, String parent, String code) {
        if (!present(n)) return null;
        if (!n.isNumber()) {
            add(at(parent, field, code), code, FieldWords.zh(field) + "应为数字，不能是" + FieldWords.kindZh(n)
                    + (n.isTextual() ? "（写 87.5，不要写 \"87.5\"；百分比写百分数，87.5 表示 87.5%）" : ""),
                    field + " must be a number, not " + kind(n)
                    + (n.isTextual() ? " (write 87.5, not \"87.5\"; percentages as percent numbers)" : ""));
            return null;
        }
        // the same bounds as the JSON reader, for documents built by other front doors (a workbook's cells)
        BigDecimal d = n.decimalValue();
        String bad = io.aftercert.core.internal.input.NumberBounds.problem(d);
        if (bad != null) {
            add(at(parent, field, code), code, io.aftercert.core.internal.input.NumberBounds.problemZh(d), bad);
            return null;
        }
        return d;
    }

    private Integer integer(JsonNode n, String field, String parent, String code) {
        if (!present(n)) return null;
        if (n.isIntegralNumber() && n.canConvertToInt()) return n.intValue(); // the common case
        if (!n.isIntegralNumber() && !(n.isNumber() && isWhole(n.decimalValue()))) {
            add(at(parent, field, code), code, FieldWords.zh(field) + "应为整数，不能是 " + (n.isNumber() ? abbreviate(n.decimalValue()) : FieldWords.kindZh(n)),
                    field + " must be a whole number, not " + kindWithValue(n));
            return null;
        }
        BigDecimal d = n.decimalValue();
        if (d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 || d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            add(at(parent, field, code), code, FieldWords.zh(field) + "超出范围（" + abbreviate(d) + "）", field + " is out of range (" + abbreviate(d) + ")");
            return null;
        }
        return d.intValueExact();
    }

    private static boolean isWhole(BigDecimal d) {
        return d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private List<String> strings(JsonNode n, String field, String parent, String code) {
        if (!present(n)) return null;
        if (n instanceof Texts texts) {
            if (texts.bad != null) {
                for (int i = 0; i < texts.bad.size(); i++) {
                    JsonNode x = texts.bad.get(i);
                    add(JsonPath.index(at(parent, field, code), texts.badAt.get(i)), code, FieldWords.zh(field) + "的每一项应为文本，不能是" + FieldWords.kindZh(x),
                            "must be a string, not " + kind(x));
                }
            }
            return texts.items;
        }
        if (!n.isArray()) {
            add(at(parent, field, code), code, FieldWords.zh(field) + "应为文本数组，不能是" + FieldWords.kindZh(n),
                    field + " must be an array of strings, not " + kind(n));
            return null;
        }
        List<String> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode x = n.get(i);
            if (!x.isTextual()) add(JsonPath.index(at(parent, field, code), i), code, FieldWords.zh(field) + "的每一项应为文本，不能是" + FieldWords.kindZh(x),
                    "must be a string, not " + kind(x));
            else out.add(x.textValue());
        }
        return out;
    }

    private LocalDate date(JsonNode n, String field, String parent, String code) {
        String s = string(n, field, parent, code);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            add(at(parent, field, code), code, FieldWords.zh(field) + "应为日期，如 2026-11-01，不能是“" + abbreviate(s) + "”",
                    field + " must be a date like 2026-11-01, not '" + abbreviate(s) + "'");
            return null;
        }
    }

    static String kind(JsonNode n) {
        if (n.isObject()) return "an object";
        if (n.isArray()) return "an array";
        if (n.isTextual()) return "a string";
        if (n.isBoolean()) return "a boolean";
        if (n.isNumber()) return "a number";
        return "null";
    }

    private static String kindWithValue(JsonNode n) {
        return n.isNumber() ? abbreviate(n.decimalValue()) : kind(n);
    }

    static String abbreviate(Object o) {
        String s = o instanceof BigDecimal d ? d.toPlainString().length() > 30 ? d.toString() : d.toPlainString()
                : String.valueOf(o);
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
