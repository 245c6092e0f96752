package io.aftercert.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The Chinese words for the fields of an evidence file, as the self-assessment workbook and the
 * standards name them, so that a Chinese message about a JSON file reads {@code 得分率（credit）}:
 * the person's word first, the field as written in JSON beside it. The one table of these words
 * for every evidence-file message.
 */
final class FieldWords {
    private FieldWords() {
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("$schema", "模式"), Map.entry("schemaVersion", "文件版本"),
            Map.entry("rubric", "评分标准"), Map.entry("rubricVersion", "标准版本"),
            Map.entry("organization", "组织信息"), Map.entry("name", "组织名称"), Map.entry("kind", "组织类型"),
            Map.entry("assessedOn", "评价日期"), Map.entry("assessor", "评价人"),
            Map.entry("qualifyingGradeHeldMonths", "保持达标月数"), Map.entry("evidence", "证据"),
            Map.entry("findings", "特别项"), Map.entry("ratingGuide", "评分指引"),
            Map.entry("conforms", "符合与否"), Map.entry("credit", "得分率"), Map.entry("band", "档位"),
            Map.entry("sample", "抽查结果"), Map.entry("value", "实测值"), Map.entry("notApplicable", "不适用"),
            Map.entry("notes", "说明"), Map.entry("attachments", "附件"), Map.entry("date", "日期"),
            Map.entry("guidance", "指南"), Map.entry("conforming", "抽样合格数"), Map.entry("sampled", "抽样数"),
            Map.entry("type", "类型"), Map.entry("category", "类别"), Map.entry("description", "描述"),
            Map.entry("indicator", "关联条款"));

    /**
     * A field as a Chinese message names it: {@code 得分率（credit）}; a field without a word as written.
     *
     * @param field the JSON field name
     * @return the words
     */
    static String zh(String field) {
        String w = WORDS.get(field);
        return w == null ? field : w + "（" + field + "）";
    }

    /**
     * Several fields named so, joined with {@code 、} and {@code 或} before the last.
     *
     * @param fields the JSON field names
     * @return the words
     */
    static String zhOneOf(java.util.List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(i == fields.size() - 1 ? "或" : "、");
            sb.append(zh(fields.get(i)));
        }
        return sb.toString();
    }

    /**
     * What a JSON value is, in Chinese ({@code 文本}, {@code 数字}, …).
     *
     * @param n the value
     * @return the word
     */
    static String kindZh(JsonNode n) {
        if (n.isObject()) return "对象";
        if (n.isArray()) return "数组";
        if (n.isTextual()) return "文本";
        if (n.isBoolean()) return "true/false";
        if (n.isNumber()) return "数字";
        return "null";
    }

    /**
     * The Chinese of a Bean Validation message of {@link EvidenceDtos} ({@code {f}}: the field's
     * words), or null for a message this table does not hold.
     */
    private static final Map<String, String> CONSTRAINTS = Map.ofEntries(
            Map.entry("organization name must not be blank", "组织名称（organization.name）不能为空"),
            Map.entry("must be manufacturer, trader or service",
                    "组织类型（organization.kind）只能是生产型（manufacturer）、贸易型（trader）或服务型（service）"),
            Map.entry("conforming is required", "缺少抽样合格数（conforming）"),
            Map.entry("sampled is required", "缺少抽样数（sampled）"),
            Map.entry("must be ≥ 0", "{f}不能小于 0"),
            Map.entry("must be ≥ 1", "{f}至少为 1"),
            Map.entry("must be ≤ 10000000", "{f}不能超过 10000000"),
            Map.entry("must be ≤ 1200", "{f}不能超过 1200"),
            Map.entry("conforming must not exceed sampled", "抽样合格数（conforming）不能大于抽样数（sampled）"),
            Map.entry("credit must be ≥ 0", "得分率（credit）不能小于 0"),
            Map.entry("credit must be ≤ 1", "得分率（credit）不能大于 1，65% 写作 0.65"),
            Map.entry("credit has too many digits", "得分率（credit）的位数过多"),
            Map.entry("band must be 1–5", "档位（band）只能是 1 至 5"),
            Map.entry("value is out of range", "实测值（value）超出范围"),
            Map.entry("value has too many digits", "实测值（value）的位数过多"),
            Map.entry("justification must be 1–20000 characters", "不适用说明（notApplicable）应为 1 至 20000 个字符"),
            Map.entry("notes must be at most 20000 characters", "说明（notes）不能超过 20000 个字符"),
            Map.entry("at most 200 attachments", "附件（attachments）最多 200 个"),
            Map.entry("attachment must not be blank", "附件（attachments）不能为空白"),
            Map.entry("notApplicable needs a justification that is not blank", "不适用（notApplicable）须写明理由，不能为空白"),
            Map.entry("type is required", "缺少类型（type）"),
            Map.entry("type must be deduction or bonus", "类型（type）只能是扣分（deduction）或加分（bonus）"),
            Map.entry("description must not be blank", "描述（description）不能为空"),
            Map.entry("a deduction needs a category: law, own-rules, industry or system-impact",
                    "扣分项须写明类别（category）：法律法规（law）、自身服务规范（own-rules）、行业要求（industry）或服务体系影响（system-impact）"),
            Map.entry("rubric is required", "缺少评分标准（rubric）"),
            Map.entry("organization is required", "缺少组织信息（organization）"),
            Map.entry("evidence is required (it may be empty: {})", "缺少证据（evidence），可以为空：{}"),
            Map.entry("at most 10000 entries", "证据（evidence）最多 10000 条"),
            Map.entry("at most 1000 findings", "特别项（findings）最多 1000 条"));

    /**
     * A constraint message in Chinese.
     *
     * @param message the English message of the constraint
     * @param field   the JSON field concerned (for messages that do not name it), or null
     * @return the Chinese, or null when the table has none
     */
    static String constraintZh(String message, String field) {
        String zh = CONSTRAINTS.get(message);
        if (zh == null) return null;
        return zh.replace("{f}", field == null ? "" : zh(field));
    }
}
