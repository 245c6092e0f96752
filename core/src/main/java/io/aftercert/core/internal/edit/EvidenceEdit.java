package io.aftercert.core.internal.edit;

import io.aftercert.core.internal.json.SharedMapper;

import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.internal.json.JsonProblems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.model.Rubric;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Changes a few indicators of an evidence file and leaves everything else in it as it was: the
 * shared plumbing of every "fill the evidence from measured data" feature (service records, the
 * customer survey). Opens an existing file (or starts a new one for the rubric), sets verdicts or
 * notes of single indicators, and gives back the bytes only after they read as a valid evidence
 * file for the rubric.
 */
public final class EvidenceEdit {
    /** The verdict forms of an evidence entry; setting one removes the others. */
    public static final List<String> FORMS = List.of("conforms", "credit", "band", "sample", "notApplicable", "value");

    private final ObjectNode root;
    private final ObjectNode evidence;
    private final String file;
    private final Rubric rubric;

    private EvidenceEdit(ObjectNode root, ObjectNode evidence, String file, Rubric rubric) {
        this.root = root;
        this.evidence = evidence;
        this.file = file;
        this.rubric = rubric;
    }

    /**
     * Opens the evidence file's bytes ({@code existing}), or starts a new evidence file for the
     * rubric when {@code existing} is null.
     *
     * @param existing the file's bytes, or null for a new file (organisation name left to fill in)
     * @param file     the file name used in problems
     * @param rubric   the rubric the file is for
     * @return an editor on the file
     * @throws InvalidInputException when the bytes are not a JSON object or are for another rubric
     */
    public static EvidenceEdit open(byte[] existing, String file, Rubric rubric) {
        ObjectNode root;
        try {
            if (existing == null) {
                root = JsonNodeFactory.instance.objectNode();
                root.put("rubric", rubric.id());
                root.put("rubricVersion", rubric.version());
                root.putObject("organization").put("name", "（请填写组织名称）");
                root.putObject("evidence");
            } else {
                JsonNode n = Json.readTree(existing);
                if (!n.isObject()) throw new InvalidInputException(new Problem(file, "$", null, "an evidence file must be a JSON object"));
                root = (ObjectNode) n;
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw JsonProblems.invalid("invalid evidence file " + file, file, e);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(file, null, null, "cannot read: " + e.getMessage()));
        }
        if (!rubric.id().equals(root.path("rubric").asText())) {
            throw new InvalidInputException(new Problem(file, "$.rubric", null, "the evidence file is for rubric '"
                    + root.path("rubric").asText() + "', not " + rubric.id()));
        }
        ObjectNode evidence = root.get("evidence") instanceof ObjectNode o ? o : root.putObject("evidence");
        return new EvidenceEdit(root, evidence, file, rubric);
    }

    /** The entry of {@code code}, created empty when missing. */
    private ObjectNode entry(String code) {
        return evidence.get(code) instanceof ObjectNode o ? o : evidence.putObject(code);
    }

    /**
     * Sets the verdict of {@code code} to {@code form} = {@code value} (one of {@link #FORMS}),
     * removing any other form; notes, attachments, assessor and date stay.
     *
     * @param code  the indicator code; its entry is created when missing
     * @param form  one of {@link #FORMS}
     * @param value the form's JSON value ({@code true}, {@code 0.8}, {@code {"conforming": 9, "sampled": 10}}, …)
     * @throws IllegalArgumentException when {@code form} is not one of {@link #FORMS}
     */
    public void setVerdict(String code, String form, JsonNode value) {
        if (!FORMS.contains(form)) throw new IllegalArgumentException("unknown evidence form " + form);
        ObjectNode e = entry(code);
        FORMS.forEach(e::remove);
        e.set(form, value);
    }

    /**
     * The notes of one indicator.
     *
     * @param code the indicator code
     * @return its notes, or null when it has none
     */
    public String notes(String code) {
        JsonNode n = evidence.path(code).path("notes");
        return n.isTextual() ? n.asText() : null;
    }

    /**
     * Sets the notes of {@code code}. An entry that has no verdict yet gets the placeholder
     * {@code "conforms": null}, so it stays not assessed: notes never decide a verdict.
     *
     * @param code  the indicator code; its entry is created when missing
     * @param notes the new notes, replacing any there
     */
    public void setNotes(String code, String notes) {
        ObjectNode e = entry(code);
        if (FORMS.stream().noneMatch(e::has)) e.putNull("conforms");
        e.put("notes", notes);
    }

    /**
     * The edited file, pretty-printed, after checking that it reads as evidence for the rubric.
     *
     * @return the file's new bytes (UTF-8)
     * @throws InvalidInputException listing every problem when the edited file is not valid evidence
     */
    public byte[] bytes() {
        byte[] out;
        try {
            out = SharedMapper.get().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        EvidenceJson.read(out, file, id -> id.equals(rubric.id()) ? Optional.of(rubric) : Optional.empty());
        return out;
    }
}
