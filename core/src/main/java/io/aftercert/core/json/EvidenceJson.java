package io.aftercert.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.JsonPath;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.Suggestions;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.EvidenceCheck;
import io.aftercert.core.scoring.ValidatedAssessment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Reads and writes evidence files (architecture §6).
 *
 * <p>Reading reports every problem in the file at once, each with the file name, the JSON path
 * and the indicator code, and suggests the nearest valid code for a misspelt one. Nothing is
 * returned unless the whole file is valid. Thread-safe.
 */
public final class EvidenceJson {
    /** Classpath resource of the JSON Schema for evidence files. */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/core/schema/evidence.schema.json";

    /** Version of the evidence file shape written by {@link #write} and {@code template}; optional on reading. */
    public static final int SCHEMA_VERSION = 1;
    static final List<String> TOP_FIELDS = List.of("$schema", "schemaVersion", "rubric", "rubricVersion", "organization", "assessedOn",
            "assessor", "qualifyingGradeHeldMonths", "evidence", "findings", "ratingGuide");
    static final List<String> FORMS = List.of("conforms", "credit", "band", "sample", "value", "notApplicable");
    static final List<String> ENTRY_FIELDS = List.of("conforms", "credit", "band", "sample", "value", "notApplicable",
            "notes", "attachments", "assessor", "date", "guidance");
    private static final List<String> ORG_FIELDS = List.of("name", "kind");
    private static final List<String> SAMPLE_FIELDS = List.of("conforming", "sampled");
    /** Names of the {@code @AssertTrue} methods of {@link EvidenceDtos}: not JSON fields. */
    private static final List<String> CROSS_FIELD_CHECKS = List.of("conformingWithinSampled", "justificationNotBlank",
            "categoryGivenForDeduction");
    private static final List<String> FINDING_FIELDS = List.of("type", "category", "description", "indicator");

    private static final class ValidatorHolder {
        /**
         * Hibernate Validator announces its version at INFO on first use (logger
         * {@code org.hibernate.validator.internal.util.Version}, through JBoss Logging). A library
         * should not log on first use, so when JBoss Logging goes to java.util.logging (no other
         * logging framework present) and the application has not set that logger's level, it is
         * set to WARNING; the strong reference keeps JUL from forgetting the setting. Applications
         * routing JBoss Logging elsewhere configure that logger there.
         */
        static final java.util.logging.Logger VERSION_LOG = quietVersionLine();

        private static java.util.logging.Logger quietVersionLine() {
            java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
            if (log.getLevel() == null) log.setLevel(java.util.logging.Level.WARNING);
            return log;
        }

        // Built on first use, in Hibernate Validator's predefined-scope mode: only the built-in
        // constraints and the classes below are initialised (the default bootstrap registers
        // hundreds of constraint validators, a large part of a cold start).
        static final Validator VALIDATOR = Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
                .builtinConstraints(java.util.Set.of(jakarta.validation.constraints.NotBlank.class.getName(),
                        jakarta.validation.constraints.NotNull.class.getName(), jakarta.validation.constraints.Size.class.getName(),
                        jakarta.validation.constraints.Pattern.class.getName(), jakarta.validation.constraints.Min.class.getName(),
                        jakarta.validation.constraints.Max.class.getName(), jakarta.validation.constraints.Positive.class.getName(),
                        jakarta.validation.constraints.PositiveOrZero.class.getName(), jakarta.validation.constraints.AssertTrue.class.getName(),
                        jakarta.validation.constraints.DecimalMin.class.getName(), jakarta.validation.constraints.DecimalMax.class.getName(),
                        jakarta.validation.constraints.Digits.class.getName()))
                .initializeBeanMetaData(java.util.Set.of(EvidenceDtos.EvidenceFileDto.class, EvidenceDtos.OrganizationDto.class,
                        EvidenceDtos.EntryDto.class, EvidenceDtos.SampleDto.class, EvidenceDtos.FindingDto.class))
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }

    private EvidenceJson() {
    }

    /**
     * Reads an evidence file and checks it against the rubric it names.
     *
     * @param json    the file's bytes (UTF-8, a byte-order mark is accepted)
     * @param file    the file name used in problems
     * @param rubrics finds a rubric by id (for code checks), or null to skip rubric checks
     * @return the assessment, valid for its rubric
     * @throws InvalidInputException with every problem found
     */
    public static Assessment read(byte[] json, String file, Function<String, Optional<Rubric>> rubrics) {
        return check(parse(json, file), file, rubrics, UnaryOperator.identity()).assessment();
    }

