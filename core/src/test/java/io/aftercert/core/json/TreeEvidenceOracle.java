package io.aftercert.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.input.Suggestions;
import io.aftercert.core.internal.json.JsonProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence reader as it was before the streaming one ({@link EvidenceReader}): the whole
 * document as a Jackson tree first, then a walker over it. Kept only as the oracle of
 * {@link EvidenceReaderDifferentialTests}: the streaming reader must answer exactly what this one
 * answered, problem for problem.
 */
final class TreeEvidenceOracle {
    private TreeEvidenceOracle() {
    }

    static EvidenceJson.Parsed parse(byte[] json, String file) {
        if (json.length > Json.MAX_DOCUMENT_BYTES) {
            throw new InvalidInputException(EvidenceJson.summary(file), List.of(Problem.of(file, null, null, "文件有 " + json.length
                    + " 字节，证据文件最大 " + Json.MAX_DOCUMENT_BYTES + " 字节", "file is " + json.length
                    + " bytes; evidence files are limited to " + Json.MAX_DOCUMENT_BYTES + " bytes")));
        }
        JsonNode root;
        try {
            root = Json.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException(EvidenceJson.summary(file), List.of(JsonProblems.problem(file, e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parseTree(root, file);
    }

    static EvidenceJson.Parsed parseTree(JsonNode root, String file) {
        List<Problem> problems = new ArrayList<>();
        Walker walker = new Walker(file, problems);
        EvidenceDtos.EvidenceFileDto dto = walker.file(root);
        return EvidenceJson.constrained(problems, dto, walker.codes, file);
    }

    private static String abbreviate(Object o) {
        String s = o instanceof BigDecimal d ? d.toPlainString().length() > 30 ? d.toString() : d.toPlainString()
                : String.valueOf(o);
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    /** Checks JSON types and shape; value constraints are left to Bean Validation. */
    private static final class Walker {
        private final String file;
        private final List<Problem> problems;
        private final List<String> codes = new ArrayList<>();

        Walker(String file, List<Problem> problems) {
            this.file = file;
            this.problems = problems;
        }

        private void add(String path, String code, String zh, String en) {
            problems.add(Problem.of(file, path, code, zh, en));
        }

        private void unknownFields(JsonNode obj, String path, List<String> known, String code) {
            Iterator<String> names = obj.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!known.contains(n)) {
                    add(JsonPath.field(path, n), code, "未知字段“" + n + "”" + Suggestions.didYouMean(n, known, io.aftercert.core.Lang.ZH),
                            "unknown field '" + n + "'" + Suggestions.didYouMean(n, known));
                }
            }
        }

        EvidenceDtos.EvidenceFileDto file(JsonNode root) {
            if (!root.isObject()) {
                add(JsonPath.ROOT, null, "证据文件应为 JSON 对象，不能是" + FieldWords.kindZh(root),
                        "an evidence file must be a JSON object, not " + kind(root));
                return null;
            }
            unknownFields(root, JsonPath.ROOT, EvidenceJson.TOP_FIELDS, null);
            JsonNode sv = root.get("schemaVersion");
            if (sv != null && !(sv.isIntegralNumber() && sv.canConvertToInt() && sv.intValue() == EvidenceJson.SCHEMA_VERSION)) {
                add("$.schemaVersion", null, "文件版本（schemaVersion）应为 " + EvidenceJson.SCHEMA_VERSION + "（本软件读取的证据文件版本），不能是 "
                        + (sv.isNumber() ? sv.asText() : FieldWords.kindZh(sv)),
                        "schemaVersion must be " + EvidenceJson.SCHEMA_VERSION + " (the evidence file version this SDK reads), not "
                        + (sv.isNumber() ? sv.asText() : kind(sv)));
            }
            String rubric = string(root, "rubric", JsonPath.ROOT, null);
            String version = string(root, "rubricVersion", JsonPath.ROOT, null);
            EvidenceDtos.OrganizationDto org = null;
            JsonNode o = root.get("organization");
            if (o != null && !o.isNull()) {
                if (!o.isObject()) {
                    add("$.organization", null, "组织信息（organization）应为含组织名称（name）的对象，不能是" + FieldWords.kindZh(o),
                            "organization must be an object with a name, not " + kind(o));
                } else {
                    unknownFields(o, "$.organization", EvidenceJson.ORG_FIELDS, null);
                    org = new EvidenceDtos.OrganizationDto(string(o, "name", "$.organization", null),
                            string(o, "kind", "$.organization", null));
                }
            }
            LocalDate assessedOn = date(root, "assessedOn", JsonPath.ROOT, null);
            String assessor = string(root, "assessor", JsonPath.ROOT, null);
            Integer held = integer(root, "qualifyingGradeHeldMonths", JsonPath.ROOT, null);
            Map<String, EvidenceDtos.EntryDto> entries = null;
            JsonNode ev = root.get("evidence");
            if (ev != null && !ev.isNull()) {
                if (!ev.isObject()) {
                    add("$.evidence", null, "证据（evidence）应为以条款号为键的对象，不能是" + FieldWords.kindZh(ev),
                            "evidence must be an object keyed by indicator code, not " + kind(ev));
                } else {
                    entries = new LinkedHashMap<>();
                    var it = ev.properties().iterator();
                    while (it.hasNext()) {
                        var f = it.next();
                        codes.add(f.getKey());
                        EvidenceDtos.EntryDto e = entry(f.getKey(), f.getValue());
                        if (e != null) entries.put(f.getKey(), e);
                    }
                }
            }
            List<EvidenceDtos.FindingDto> findings = null;
            JsonNode fs = root.get("findings");
            if (fs != null && !fs.isNull()) {
                if (!fs.isArray()) {
                    add("$.findings", null, "特别项（findings）应为数组，不能是" + FieldWords.kindZh(fs), "findings must be an array, not " + kind(fs));
                } else {
                    findings = new ArrayList<>();
                    for (int i = 0; i < fs.size(); i++) {
                        EvidenceDtos.FindingDto f = finding(fs.get(i), JsonPath.index("$.findings", i));
                        if (f != null) findings.add(f);
                    }
                }
            }
            return new EvidenceDtos.EvidenceFileDto(rubric, version, org, assessedOn, assessor, held, entries, findings);
        }

        private EvidenceDtos.EntryDto entry(String code, JsonNode e) {
            String path = JsonPath.field("$.evidence", code);
            if (!e.isObject()) {
                add(path, code, "条款 " + code + " 的证据应为对象，如 {\"conforms\": true}，不能是" + FieldWords.kindZh(e),
                        "evidence for " + code + " must be an object such as {\"conforms\": true}, not " + kind(e));
                return null;
            }
            unknownFields(e, path, EvidenceJson.ENTRY_FIELDS, code);
            List<String> given = new ArrayList<>();
            for (String f : EvidenceJson.FORMS) if (e.has(f) && !e.get(f).isNull()) given.add(f);
            boolean bandWithCredit = given.size() == 2 && given.contains("band") && given.contains("credit");
            boolean placeholder = EvidenceJson.FORMS.stream().anyMatch(f -> e.has(f) && e.get(f).isNull());
            if (given.isEmpty() && placeholder) {
                return null; // a template entry not filled in yet: the indicator stays not assessed
            }
            if (given.isEmpty()) {
                add(path, code, "请给出且只给出一种评价：" + FieldWords.zhOneOf(EvidenceJson.FORMS), "give exactly one of " + String.join(", ", EvidenceJson.FORMS));
            } else if (given.size() > 1 && !bandWithCredit) {
                add(path, code, "只能给出一种评价，却给出了 " + given.size() + " 种：" + String.join("、", given.stream().map(FieldWords::zh).toList())
                        + "（只有档位（band）可同时带得分率（credit））",
                        "give exactly one of " + String.join(", ", EvidenceJson.FORMS) + "; found " + String.join(", ", given)
                        + " (only band may come with a credit inside it)");
            }
            Boolean conforms = bool(e, "conforms", path, code);
            BigDecimal credit = decimal(e, "credit", path, code);
            Integer band = integer(e, "band", path, code);
            EvidenceDtos.SampleDto sample = null;
            JsonNode s = e.get("sample");
            if (s != null && s.isObject() && s.path("conforming").isNull() && s.path("sampled").isNull()
                    && given.equals(List.of("sample"))) {
                return null; // unfilled sample placeholder
            }
            if (s != null && !s.isNull()) {
                if (!s.isObject()) {
                    add(path + ".sample", code, "抽查结果（sample）应写作 {\"conforming\": 合格数, \"sampled\": 抽样数}，不能是" + FieldWords.kindZh(s),
                            "sample must be {\"conforming\": n, \"sampled\": m}, not " + kind(s));
                } else {
                    unknownFields(s, path + ".sample", EvidenceJson.SAMPLE_FIELDS, code);
                    sample = new EvidenceDtos.SampleDto(integer(s, "conforming", path + ".sample", code),
                            integer(s, "sampled", path + ".sample", code));
                }
            }
            BigDecimal value = decimal(e, "value", path, code);
            String na = string(e, "notApplicable", path, code);
            String notes = string(e, "notes", path, code);
            List<String> attachments = strings(e, "attachments", path, code);
            String assessor = string(e, "assessor", path, code);
            LocalDate date = date(e, "date", path, code);
            string(e, "guidance", path, code); // templates carry guidance text; ignored on reading
            return new EvidenceDtos.EntryDto(conforms, credit, band, sample, value, na, notes, attachments, assessor, date);
        }

        private EvidenceDtos.FindingDto finding(JsonNode f, String path) {
            if (!f.isObject()) {
                add(path, null, "特别项应为含类型（type）和描述（description）的对象，不能是" + FieldWords.kindZh(f),
                        "a finding must be an object with type and description, not " + kind(f));
                return null;
            }
            String indicator = string(f, "indicator", path, null);
            unknownFields(f, path, EvidenceJson.FINDING_FIELDS, indicator);
            return new EvidenceDtos.FindingDto(string(f, "type", path, indicator), string(f, "category", path, indicator),
                    string(f, "description", path, indicator), indicator);
        }

        private JsonNode present(JsonNode obj, String field) {
            JsonNode n = obj.get(field);
            return n == null || n.isNull() ? null : n;
        }

        private String string(JsonNode obj, String field, String path, String code) {
            JsonNode n = present(obj, field);
            if (n == null) return null;
            if (!n.isTextual()) {
                add(JsonPath.field(path, field), code, FieldWords.zh(field) + "应为文本，不能是" + FieldWords.kindZh(n),
                        field + " must be a string, not " + kind(n));
                return null;
            }
            return n.textValue();
        }

        private Boolean bool(JsonNode obj, String field, String path, String code) {
            JsonNode n = present(obj, field);
            if (n == null) return null;
            if (!n.isBoolean()) {
                add(JsonPath.field(path, field), code, FieldWords.zh(field) + "只能是 true 或 false，不能是" + FieldWords.kindZh(n),
                        field + " must be true or false, not " + kind(n));
                return null;
            }
            return n.booleanValue();
        }

        private BigDecimal decimal(JsonNode obj, String field, String path, String code) {
            JsonNode n = present(obj, field);
            if (n == null) return null;
            if (!n.isNumber()) {
                add(JsonPath.field(path, field), code, FieldWords.zh(field) + "应为数字，不能是" + FieldWords.kindZh(n)
                        + (n.isTextual() ? "（写 87.5，不要写 \"87.5\"；百分比写百分数，87.5 表示 87.5%）" : ""),
                        field + " must be a number, not " + kind(n)
                        + (n.isTextual() ? " (write 87.5, not \"87.5\"; percentages as percent numbers)" : ""));
                return null;
            }
            // the same bounds as the JSON reader, for documents built by other front doors (a workbook's cells)
            String bad = io.aftercert.core.internal.input.NumberBounds.problem(n.decimalValue());
            if (bad != null) {
                add(JsonPath.field(path, field), code, io.aftercert.core.internal.input.NumberBounds.problemZh(n.decimalValue()), bad);
                return null;
            }
            return n.decimalValue();
        }

        private Integer integer(JsonNode obj, String field, String path, String code) {
            JsonNode n = present(obj, field);
            if (n == null) return null;
            if (!n.isIntegralNumber() && !(n.isNumber() && isWhole(n.decimalValue()))) {
                add(JsonPath.field(path, field), code, FieldWords.zh(field) + "应为整数，不能是 " + (n.isNumber() ? abbreviate(n.decimalValue()) : FieldWords.kindZh(n)),
                        field + " must be a whole number, not " + kindWithValue(n));
                return null;
            }
            BigDecimal d = n.decimalValue();
            if (d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 || d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
                add(JsonPath.field(path, field), code, FieldWords.zh(field) + "超出范围（" + abbreviate(d) + "）", field + " is out of range (" + abbreviate(d) + ")");
                return null;
            }
            return d.intValueExact();
        }

        private static boolean isWhole(BigDecimal d) {
            return d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
        }

        private List<String> strings(JsonNode obj, String field, String path, String code) {
            JsonNode n = present(obj, field);
            if (n == null) return null;
            if (!n.isArray()) {
                add(JsonPath.field(path, field), code, FieldWords.zh(field) + "应为文本数组，不能是" + FieldWords.kindZh(n),
                        field + " must be an array of strings, not " + kind(n));
                return null;
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode x = n.get(i);
                if (!x.isTextual()) add(JsonPath.index(JsonPath.field(path, field), i), code, FieldWords.zh(field) + "的每一项应为文本，不能是" + FieldWords.kindZh(x),
                        "must be a string, not " + kind(x));
                else out.add(x.textValue());
            }
            return out;
        }

        private LocalDate date(JsonNode obj, String field, String path, String code) {
            String s = string(obj, field, path, code);
            if (s == null) return null;
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                add(JsonPath.field(path, field), code, FieldWords.zh(field) + "应为日期，如 2026-11-01，不能是“" + abbreviate(s) + "”",
                        field + " must be a date like 2026-11-01, not '" + abbreviate(s) + "'");
                return null;
            }
        }

        private static String kind(JsonNode n) {
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
    }

}
