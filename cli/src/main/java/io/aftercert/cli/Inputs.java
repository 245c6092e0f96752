package io.aftercert.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Lang;
import io.aftercert.core.Problem;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.internal.json.JsonProblems;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.model.AppliedTailoring;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.ValidatedAssessment;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.core.tailoring.Tailoring;
import io.aftercert.workbook.WorkbookEvidence;
import io.aftercert.workbook.WorkbookGuard;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import io.aftercert.core.internal.input.JsonPath;
import io.aftercert.core.Ratio;
import io.aftercert.core.internal.input.Suggestions;
import io.aftercert.core.plan.PlanInput;
import io.aftercert.core.spi.ReportRenderer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the user's input files: the one place a command line path becomes bytes (a folder, a
 * missing or unreadable file get a message naming the path), and an evidence file (scored) or a
 * result file, whichever a path is.
 */
final class Inputs {
    /** Largest input file read (JSON inputs are limited further by {@link Json#MAX_DOCUMENT_BYTES}). */
    static final long MAX_INPUT_BYTES = 64L << 20;

    /** The rubric that scored it (tailored when asked), the result, and the file's bytes. */
    record Scored(Rubric rubric, AssessmentResult result, byte[] bytes) {
    }

    private Inputs() {
    }

    /**
     * An effort file: a JSON object from indicator code (or {@code deduction-N}, the N-th special
     * deduction of the evidence) to an effort number, or to an object with any of {@code effort}
     * (> 0), {@code owner} and {@code due} (YYYY-MM-DD). Every problem is reported with its JSON path.
     */
    static PlanInput plan(Path file, Set<String> codes) {
        JsonNode root;
        try {
            root = Json.readTree(read(file));
        } catch (JacksonException e) {
            throw JsonProblems.invalid(effortSummary(file), file.toString(), e);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        if (!root.isObject()) {
            throw new InvalidInputException(effortSummary(file), List.of(Problem.of(file.toString(), "$", null,
                    "工作量文件应为 JSON 对象：条款号 → 工作量", "an effort file is a JSON object: code → effort")));
        }
        List<Problem> ps = new ArrayList<>();
        Map<String, Ratio> effort = new LinkedHashMap<>();
        Map<String, PlanInput.Assignment> who = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            String code = e.getKey();
            String path = JsonPath.field("$", code);
            if (!codes.contains(code) && !code.matches("deduction-[1-9][0-9]*")) {
                ps.add(Problem.of(file.toString(), path, code, "没有条款“" + code + "”" + Suggestions.didYouMean(code, codes, Lang.ZH),
                        "no indicator '" + code + "'" + Suggestions.didYouMean(code, codes)));
                return;
            }
            JsonNode v = e.getValue();
            JsonNode eff = v.isObject() ? v.get("effort") : v;
            if (v.isObject()) {
                PlanInput.Assignment a = assignment(file, path, code, v, ps);
                if (a != null) who.put(code, a);
            }
            if (eff == null) return;
            if (code.startsWith("deduction-")) {
                ps.add(Problem.of(file.toString(), path, code, "特别扣分项只填负责人（owner）和完成日期（due），不填工作量",
                        "a special deduction takes an owner and a due date, not an effort"));
            } else {
                String at = v.isObject() ? JsonPath.field(path, "effort") : path;
                Ratio r = null;
                try { // a number, or a number written as text: through the same bounds either way
                    if (eff.isNumber()) r = io.aftercert.core.internal.input.NumberBounds.ratio(eff.decimalValue());
                    else if (eff.isTextual()) r = io.aftercert.core.internal.input.NumberBounds.parse(eff.textValue());
                } catch (NumberFormatException x) {
                    ps.add(Problem.of(file.toString(), at, code, "工作量（effort）不是可用的数字：" + io.aftercert.core.internal.input.NumberBounds.zh(x), x.getMessage()));
                    return;
                }
                if (r == null || r.signum() <= 0) ps.add(Problem.of(file.toString(), at, code, "工作量（effort）应为大于 0 的数字", "effort must be a number > 0"));
                else effort.put(code, r);
            }
        });
        if (!ps.isEmpty()) throw new InvalidInputException(effortSummary(file), ps);
        return new PlanInput(effort, who);
    }

    /** The owner and due date of one entry of an effort file ({@code {"effort": 3, "owner": …, "due": …}}), or null when it names neither. */
    private static PlanInput.Assignment assignment(Path file, String path, String code, JsonNode v, List<Problem> ps) {
        v.fieldNames().forEachRemaining(f -> {
            if (!List.of("effort", "owner", "due").contains(f)) {
                ps.add(Problem.of(file.toString(), JsonPath.field(path, f), code, "未知字段“" + f + "”；可用字段：工作量（effort）、负责人（owner）、完成日期（due）",
                        "unknown field '" + f + "'; allowed: effort, owner, due"));
            }
        });
        JsonNode owner = v.get("owner");
        JsonNode due = v.get("due");
        LocalDate date = null;
        if (owner != null && (!owner.isTextual() || owner.asText().isBlank())) {
            ps.add(Problem.of(file.toString(), JsonPath.field(path, "owner"), code, "负责人（owner）应为非空文本", "owner must be a non-blank string"));
        }
        if (due != null) {
            try {
                date = LocalDate.parse(due.asText());
            } catch (DateTimeParseException ex) {
                ps.add(Problem.of(file.toString(), JsonPath.field(path, "due"), code, "完成日期（due）应为 YYYY-MM-DD 格式的日期，不能是“" + due.asText() + "”",
                        "due must be a date YYYY-MM-DD, not '" + due.asText() + "'"));
            }
        }
        return owner != null || date != null ? new PlanInput.Assignment(owner == null ? null : owner.asText(), date) : null;
    }

    /**
     * The bytes of an input file the user named.
     *
     * @throws Main.UserException naming the path when it is missing, a folder, unreadable or too large
     */
    static byte[] read(Path file) {
        checkReadable(file);
        try {
            if (Files.size(file) > MAX_INPUT_BYTES) {
                throw Words.error("error.tooLarge", file, Files.size(file), MAX_INPUT_BYTES);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** {@code 无法读取 FILE：原因} / {@code cannot read FILE: reason}. */
    static Main.UserException cannotRead(Object file, IOException e) {
        return Words.error("error.cannotRead", file, io.aftercert.core.internal.io.AtomicFiles.reason(e, Lang.ZH), reason(e));
    }

    private static io.aftercert.core.Text effortSummary(Path file) {
        return io.aftercert.core.Text.of("工作量文件 " + file + " 有误", "invalid effort file " + file);
    }

    /** Refuses a path that is not an existing, readable regular file, naming it. */
    static void checkReadable(Path file) {
        if (Files.isDirectory(file)) throw Words.error("error.isFolder", file);
        if (!Files.exists(file)) throw Words.error("noSuchFile", file);
        if (!Files.isRegularFile(file)) throw Words.error("error.notRegular", file);
        if (!Files.isReadable(file)) throw Words.error("error.permission", file);
    }

    /** A file-system failure in words, without the paths Java puts into its messages. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The tailoring file, read once, or null. */
    static Tailoring tailoring(Path file) {
        return file == null ? null : Tailoring.read(read(file), file.toString());
    }

    /**
     * An evidence file scored, or a result file as recorded. A result file must have been scored
     * with the installed rubric version and the same tailoring as {@code t} (both recorded in it):
     * otherwise its figures do not belong to the rubric that would plan on it, and it is refused.
     */
    static Scored load(Path path, Tailoring t) {
        if (isWorkbook(path)) return evidence(path, t);
        byte[] bytes = read(path);
        AssessmentResult r = resultIn(path, bytes);
        if (r != null) {
            Rubric rubric = RubricRegistry.getDefault().require(r.rubric().id());
            List<Problem> ps = new ArrayList<>();
            if (r.rubric().version() != null && !r.rubric().version().equals(rubric.version())) {
                ps.add(Problem.of(path.toString(), "$.rubric.version", null, "按 " + r.rubric().id() + " 版本 " + r.rubric().version()
                        + " 评分，而已安装的版本是 " + rubric.version() + "：请对证据文件重新评分",
                        "scored with " + r.rubric().id() + " version " + r.rubric().version() + ", but the installed version is "
                                + rubric.version() + ": assess the evidence file again"));
            }
            AppliedTailoring recorded = r.rubric().tailoring();
            if (recorded != null && t == null) {
                ps.add(Problem.of(path.toString(), "$.rubric.tailoring", null, "按剪裁“" + recorded.name() + "”（SHA-256 "
                        + shortSha(recorded.sha256()) + "）评分：请用 --tailoring 给出同一剪裁文件",
                        "scored with tailoring '" + recorded.name() + "' (SHA-256 " + shortSha(recorded.sha256()) + "): give the same file with --tailoring"));
            } else if (recorded == null && t != null) {
                ps.add(Problem.of(path.toString(), "$.rubric.tailoring", null, "评分时未用剪裁：请去掉 --tailoring " + t.file()
                        + "，或用它对证据文件重新评分",
                        "scored without a tailoring: drop --tailoring " + t.file() + ", or assess the evidence file with it"));
            } else if (recorded != null && !recorded.sha256().equals(t.sha256())) {
                ps.add(Problem.of(path.toString(), "$.rubric.tailoring", null, "按剪裁“" + recorded.name() + "”（SHA-256 "
                        + shortSha(recorded.sha256()) + "）评分，不是 " + t.file() + "（“" + t.name() + "”，SHA-256 " + shortSha(t.sha256()) + "）",
                        "scored with tailoring '" + recorded.name() + "' (SHA-256 " + shortSha(recorded.sha256()) + "), not with " + t.file()
                                + " ('" + t.name() + "', SHA-256 " + shortSha(t.sha256()) + ")"));
            }
            if (!ps.isEmpty()) {
                throw new InvalidInputException(io.aftercert.core.Text.of("结果文件 " + path + " 与要用于计划的评分标准不符",
                        "the result file " + path + " does not match the rubric to plan on"), ps);
            }
            return new Scored(t == null ? rubric : t.applyTo(rubric), r, bytes);
        }
        return evidence(path, bytes, t);
    }

    /**
     * A result file as recorded, or an evidence file scored (with {@code t}), for comparisons that
     * need no rubric beyond the result itself.
     */
    static Scored loadForComparison(Path path, Tailoring t) {
        if (isWorkbook(path)) return evidence(path, t);
        byte[] bytes = read(path);
        AssessmentResult r = resultIn(path, bytes);
        if (r != null) return new Scored(RubricRegistry.getDefault().require(r.rubric().id()), r, bytes);
        return evidence(path, bytes, t);
    }

    /** The result recorded in a JSON file's {@code bytes}, or null when the file is not a result file (but evidence). */
    private static AssessmentResult resultIn(Path path, byte[] bytes) {
        JsonNode root;
        try {
            root = Json.readTree(bytes);
        } catch (JacksonException e) {
            throw JsonProblems.invalid(io.aftercert.core.Text.of("文件 " + path + " 有误", "invalid file " + path), path.toString(), e);
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
        return root.has("schemaVersion") && root.has("finalScore")
                ? ResultJson.readChecked(bytes, path.toString(), RubricRegistry.getDefault()::find) : null;
    }

    static String shortSha(String sha) {
        return sha == null ? "?" : sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    /** An evidence file (never a result file), scored. */
    static Scored evidence(Path path, Tailoring t) {
        if (isWorkbook(path)) {
            checkReadable(path);
            RubricRegistry registry = RubricRegistry.getDefault();
            ValidatedAssessment v;
            try {
                v = WorkbookEvidence.readValidated(path, registry::find); // checks size and structure before reading
            } catch (IOException e) {
                throw cannotRead(path, e);
            }
            return scored(v, t, read(path));
        }
        return evidence(path, read(path), t);
    }

    /**
     * Whether an input file is a workbook, by its content (a zip, or an old binary Excel file that
     * the workbook reader refuses in words), whatever its name: the one choice every command that
     * reads evidence makes. A file named {@code .xlsx} that is neither goes to the workbook reader
     * too, which says that it is not a workbook.
     */
    static boolean isWorkbook(Path path) {
        checkReadable(path);
        try {
            return WorkbookGuard.looksLikeWorkbook(path) || WorkbookEvidence.isWorkbook(path);
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    /** An evidence file or workbook, read and checked but not scored (for commands that map evidence). */
    static Assessment assessment(Path path) {
        RubricRegistry registry = RubricRegistry.getDefault();
        if (!isWorkbook(path)) return EvidenceJson.read(read(path), path.toString(), registry::find);
        try {
            return WorkbookEvidence.read(path, registry::find);
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    private static Scored evidence(Path path, byte[] bytes, Tailoring t) {
        RubricRegistry registry = RubricRegistry.getDefault();
        return scored(EvidenceJson.readValidated(bytes, path.toString(), registry::find), t, bytes);
    }

    /** Scored once validated: untailored, the reader's check stands; a tailored rubric checks against itself. */
    private static Scored scored(ValidatedAssessment v, Tailoring t, byte[] bytes) {
        if (t == null) return new Scored(v.rubric(), ScoringEngine.score(v), bytes);
        Rubric rubric = t.applyTo(v.rubric());
        return new Scored(rubric, ScoringEngine.score(rubric, v.assessment()), bytes);
    }
}