    /**
     * Reads an evidence file and checks it against the rubric it names, once: the answer is the
     * proof of that check, which {@link io.aftercert.core.scoring.ScoringEngine#score(ValidatedAssessment)}
     * and {@code finalScore} accept without checking again.
     *
     * @param json    the file's bytes (UTF-8, a byte-order mark is accepted)
     * @param file    the file name used in problems
     * @param rubrics finds a rubric by id
     * @return the assessment with the proof that it fits the rubric it names
     * @throws InvalidInputException with every problem found
     */
    public static ValidatedAssessment readValidated(byte[] json, String file, Function<String, Optional<Rubric>> rubrics) {
        return proof(check(parse(json, file), file, java.util.Objects.requireNonNull(rubrics, "rubrics"), UnaryOperator.identity()), file);
    }

    /**
     * Checks an evidence document that another front door (the Excel workbook) has mapped into the
     * shape of an evidence file, with exactly the checks {@link #read(byte[], String, Function)}
     * runs: one validation pass for every input format.
     *
     * @param tree    the evidence document: the fields of an evidence file
     * @param file    the file name used in problems
     * @param rubrics finds a rubric by id (for code checks), or null to skip rubric checks
     * @param locate  turns the JSON path of a problem into the place the user sees
     *                ({@code 评分表!E12}); it receives null for a problem with no path
     * @return the assessment, valid for its rubric
     * @throws InvalidInputException with every problem found, located by {@code locate}
     */
    public static Assessment read(JsonNode tree, String file, Function<String, Optional<Rubric>> rubrics,
                                  UnaryOperator<String> locate) {
        return check(parseTree(tree, file), file, rubrics, locate).assessment();
    }

    /**
     * {@link #read(JsonNode, String, Function, UnaryOperator)} answering the proof of the one
     * validation pass (see {@link #readValidated(byte[], String, Function)}).
     *
     * @param tree    the evidence document: the fields of an evidence file
     * @param file    the file name used in problems
     * @param rubrics finds a rubric by id
     * @param locate  turns the JSON path of a problem into the place the user sees
     * @return the assessment with the proof that it fits the rubric it names
     * @throws InvalidInputException with every problem found, located by {@code locate}
     */
    public static ValidatedAssessment readValidated(JsonNode tree, String file, Function<String, Optional<Rubric>> rubrics,
                                                    UnaryOperator<String> locate) {
        return proof(check(parseTree(tree, file), file, java.util.Objects.requireNonNull(rubrics, "rubrics"), locate), file);
    }

    private static ValidatedAssessment proof(Checked c, String file) {
        if (c.proof() == null) { // the finder answered a rubric of another id: the engine's check says so
            return EvidenceCheck.validated(c.rubric(), c.assessment());
        }
        return c.proof();
    }

    /** What a read produced: the assessment, and the proof of the rubric checks when they ran. */
    private record Checked(Assessment assessment, Rubric rubric, ValidatedAssessment proof) {
    }

