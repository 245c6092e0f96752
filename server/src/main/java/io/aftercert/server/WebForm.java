package io.aftercert.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.Text;
import io.aftercert.core.internal.edit.EvidenceEdit;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item form of the web pages as plain form values, and back: an evidence document (the JSON the
 * CLI reads) becomes the values of the form's fields, and the fields the user sent become an evidence
 * document again. Nothing here scores; the evidence goes to the SDK as any evidence file does.
 *
 * <p>Field names: {@code v:CODE} the verdict form ({@link #CHOICES}), {@code band:CODE},
 * {@code bandCredit:CODE}, {@code credit:CODE}, {@code conforming:CODE}, {@code sampled:CODE},
 * {@code value:CODE}, {@code na:CODE} (the reason), {@code notes:CODE}, {@code attachments:CODE}
 * (one name a line); the header {@code organization}, {@code kind}, {@code assessedOn}, {@code assessor},
 * {@code heldMonths}; special findings {@code fType:i}, {@code fCategory:i}, {@code fDescription:i},
 * {@code fIndicator:i} for i below {@code findings}; the tailoring: {@code x:CODE} ("on": the item is
 * excluded from scoring), {@code xWhy:CODE} (the justification), {@code tailoringName}.
 */
final class WebForm {
    /** The verdict choices: not assessed, conforms, does not conform, band, credit, sample, value (metrics), not applicable. */
    static final List<String> CHOICES = List.of("", "yes", "no", "band", "credit", "sample", "value", "na");
    static final int MAX_TEXT = 20_000;
    static final int MAX_ATTACHMENTS = 200;
    static final int MAX_FINDINGS = 1000;

    private WebForm() {
    }

    /** A field the user must correct: its name and what is wrong. */
    record FieldError(String field, Text message) {
    }

    /** The form read back: the evidence document, or the fields to correct (then no evidence). */
    record Read(ObjectNode evidence, List<FieldError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The form's values for an evidence document of {@code rubric}, without a tailoring. */
    static Map<String, String> values(JsonNode root, Rubric rubric) {
        return values(root, null, rubric);
    }

    /** The form's values for an evidence document of {@code rubric} and its tailoring file's JSON (or null). */
    static Map<String, String> values(JsonNode root, JsonNode tailoring, Rubric rubric) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("organization", text(root.path("organization").path("name")));
        v.put("kind", text(root.path("organization").path("kind")));
        v.put("assessedOn", text(root.path("assessedOn")));
        v.put("assessor", text(root.path("assessor")));
        v.put("heldMonths", text(root.path("qualifyingGradeHeldMonths")));
        JsonNode ev = root.path("evidence");
        for (Indicator leaf : rubric.leaves()) leafValues(leaf.code(), ev.path(leaf.code()), v);
        if (tailoring != null) exclusionValues(tailoring, rubric, v);
        findingValues(root.path("findings"), v);
        return v;
    }

    /** The fields of item {@code c} for its evidence entry {@code e} (missing: not assessed yet): its verdict, notes and attachments. */
    private static void leafValues(String c, JsonNode e, Map<String, String> v) {
        String choice = "";
        if (nonNull(e, "notApplicable")) {
            choice = "na";
            v.put("na:" + c, e.get("notApplicable").asText());
        } else if (nonNull(e, "band")) {
            choice = "band";
            v.put("band:" + c, e.get("band").asText());
            if (nonNull(e, "credit")) v.put("bandCredit:" + c, number(e.get("credit")));
        } else if (nonNull(e, "conforms")) {
            choice = e.get("conforms").asBoolean() ? "yes" : "no";
        } else if (nonNull(e, "credit")) {
            choice = "credit";
            v.put("credit:" + c, number(e.get("credit")));
        } else if (nonNull(e, "sample") && (nonNull(e.get("sample"), "conforming") || nonNull(e.get("sample"), "sampled"))) {
            // a template's blank sample ({"conforming": null, "sampled": null}) is an item not assessed yet
            choice = "sample";
            v.put("conforming:" + c, text(e.get("sample").path("conforming")));
            v.put("sampled:" + c, text(e.get("sample").path("sampled")));
        } else if (nonNull(e, "value")) {
            choice = "value";
            v.put("value:" + c, number(e.get("value")));
        }
        v.put("v:" + c, choice);
        v.put("notes:" + c, text(e.path("notes")));
        List<String> att = new ArrayList<>();
        e.path("attachments").forEach(a -> att.add(a.asText()));
        v.put("attachments:" + c, String.join("\n", att));
    }

    /** The tailoring's name and, on each item it excludes, the exclusion and its justification. */
    private static void exclusionValues(JsonNode tailoring, Rubric rubric, Map<String, String> v) {
        v.put("tailoringName", text(tailoring.path("name")));
        JsonNode ex = tailoring.path("exclude");
        for (Indicator leaf : rubric.leaves()) {
            // an exclusion of a group is shown on each of its items (the tailoring applies it so)
            String why = excludedBy(rubric, leaf, ex);
            if (why != null) {
                v.put("x:" + leaf.code(), "on");
                v.put("xWhy:" + leaf.code(), why);
            }
        }
    }

    /** The special findings' count and their rows' fields. */
    private static void findingValues(JsonNode findings, Map<String, String> v) {
        int n = findings.isArray() ? findings.size() : 0;
        v.put("findings", String.valueOf(n));
        for (int i = 0; i < n; i++) {
            JsonNode f = findings.get(i);
            v.put("fType:" + i, text(f.path("type")));
            v.put("fCategory:" + i, text(f.path("category")));
            v.put("fDescription:" + i, text(f.path("description")));
            v.put("fIndicator:" + i, text(f.path("indicator")));
        }
    }

    /**
     * The evidence document the form's {@code values} describe, on top of {@code base} (the draft as
     * saved, whose other fields, such as an entry's assessor or date, stay as they were).
     */
    static Read evidence(Rubric rubric, Map<String, String> values, ObjectNode base) {
        ObjectNode root = base.deepCopy();
        List<FieldError> errors = new ArrayList<>();
        root.put("rubric", rubric.id());
        root.put("rubricVersion", rubric.version());
        ObjectNode org = root.putObject("organization");
        String name = get(values, "organization");
        if (name.isEmpty()) errors.add(err("organization", "请填写组织名称。", "Enter the organisation's name."));
        else if (name.length() > 500) errors.add(err("organization", "组织名称最多 500 个字符。", "The organisation's name is at most 500 characters."));
        org.put("name", name);
        String kind = get(values, "kind");
        if (List.of("manufacturer", "trader", "service").contains(kind)) org.put("kind", kind);
        else if (!kind.isEmpty()) errors.add(err("kind", "请选择组织类型。", "Choose the kind of organisation."));
        String date = get(values, "assessedOn");
        if (date.isEmpty()) root.putNull("assessedOn");
        else {
            try {
                root.put("assessedOn", LocalDate.parse(date).toString());
            } catch (DateTimeParseException e) {
                errors.add(err("assessedOn", "评价日期须写作 2026-11-06 这样的日期。", "The assessment date must be a date such as 2026-11-06."));
            }
        }
        String assessor = get(values, "assessor");
        if (assessor.length() > 500) errors.add(err("assessor", "评价人最多 500 个字符。", "The assessor is at most 500 characters."));
        if (assessor.isEmpty()) root.putNull("assessor");
        else root.put("assessor", assessor);
        String held = get(values, "heldMonths");
        if (held.isEmpty()) root.remove("qualifyingGradeHeldMonths");
        else {
            Integer m = whole(held, 0, 1200);
            if (m == null) errors.add(err("heldMonths", "已保持达标的月数须为 0 到 1200 的整数。", "Months held must be a whole number from 0 to 1200."));
            else root.put("qualifyingGradeHeldMonths", m);
        }
        ObjectNode ev = root.get("evidence") instanceof ObjectNode o ? o : root.putObject("evidence");
        for (Indicator leaf : rubric.leaves()) entry(leaf, values, ev, errors);
        findings(values, root, errors);
        return new Read(errors.isEmpty() ? root : null, List.copyOf(errors));
    }

    private static void entry(Indicator leaf, Map<String, String> values, ObjectNode ev, List<FieldError> errors) {
        String c = leaf.code();
        ObjectNode e = ev.get(c) instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        EvidenceEdit.FORMS.forEach(e::remove);
        e.remove("notes");
        e.remove("attachments");
        String choice = get(values, "v:" + c);
        verdict(leaf, choice, values, e, errors);
        notesAndAttachments(c, values, e, errors);
        boolean empty = choice.isEmpty() && !e.has("notes") && !e.has("attachments") && e.size() == 1;
        if (empty) ev.remove(c);
        else ev.set(c, e);
    }

    /** Puts the verdict of item {@code leaf} the form's {@code choice} names into its entry {@code e}, or adds the errors. */
    private static void verdict(Indicator leaf, String choice, Map<String, String> values, ObjectNode e, List<FieldError> errors) {
        String c = leaf.code();
        switch (choice) {
            case "" -> e.putNull("conforms");
            case "yes" -> e.put("conforms", true);
            case "no" -> e.put("conforms", false);
            case "band" -> {
                Integer b = whole(get(values, "band:" + c), 1, 5);
                if (b == null) errors.add(err("band:" + c, c + "：请选择档次（1–5）。", c + ": choose a band (1–5)."));
                else e.put("band", b);
                String bc = get(values, "bandCredit:" + c);
                if (!bc.isEmpty()) {
                    BigDecimal credit = decimal(bc);
                    if (credit == null || credit.signum() < 0 || credit.compareTo(BigDecimal.ONE) > 0) {
                        errors.add(err("bandCredit:" + c, c + "：档内得分率须为 0 到 1 之间的数，如 0.95。",
                                c + ": the credit inside the band must be a number from 0 to 1, such as 0.95."));
                    } else e.put("credit", credit);
                }
            }
            case "credit" -> {
                BigDecimal credit = decimal(get(values, "credit:" + c));
                if (credit == null || credit.signum() < 0 || credit.compareTo(BigDecimal.ONE) > 0) {
                    errors.add(err("credit:" + c, c + "：得分率须为 0 到 1 之间的数，如 0.8。", c + ": the credit must be a number from 0 to 1, such as 0.8."));
                } else e.put("credit", credit);
            }
            case "sample" -> {
                Integer conforming = whole(get(values, "conforming:" + c), 0, 10_000_000);
                Integer sampled = whole(get(values, "sampled:" + c), 1, 10_000_000);
                if (sampled == null) errors.add(err("sampled:" + c, c + "：抽查数须为 1 以上的整数。", c + ": the number sampled must be a whole number of at least 1."));
                if (conforming == null) errors.add(err("conforming:" + c, c + "：合格数须为 0 以上的整数。", c + ": the number conforming must be a whole number of at least 0."));
                else if (sampled != null && conforming > sampled) {
                    errors.add(err("conforming:" + c, c + "：合格数不能多于抽查数。", c + ": the number conforming cannot exceed the number sampled."));
                }
                if (conforming != null && sampled != null) e.putObject("sample").put("conforming", conforming).put("sampled", sampled);
            }
            case "value" -> {
                BigDecimal value = leaf.kind() == IndicatorKind.METRIC ? decimal(get(values, "value:" + c)) : null;
                if (leaf.kind() != IndicatorKind.METRIC) {
                    errors.add(err("v:" + c, c + "：本条不是量化指标，不能填测量值。", c + ": this item is not a metric and takes no measured value."));
                } else if (value == null || value.abs().compareTo(new BigDecimal("1e12")) > 0) {
                    errors.add(err("value:" + c, c + "：测量值须为数字，如 96.5。", c + ": the measured value must be a number, such as 96.5."));
                } else e.put("value", value);
            }
            case "na" -> {
                String why = get(values, "na:" + c);
                if (why.isEmpty()) errors.add(err("na:" + c, c + "：请写明不适用的理由。", c + ": say why the item does not apply."));
                else if (why.length() > MAX_TEXT) errors.add(tooLong("na:" + c, c));
                else e.put("notApplicable", why);
            }
            default -> errors.add(err("v:" + c, c + "：请选择评价方式。", c + ": choose a verdict."));
        }
    }

    /** Puts the notes and attachments of item {@code c} into its entry {@code e}, or adds the errors. */
    private static void notesAndAttachments(String c, Map<String, String> values, ObjectNode e, List<FieldError> errors) {
        String notes = get(values, "notes:" + c);
        if (notes.length() > MAX_TEXT) errors.add(tooLong("notes:" + c, c));
        else if (!notes.isEmpty()) e.put("notes", notes);
        List<String> att = values.getOrDefault("attachments:" + c, "").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (att.size() > MAX_ATTACHMENTS || att.stream().anyMatch(s -> s.length() > 1000)) {
            errors.add(err("attachments:" + c, c + "：附件最多 200 个，每个名称最多 1000 个字符。", c + ": at most 200 attachments, each name at most 1000 characters."));
        } else if (!att.isEmpty()) {
            ArrayNode a = e.putArray("attachments");
            att.forEach(a::add);
        }
    }

    /** The justification excluding {@code leaf}: its own, or its nearest group's; null when it is not excluded. */
    private static String excludedBy(Rubric rubric, Indicator leaf, JsonNode exclude) {
        for (Indicator at = leaf; at != null; at = rubric.parent(at.code()).orElse(null)) {
            JsonNode why = exclude.get(at.code());
            if (why != null && why.isTextual()) return why.asText();
        }
        return null;
    }

    /** The draft's tailoring as the form describes it: the tailoring file's JSON, or null for none. */
    record TailoringRead(ObjectNode tailoring, List<FieldError> errors) {
    }

    /**
     * The tailoring the form's exclusions describe, on top of {@code base} (the draft's tailoring as
     * saved, or null): its other adjustments (points, weights, targets, grade scale) stay as they were;
     * its exclusions become the items ticked, each with its justification. Null when nothing is
     * tailored. Whether the tailoring holds for the rubric is the SDK's to say ({@code Tailoring.applyTo}).
     */
    static TailoringRead tailoring(Rubric rubric, Map<String, String> values, JsonNode base, String lang) {
        List<FieldError> errors = new ArrayList<>();
        ObjectNode t = base instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        t.remove("exclude");
        ObjectNode exclude = JsonNodeFactory.instance.objectNode();
        for (Indicator leaf : rubric.leaves()) {
            String c = leaf.code();
            if (!"on".equals(get(values, "x:" + c))) continue;
            String why = get(values, "xWhy:" + c);
            if (why.isEmpty()) errors.add(err("xWhy:" + c, c + "：删减须写明理由。", c + ": an exclusion needs a justification."));
            else if (why.length() > MAX_TEXT) errors.add(tooLong("xWhy:" + c, c));
            else exclude.put(c, why);
        }
        String name = get(values, "tailoringName");
        if (name.length() > 400) errors.add(err("tailoringName", "剪裁名称最多 400 个字符。", "The tailoring's name is at most 400 characters."));
        if (!errors.isEmpty()) return new TailoringRead(null, List.copyOf(errors));
        if (!exclude.isEmpty()) t.set("exclude", exclude);
        boolean adjusts = false;
        for (var it = t.fieldNames(); it.hasNext(); ) adjusts |= !List.of("name", "rubric", "description", "$schema").contains(it.next());
        if (!adjusts) return new TailoringRead(null, List.of());
        t.put("name", !name.isEmpty() ? name : t.hasNonNull("name") ? t.get("name").asText() : Text.of("自评删减", "Exclusions of this self-assessment").in(lang));
        t.put("rubric", rubric.id());
        return new TailoringRead(t, List.of());
    }

    private static void findings(Map<String, String> values, ObjectNode root, List<FieldError> errors) {
        Integer n = whole(get(values, "findings"), 0, MAX_FINDINGS + 1);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; n != null && i < n; i++) {
            String type = get(values, "fType:" + i);
            String category = get(values, "fCategory:" + i);
            String description = get(values, "fDescription:" + i);
            String indicator = get(values, "fIndicator:" + i);
            if (type.isEmpty() && description.isEmpty() && category.isEmpty() && indicator.isEmpty()) continue;
            int row = i + 1;
            if (!type.equals("deduction") && !type.equals("bonus")) {
                errors.add(err("fType:" + i, "特别项第 " + row + " 行：请选择扣分或加分。", "Special finding " + row + ": choose deduction or bonus."));
                continue;
            }
            if (description.isEmpty()) {
                errors.add(err("fDescription:" + i, "特别项第 " + row + " 行：请写明事实。", "Special finding " + row + ": describe what was found."));
                continue;
            }
            if (description.length() > MAX_TEXT) {
                errors.add(err("fDescription:" + i, "特别项第 " + row + " 行：说明最多 20000 个字符。",
                        "Special finding " + row + ": the description is at most 20000 characters."));
                continue;
            }
            if (type.equals("deduction") && category.isEmpty()) {
                errors.add(err("fCategory:" + i, "特别项第 " + row + " 行：扣分项须选择类别。", "Special finding " + row + ": a deduction needs a category."));
                continue;
            }
            ObjectNode f = out.addObject();
            f.put("type", type);
            if (type.equals("deduction")) f.put("category", category);
            f.put("description", description);
            if (!indicator.isEmpty()) f.put("indicator", indicator);
        }
        if (out.size() > MAX_FINDINGS) errors.add(err("findings", "特别项最多 1000 行。", "At most 1000 special findings."));
        if (out.isEmpty()) root.remove("findings");
        else root.set("findings", out);
    }

    /** The value of a field, stripped ("" when absent). */
    static String get(Map<String, String> values, String name) {
        String s = values.get(name);
        return s == null ? "" : s.strip();
    }

    /**
     * A decimal as people type it: full-width digits and a decimal comma read as ASCII ("０．８", "0,8");
     * null when it is not a plain decimal number.
     */
    static BigDecimal decimal(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replace(',', '.').replace('−', '-');
        if (!t.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) return null;
        return new BigDecimal(t);
    }

    /** A whole number within [min, max], or null. */
    static Integer whole(String s, int min, int max) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        if (!t.matches("\\d{1,9}")) return null;
        int n = Integer.parseInt(t);
        return n < min || n > max ? null : n;
    }

    private static boolean nonNull(JsonNode e, String field) {
        return e.has(field) && !e.get(field).isNull();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? "" : n.isNumber() ? number(n) : n.asText();
    }

    private static String number(JsonNode n) {
        return n.decimalValue().toPlainString();
    }

    private static FieldError err(String field, String zh, String en) {
        return new FieldError(field, Text.of(zh, en));
    }

    private static FieldError tooLong(String field, String code) {
        return err(field, code + "：最多 20000 个字符。", code + ": at most 20000 characters.");
    }
}
