package io.aftercert.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.internal.json.JsonProblems;
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
import java.util.ArrayList;
import java.util.Comparator;
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
    static final List<String> ORG_FIELDS = List.of("name", "kind");
    static final List<String> SAMPLE_FIELDS = List.of("conforming", "sampled");
    /** Names of the {@code @AssertTrue} methods of {@link EvidenceDtos}: not JSON fields. */
    private static final List<String> CROSS_FIELD_CHECKS = List.of("conformingWithinSampled", "justificationNotBlank",
            "categoryGivenForDeduction");
    static final List<String> FINDING_FIELDS = List.of("type", "category", "description", "indicator");

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

    /** What reading produced before the rubric checks: the document, its evidence codes as written, the problems. */
    record Parsed(EvidenceDtos.EvidenceFileDto dto, List<String> codes, List<Problem> problems) {
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparing(p -> p.path() == null ? "" : p.path()));
        return out;
    }

    static Parsed parse(byte[] json, String file) {
        if (json.length > Json.MAX_DOCUMENT_BYTES) {
            throw new InvalidInputException(summary(file), List.of(Problem.of(file, null, null, "文件有 " + json.length
                    + " 字节，证据文件最大 " + Json.MAX_DOCUMENT_BYTES + " 字节", "file is " + json.length
                    + " bytes; evidence files are limited to " + Json.MAX_DOCUMENT_BYTES + " bytes")));
        }
        EvidenceReader reader;
        EvidenceDtos.EvidenceFileDto dto;
        try (JsonParser p = Json.parser(json)) {
            // the reader finds repeated keys itself, where it holds the fields anyway (a hash set per object saved)
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            reader = new EvidenceReader(p, json, file);
            dto = reader.file();
            Json.end(p);
        } catch (JsonParseException e) { // the file is not one strict JSON document: that alone is reported
            throw new InvalidInputException(summary(file), List.of(JsonProblems.problem(file, Json.classified(e, json))));
        } catch (JacksonException e) {
            throw new InvalidInputException(summary(file), List.of(JsonProblems.problem(file, e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return constrained(reader.problems, dto, reader.codes, file);
    }

    static Parsed parseTree(JsonNode root, String file) {
        try (JsonParser p = root.traverse()) {
            EvidenceReader reader = new EvidenceReader(p, file);
            EvidenceDtos.EvidenceFileDto dto = reader.file();
            return constrained(reader.problems, dto, reader.codes, file);
        } catch (IOException e) { // a tree in memory: nothing to fail on
            throw new UncheckedIOException(e);
        }
    }

    /** The reader's problems, and Bean Validation's on what it read. */
    static Parsed constrained(List<Problem> problems, EvidenceDtos.EvidenceFileDto dto, List<String> codes, String file) {
        if (dto != null && !ConstraintScan.valid(dto)) { // the validator only when a constraint fails: it is for the messages
            // a value the reader already refused (wrong type, out of range) is left null: no second "is required" for it
            java.util.Set<String> refused = new java.util.HashSet<>();
            for (Problem p : problems) refused.add(p.path());
            for (ConstraintViolation<EvidenceDtos.EvidenceFileDto> v : ValidatorHolder.VALIDATOR.validate(dto)) {
                Problem p = violation(file, v);
                if (!refused.contains(p.path())) problems.add(p);
            }
        }
        return new Parsed(dto, codes, problems);
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
        return EvidenceReader.abbreviate(o);
    }

    private static Assessment toAssessment(EvidenceDtos.EvidenceFileDto d) {
        // through the builder: the assessment keeps the builder's map as it is (the constructor would copy it)
        Assessment.Builder b = Assessment.builder(d.rubric(), new Organization(d.organization().name(), d.organization().kind()))
                .rubricVersion(d.rubricVersion()).assessedOn(d.assessedOn()).assessor(d.assessor())
                .qualifyingGradeHeldMonths(d.qualifyingGradeHeldMonths());
        d.evidence().forEach((code, e) -> b.put(code, new Evidence(value(e), e.notes(), e.attachments(), e.assessor(), e.date())));
        if (d.findings() != null) {
            for (EvidenceDtos.FindingDto f : d.findings()) {
                b.finding(new Finding("bonus".equals(f.type()) ? Finding.Type.BONUS : Finding.Type.DEDUCTION,
                        f.category(), f.description(), f.indicator()));
            }
        }
        return b.build();
    }

    private static EvidenceValue value(EvidenceDtos.EntryDto e) {
        if (e.notApplicable() != null) return new EvidenceValue.NotApplicable(e.notApplicable());
        if (e.conforms() != null) return new EvidenceValue.Conforms(e.conforms());
        if (e.sample() != null) return new EvidenceValue.Sample(e.sample().conforming(), e.sample().sampled());
        if (e.value() != null) return new EvidenceValue.Measured(Ratio.of(e.value()));
        if (e.band() != null) return new EvidenceValue.Banded(e.band(), e.credit() == null ? null : Ratio.of(e.credit()));
        return new EvidenceValue.Credit(Ratio.of(e.credit()));
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
