package io.aftercert.workbook;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a self-assessment workbook is found by: sheet names, the words its header cells begin
 * with, and the words its cells may hold. The writer and the reader share them; docs/workbook.md
 * documents them for ERP vendors who produce the workbook themselves.
 */
final class Layout {
    private Layout() {
    }

    static final String SCORE_SHEET = "评分表";
    static final String INFO_SHEET = "基本信息";
    static final String FINDINGS_SHEET = "特别项";
    static final String HELP_SHEET = "填写说明";
    static final String GAPS_SHEET = "差距与计划";
    /** The scored workbook's first sheet: the answer. */
    static final String RESULT_SHEET = "结果";

    /** Score-sheet columns: the word a header cell begins with, and the English shown beside it. */
    enum Col {
        CODE("条款", "Clause"),
        REQUIREMENT("检查内容", "Requirement"),
        POINTS("分值", "Points"),
        VERDICT("评价", "Verdict"),
        VALUE("数值", "Measured value"),
        TARGET("单位及目标", "Unit and target"),
        CONFORMING("抽样合格数", "Conforming"),
        SAMPLED("抽样数", "Sampled"),
        NOTES("说明", "Notes / why not applicable"),
        ATTACHMENTS("附件", "Attachments"),
        GUIDANCE("指南", "Guidance (002)");

        final String word;
        final String en;

        Col(String word, String en) {
            this.word = word;
            this.en = en;
        }

        String header() {
            return word + " " + en;
        }
    }

    /** 基本信息 rows: label word → evidence field. */
    enum Info {
        ORG_NAME("组织名称", "Organisation name", "$.organization.name"),
        ORG_KIND("组织类型", "Organisation kind", "$.organization.kind"),
        DATE("评价日期", "Assessment date", "$.assessedOn"),
        HELD("保持达标月数", "Months at 达标 (qualified)", "$.qualifyingGradeHeldMonths"),
        ASSESSOR("评价人", "Assessor", "$.assessor"),
        RUBRIC("评分标准", "Rubric id", "$.rubric"),
        VERSION("标准版本", "Rubric version", "$.rubricVersion");

        final String word;
        final String en;
        final String path;

        Info(String word, String en, String path) {
            this.word = word;
            this.en = en;
            this.path = path;
        }
    }

    /** 特别项 columns. */
    enum FindingCol {
        TYPE("类型", "Type"),
        CATEGORY("类别", "Category"),
        DESCRIPTION("描述", "Description"),
        INDICATOR("关联条款", "Related clause");

        final String word;
        final String en;

        FindingCol(String word, String en) {
            this.word = word;
            this.en = en;
        }
    }

    /** What the 评价 drop-down offers; a credit (0.65, 65%) may be typed instead. */
    static final List<String> VERDICT_CHOICES = List.of("符合", "不符合", "不适用", "1", "2", "3", "4", "5");
    static final String CONFORMS = "符合";
    static final String NOT_CONFORMS = "不符合";
    static final String NOT_APPLICABLE = "不适用";

    /** Organisation kinds: the drop-down's Chinese words and the evidence ids. */
    static final Map<String, String> KINDS = Map.of("生产型", "manufacturer", "贸易型", "trader", "服务型", "service");
    static final List<String> KIND_CHOICES = List.of("生产型", "贸易型", "服务型");

    static final String DEDUCTION = "扣分";
    static final String BONUS = "加分";
    /** Deduction categories of architecture §2: the drop-down's Chinese words and the evidence ids. */
    static final Map<String, String> CATEGORIES = Map.of("法律法规", "law", "自身服务规范", "own-rules",
            "行业要求", "industry", "服务体系影响", "system-impact");
    static final List<String> CATEGORY_CHOICES = List.of("法律法规", "自身服务规范", "行业要求", "服务体系影响");

    /**
     * The evidence id of an organisation kind as a person writes it: the drop-down's word (生产型),
     * the same with 企业 (生产企业, 生产型企业) or the id itself; null when it is none of them.
     */
    static String kindId(String word) {
        if (KINDS.containsValue(word)) return word;
        String stem = word.replaceAll("型?企业$", "").replaceAll("型$", "");
        return KINDS.get(stem + "型");
    }

    static String kindWord(String id) {
        return KINDS.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(id);
    }

    static String categoryWord(String id) {
        return CATEGORIES.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(id);
    }

    /** Excel column letters of a 0-based column index. */
    /** The 0-based index of column letters ({@code A} → 0, {@code AA} → 26): the inverse of {@link #column(int)}. */
    static int columnIndex(String letters) {
        int c = 0;
        for (char ch : letters.toCharArray()) c = c * 26 + (ch - 'A' + 1);
        return c - 1;
    }

    /** A short form of a text quoted in a problem (at most 40 characters). */
    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }

    static String column(int c) {
        StringBuilder sb = new StringBuilder();
        int n = c + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    /** {@code 评分表!E12} for 0-based row and column. */
    static String cell(String sheet, int row, int col) {
        return sheet + "!" + column(col) + (row + 1);
    }

    static String norm(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