    private static Checked check(Parsed parsed, String file, Function<String, Optional<Rubric>> rubrics,
                                 UnaryOperator<String> locate) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        EvidenceDtos.EvidenceFileDto dto = parsed.dto();
        Rubric rubric = null;
        if (rubrics != null && dto != null && dto.rubric() != null && !dto.rubric().isBlank()) {
            Optional<Rubric> found = rubrics.apply(dto.rubric());
            if (found.isEmpty()) {
                problems.add(Problem.of(file, "$.rubric", null, "未安装评分标准“" + dto.rubric() + "”",
                        "no rubric '" + dto.rubric() + "' is installed"));
            } else {
                rubric = found.get();
                boolean everyEntryRead = dto.evidence() != null && dto.evidence().size() == parsed.codes().size();
                if (!problems.isEmpty() || !everyEntryRead) {
                    // problems already, or template placeholders: the rubric checks entry by entry, so one run reports all
                    problems.addAll(rubricProblems(rubric, dto, parsed.codes(), problems, file));
                }
            }
        }
        if (!problems.isEmpty() || dto == null) throw invalid(file, problems, locate);
        Assessment a = toAssessment(dto);
        if (rubric == null) return new Checked(a, null, null);
        if (!rubric.id().equals(a.rubricId())) return new Checked(a, rubric, null);
        try {
            return new Checked(a, rubric, EvidenceCheck.validated(rubric, a)); // the one run of the rubric checks
        } catch (InvalidInputException misfit) {
            // report them as the reader always has: in the file, findings numbered as written
            throw invalid(file, rubricProblems(rubric, dto, parsed.codes(), problems, file), locate);
        }
    }

    private static InvalidInputException invalid(String file, List<Problem> problems, UnaryOperator<String> locate) {
        List<Problem> located = new ArrayList<>();
        for (Problem p : sorted(problems)) located.add(p.at(locate.apply(p.path())));
        return new InvalidInputException(summary(file), located);
    }

    /**
     * Reads an evidence file without rubric checks: shape, types and ranges only.
     *
     * @param json the file's bytes (UTF-8, a byte-order mark is accepted)
     * @param file the file name used in problems
     * @return the assessment; its codes and forms are not yet checked against a rubric
     * @throws InvalidInputException with every problem found
     */
    public static Assessment read(byte[] json, String file) {
        Parsed parsed = parse(json, file);
        if (!parsed.problems().isEmpty() || parsed.dto() == null) {
            throw new InvalidInputException(summary(file), sorted(parsed.problems()));
        }
        return toAssessment(parsed.dto());
    }

    private record Parsed(EvidenceDtos.EvidenceFileDto dto, List<String> codes, List<Problem> problems) {
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparing(p -> p.path() == null ? "" : p.path()));
        return out;
    }

    private static Parsed parse(byte[] json, String file) {
        if (json.length > Json.MAX_DOCUMENT_BYTES) {
            throw new InvalidInputException(summary(file), List.of(Problem.of(file, null, null, "文件有 " + json.length
                    + " 字节，证据文件最大 " + Json.MAX_DOCUMENT_BYTES + " 字节", "file is " + json.length
                    + " bytes; evidence files are limited to " + Json.MAX_DOCUMENT_BYTES + " bytes")));
        }
        JsonNode root;
        try {
            root = Json.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException(summary(file), List.of(JsonProblems.problem(file, e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parseTree(root, file);
    }

    private static Parsed parseTree(JsonNode root, String file) {
        List<Problem> problems = new ArrayList<>();
        Walker walker = new Walker(file, problems);
        EvidenceDtos.EvidenceFileDto dto = walker.file(root);
        if (dto != null && !ConstraintScan.valid(dto)) { // the validator only when a constraint fails: it is for the messages
            // a value the walker already refused (wrong type, out of range) is left null: no second "is required" for it
            java.util.Set<String> refused = new java.util.HashSet<>();
            for (Problem p : problems) refused.add(p.path());
            for (ConstraintViolation<EvidenceDtos.EvidenceFileDto> v : ValidatorHolder.VALIDATOR.validate(dto)) {
                Problem p = violation(file, v);
                if (!refused.contains(p.path())) problems.add(p);
            }
        }
        return new Parsed(dto, walker.codes, problems);
    }

    /**
     * Rubric checks (codes exist, forms suit kinds, bands exist, categories) on every entry and
     * finding that is itself valid, plus code checks on the invalid ones, so one run reports all.
     */
    private static List<Problem> rubricProblems(Rubric rubric, EvidenceDtos.EvidenceFileDto dto, List<String> codes,
                                                List<Problem> found, String file) {
        Map<String, Evidence> valid = new LinkedHashMap<>();
        Map<String, Evidence> invalidCodes = new LinkedHashMap<>();
        Evidence placeholder = Evidence.conforms(true);
        for (String code : codes) {
            String path = JsonPath.field("$.evidence", code);
            boolean bad = found.stream().anyMatch(p -> p.path() != null && (p.path().equals(path) || p.path().startsWith(path + ".")
                    || p.path().startsWith(path + "[")));
            EvidenceDtos.EntryDto e = dto.evidence() == null ? null : dto.evidence().get(code);
            if (!bad && e != null) valid.put(code, new Evidence(value(e), null, null, null, null));
            else invalidCodes.put(code, placeholder);
        }
        List<Finding> findings = new ArrayList<>();
        List<Integer> findingIndex = new ArrayList<>(); // position in the file of each valid finding
        if (dto.findings() != null) {
            for (int i = 0; i < dto.findings().size(); i++) {
                String path = JsonPath.index("$.findings", i);
                EvidenceDtos.FindingDto f = dto.findings().get(i);
                boolean bad = found.stream().anyMatch(p -> p.path() != null && p.path().startsWith(path));
                if (!bad) {
                    findings.add(new Finding("bonus".equals(f.type()) ? Finding.Type.BONUS : Finding.Type.DEDUCTION,
                            f.category(), f.description(), f.indicator()));
                    findingIndex.add(i);
                }
            }
        }
        Organization org = new Organization("-", null);
        List<Problem> out = new ArrayList<>();
        // forms and findings of the valid entries
        for (Problem p : EvidenceCheck.problems(rubric, new Assessment(rubric.id(), null, org, null, null, null, valid, findings))) {
            String path = p.path();
            if (path != null && path.startsWith("$.findings[")) {
                int close = path.indexOf(']');
                int k = Integer.parseInt(path.substring("$.findings[".length(), close));
                path = JsonPath.index("$.findings", findingIndex.get(k)) + path.substring(close + 1);
            }
            out.add(p.inFile(file).at(path));
        }
        // existence of the codes whose entries had other problems
        EvidenceCheck.problems(rubric, new Assessment(rubric.id(), null, org, null, null, null, invalidCodes, List.of()))
                .stream().filter(p -> !p.message().contains("is a metric indicator")).forEach(p -> out.add(p.inFile(file)));
        return out;
    }

    private static Problem violation(String file, ConstraintViolation<?> v) {
        String path = JsonPath.ROOT;
        String code = null;
        String last = null;
        for (Path.Node n : v.getPropertyPath()) {
            if (n.getKey() != null) {
                path = JsonPath.field(path, String.valueOf(n.getKey()));
                if (code == null && path.startsWith("$.evidence")) code = String.valueOf(n.getKey());
            } else if (n.getIndex() != null) {
                path = JsonPath.index(path, n.getIndex());
            }
            String name = n.getName();
            if (name != null && !name.startsWith("<")) {
                if (CROSS_FIELD_CHECKS.contains(name)) {
                    last = name; // an @AssertTrue method: the problem belongs to its object
                } else {
                    path = JsonPath.field(path, name);
                }
            }
        }
        Object bad = v.getInvalidValue();
        boolean show = !(bad == null || bad instanceof Boolean || last != null);
        String en = v.getMessage() + (show ? " (got " + abbreviate(bad) + ")" : "");
        String zh = FieldWords.constraintZh(v.getMessage(), fieldOf(v));
        return Problem.of(file, path, code, zh == null ? en : zh + (show ? "（现为“" + abbreviate(bad) + "”）" : ""), en);
    }

    /** The JSON field a violation is about: the last property of its path. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node n : v.getPropertyPath()) if (n.getName() != null && !n.getName().startsWith("<")) name = n.getName();
        return name;
    }

    /** {@code 证据文件 ev.json 有误} / {@code invalid evidence file ev.json}. */
    static io.aftercert.core.Text summary(String file) {
        return io.aftercert.core.Text.of("证据文件 " + file + " 有误", "invalid evidence file " + file);
    }

    private static String abbreviate(Object o) {
        String s = o instanceof BigDecimal d ? d.toPlainString().length() > 30 ? d.toString() : d.toPlainString()
                : String.valueOf(o);
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private static Assessment toAssessment(EvidenceDtos.EvidenceFileDto d) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        d.evidence().forEach((code, e) -> evidence.put(code, new Evidence(value(e), e.notes(), e.attachments(),
                e.assessor(), e.date())));
        List<Finding> findings = new ArrayList<>();
        if (d.findings() != null) {
            for (EvidenceDtos.FindingDto f : d.findings()) {
                findings.add(new Finding("bonus".equals(f.type()) ? Finding.Type.BONUS : Finding.Type.DEDUCTION,
                        f.category(), f.description(), f.indicator()));
            }
        }
        return new Assessment(d.rubric(), d.rubricVersion(),
                new Organization(d.organization().name(), d.organization().kind()), d.assessedOn(), d.assessor(),
                d.qualifyingGradeHeldMonths(), evidence, findings);
    }

    private static EvidenceValue value(EvidenceDtos.EntryDto e) {
        if (e.notApplicable() != null) return new EvidenceValue.NotApplicable(e.notApplicable());
        if (e.conforms() != null) return new EvidenceValue.Conforms(e.conforms());
        if (e.sample() != null) return new EvidenceValue.Sample(e.sample().conforming(), e.sample().sampled());
        if (e.value() != null) return new EvidenceValue.Measured(Ratio.of(e.value()));
        if (e.band() != null) return new EvidenceValue.Banded(e.band(), e.credit() == null ? null : Ratio.of(e.credit()));
        return new EvidenceValue.Credit(Ratio.of(e.credit()));
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
            unknownFields(root, JsonPath.ROOT, TOP_FIELDS, null);
            JsonNode sv = root.get("schemaVersion");
            if (sv != null && !(sv.isIntegralNumber() && sv.canConvertToInt() && sv.intValue() == SCHEMA_VERSION)) {
                add("$.schemaVersion", null, "文件版本（schemaVersion）应为 " + SCHEMA_VERSION + "（本软件读取的证据文件版本），不能是 "
                        + (sv.isNumber() ? sv.asText() : FieldWords.kindZh(sv)),
                        "schemaVersion must be " + SCHEMA_VERSION + " (the evidence file version this SDK reads), not "
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
                    unknownFields(o, "$.organization", ORG_FIELDS, null);
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
            unknownFields(e, path, ENTRY_FIELDS, code);
            List<String> given = new ArrayList<>();
            for (String f : FORMS) if (e.has(f) && !e.get(f).isNull()) given.add(f);
            boolean bandWithCredit = given.size() == 2 && given.contains("band") && given.contains("credit");
            boolean placeholder = FORMS.stream().anyMatch(f -> e.has(f) && e.get(f).isNull());
            if (given.isEmpty() && placeholder) {
                return null; // a template entry not filled in yet: the indicator stays not assessed
            }
            if (given.isEmpty()) {
                add(path, code, "请给出且只给出一种评价：" + FieldWords.zhOneOf(FORMS), "give exactly one of " + String.join(", ", FORMS));
            } else if (given.size() > 1 && !bandWithCredit) {
                add(path, code, "只能给出一种评价，却给出了 " + given.size() + " 种：" + String.join("、", given.stream().map(FieldWords::zh).toList())
                        + "（只有档位（band）可同时带得分率（credit））",
                        "give exactly one of " + String.join(", ", FORMS) + "; found " + String.join(", ", given)
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
                    unknownFields(s, path + ".sample", SAMPLE_FIELDS, code);
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
            unknownFields(f, path, FINDING_FIELDS, indicator);
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
            String bad = io.aftercert.core.NumberBounds.problem(n.decimalValue());
            if (bad != null) {
                add(JsonPath.field(path, field), code, io.aftercert.core.NumberBounds.problemZh(n.decimalValue()), bad);
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

    /**
     * Writes an assessment as an evidence file (the inverse of {@link #read(byte[], String)}).
     *
     * @param a the assessment
     * @return the file as UTF-8 JSON, with {@code schemaVersion} {@value #SCHEMA_VERSION}
     */
    public static byte[] write(Assessment a) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("rubric", a.rubricId());
        if (a.rubricVersion() != null) root.put("rubricVersion", a.rubricVersion());
        ObjectNode org = root.putObject("organization");
        org.put("name", a.organization().name());
        if (a.organization().kind() != null) org.put("kind", a.organization().kind());
        if (a.assessedOn() != null) root.put("assessedOn", a.assessedOn().toString());
        if (a.assessor() != null) root.put("assessor", a.assessor());
        if (a.qualifyingGradeHeldMonths() != null) root.put("qualifyingGradeHeldMonths", a.qualifyingGradeHeldMonths());
        ObjectNode ev = root.putObject("evidence");
        a.evidence().forEach((code, e) -> ev.set(code, entry(e)));
        if (!a.findings().isEmpty()) {
            ArrayNode fs = root.putArray("findings");
            for (Finding f : a.findings()) {
                ObjectNode o = fs.addObject();
                o.put("type", f.type().json());
                if (f.category() != null) o.put("category", f.category());
                o.put("description", f.description());
                if (f.indicator() != null) o.put("indicator", f.indicator());
            }
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode entry(Evidence e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        EvidenceValue v = e.value();
        if (v instanceof EvidenceValue.Conforms c) o.put("conforms", c.conforms());
        else if (v instanceof EvidenceValue.Credit c) o.put("credit", decimal(c.credit()));
        else if (v instanceof EvidenceValue.Banded b) {
            o.put("band", b.band());
            if (b.credit() != null) o.put("credit", decimal(b.credit()));
        } else if (v instanceof EvidenceValue.Sample s) {
            ObjectNode so = o.putObject("sample");
            so.put("conforming", s.conforming());
            so.put("sampled", s.sampled());
        } else if (v instanceof EvidenceValue.Measured m) o.put("value", decimal(m.value()));
        else if (v instanceof EvidenceValue.NotApplicable na) o.put("notApplicable", na.justification());
        if (e.notes() != null) o.put("notes", e.notes());
        if (!e.attachments().isEmpty()) {
            ArrayNode at = o.putArray("attachments");
            e.attachments().forEach(at::add);
        }
        if (e.assessor() != null) o.put("assessor", e.assessor());
        if (e.date() != null) o.put("date", e.date().toString());
        return o;
    }

    private static BigDecimal decimal(Ratio r) {
        return r.isTerminating() ? r.toBigDecimalExact() : r.toBigDecimal(12, java.math.RoundingMode.HALF_EVEN);
    }

}
