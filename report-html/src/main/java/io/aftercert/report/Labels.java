package io.aftercert.report;

import java.util.Map;

/** Report wording in Chinese (default) and English. */
final class Labels {
    private Labels() {
    }

    static Map<String, String> of(String lang) {
        return "en".equals(lang) ? EN : ZH;
    }

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("reportTitle", "售后服务认证准备度报告"),
            Map.entry("reportSubtitle", "自评结果 · 按认证机构评分方法计算"),
            Map.entry("organization", "受评组织"), Map.entry("rubric", "评价依据"), Map.entry("issuer", "发布机构"),
            Map.entry("assessedOn", "评价日期"), Map.entry("assessor", "评价人"), Map.entry("notStated", "未填写"),
            Map.entry("verdict", "评价结论"), Map.entry("finalScore", "最终得分"), Map.entry("score", "条款得分"),
            Map.entry("bonus", "特别加分"), Map.entry("deductions", "特别扣分"), Map.entry("grade", "等级"),
            Map.entry("passed", "通过"), Map.entry("notPassed", "未通过"), Map.entry("byScoreAlone", "仅按分数可达等级"),
            Map.entry("qualityIndex", "服务质量指数"), Map.entry("noGrade", "该标准不设认证等级，结果为0–100的质量指数。"),
            Map.entry("exact", "精确值"), Map.entry("displayRule", "显示值为截断（非四舍五入）到一位小数，不会高于精确值。"),
            Map.entry("gradeScale", "等级线"), Map.entry("chart", "各一级指标得分"), Map.entry("chart2", "各二级维度得分"),
            Map.entry("earnedOf", "得分 / 适用分值"), Map.entry("gaps", "主要差距"),
            Map.entry("gapsIntro", "按“该项达到满分时最终得分的提升”排序（已考虑删减项重新归一化）。"),
            Map.entry("rank", "序"), Map.entry("code", "条款"), Map.entry("item", "检查内容"), Map.entry("lost", "失分"),
            Map.entry("gain", "满分可提升"), Map.entry("notes", "证据说明"), Map.entry("nextGrade", "晋级路径"),
            Map.entry("needed", "距下一等级还需"), Map.entry("points", "分"), Map.entry("fewestItems", "最少改进项（达到满分）"),
            Map.entry("atTop", "已达到最高等级。"), Map.entry("notAssessed", "未评估条款"),
            Map.entry("notAssessedIntro", "没有提供证据的条款按0分计入适用总分。"), Map.entry("none", "无"),
            Map.entry("notApplicable", "不适用（删减）条款"), Map.entry("justification", "删减理由"),
            Map.entry("findings", "特别项"), Map.entry("deduction", "特别扣分项"), Map.entry("bonusItem", "特别加分项"),
            Map.entry("category", "类别"), Map.entry("allIndicators", "全部条款明细"), Map.entry("status", "状态"),
            Map.entry("credit", "得分率"), Map.entry("earned", "得分"), Map.entry("max", "满分"),
            Map.entry("attachments", "附件（仅文字，不链接）"), Map.entry("kpis", "量化指标（KPI）"),
            Map.entry("value", "实测值"), Map.entry("target", "目标"), Map.entry("met", "达标"), Map.entry("gap", "差距"),
            Map.entry("yes", "是"), Map.entry("no", "否"), Map.entry("provenance", "来源与可追溯性"),
            Map.entry("sources", "依据文件"), Map.entry("derived", "推导分值"),
            Map.entry("derivedNote", "标有“推导”的分值或等级线并非原文发布，而是本规则按所述方法分配，可由认证机构剪裁替换。"),
            Map.entry("noDerived", "本规则所有分值与等级线均来自原文。"), Map.entry("tailoring", "剪裁"),
            Map.entry("noTailoring", "未剪裁"), Map.entry("sdk", "AfterCert 版本"), Map.entry("evidenceFile", "证据文件"),
            Map.entry("sha256", "证据文件 SHA-256"), Map.entry("builtInCode", "（由程序直接提供，无文件）"),
            Map.entry("assessed", "已评估"), Map.entry("not_applicable", "不适用"), Map.entry("not_assessed", "未评估"),
            Map.entry("caveats", "注意"), Map.entry("warnings", "提示"), Map.entry("reasons", "未通过原因"),
            Map.entry("weight", "权重"), Map.entry("disclaimer",
                    "本报告为自评结果，依据所列评价规范的评分方法计算，不代表认证机构的认证结论。"),
            Map.entry("sample", "抽样"), Map.entry("moreGapsBefore", "另有 "), Map.entry("moreGapsAfter", " 项失分条款，见“全部条款明细”。"),
            Map.entry("scaleDerivedNote", "该规则的等级线与条款分值为推导值（原文未公布），仅供准备度参考，以认证机构的评分表为准。"), Map.entry("conforms", "符合"), Map.entry("nonConforms", "不符合"), Map.entry("band", "评分档"), Map.entry("unreachable", "无法通过条款改进达到"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("reportTitle", "After-sales Service Certification Readiness Report"),
            Map.entry("reportSubtitle", "Self-assessment, scored with the certification body's method"),
            Map.entry("organization", "Organisation"), Map.entry("rubric", "Scheme"), Map.entry("issuer", "Issued by"),
            Map.entry("assessedOn", "Assessed on"), Map.entry("assessor", "Assessor"), Map.entry("notStated", "not stated"),
            Map.entry("verdict", "Verdict"), Map.entry("finalScore", "Final score"), Map.entry("score", "Item score"),
            Map.entry("bonus", "Special bonus"), Map.entry("deductions", "Special deductions"), Map.entry("grade", "Grade"),
            Map.entry("passed", "Passed"), Map.entry("notPassed", "Not passed"), Map.entry("byScoreAlone", "Grade the score alone reaches"),
            Map.entry("qualityIndex", "Service quality index"),
            Map.entry("noGrade", "The standard defines no certification grade; the result is a 0–100 quality index."),
            Map.entry("exact", "exact"), Map.entry("displayRule", "Displayed values are cut (not rounded) to one decimal, never above the exact value."),
            Map.entry("gradeScale", "Grade bounds"), Map.entry("chart", "Score by first-level indicator"),
            Map.entry("chart2", "Score by second-level dimension"),
            Map.entry("earnedOf", "earned / applicable"), Map.entry("gaps", "Main gaps"),
            Map.entry("gapsIntro", "Ranked by how much the final score would rise at full credit (renormalisation included)."),
            Map.entry("rank", "#"), Map.entry("code", "Clause"), Map.entry("item", "Requirement"), Map.entry("lost", "Lost"),
            Map.entry("gain", "Full credit adds"), Map.entry("notes", "Evidence notes"), Map.entry("nextGrade", "Way to the next grade"),
            Map.entry("needed", "Still needed for the next grade"), Map.entry("points", "points"),
            Map.entry("fewestItems", "Fewest items (at full credit)"), Map.entry("atTop", "The highest grade is reached."),
            Map.entry("notAssessed", "Not assessed"),
            Map.entry("notAssessedIntro", "Items without evidence earn 0 and stay in the applicable total."), Map.entry("none", "none"),
            Map.entry("notApplicable", "Not applicable (excluded)"), Map.entry("justification", "Justification"),
            Map.entry("findings", "Special findings"), Map.entry("deduction", "Special deduction"), Map.entry("bonusItem", "Special bonus"),
            Map.entry("category", "Category"), Map.entry("allIndicators", "All indicators"), Map.entry("status", "Status"),
            Map.entry("credit", "Credit"), Map.entry("earned", "Earned"), Map.entry("max", "Max"),
            Map.entry("attachments", "Attachments (text only, not linked)"), Map.entry("kpis", "Measured indicators (KPIs)"),
            Map.entry("value", "Value"), Map.entry("target", "Target"), Map.entry("met", "Met"), Map.entry("gap", "Gap"),
            Map.entry("yes", "yes"), Map.entry("no", "no"), Map.entry("provenance", "Provenance"),
            Map.entry("sources", "Source documents"), Map.entry("derived", "derived"),
            Map.entry("derivedNote", "Values marked derived are not published by the source; the rubric allocates them by the stated rule and a certification body can replace them by tailoring."),
            Map.entry("noDerived", "Every point value and grade bound of this rubric is published by the source."),
            Map.entry("tailoring", "Tailoring"), Map.entry("noTailoring", "none"), Map.entry("sdk", "AfterCert version"),
            Map.entry("evidenceFile", "Evidence file"), Map.entry("sha256", "Evidence SHA-256"),
            Map.entry("builtInCode", "(supplied in code, no file)"),
            Map.entry("assessed", "assessed"), Map.entry("not_applicable", "not applicable"), Map.entry("not_assessed", "not assessed"),
            Map.entry("caveats", "Caveats"), Map.entry("warnings", "Warnings"), Map.entry("reasons", "Why not passed"),
            Map.entry("weight", "weight"), Map.entry("disclaimer",
                    "This is a self-assessment scored with the published method of the scheme above; it is not a certification decision."),
            Map.entry("sample", "sample"), Map.entry("moreGapsBefore", ""), Map.entry("moreGapsAfter", " more items lost points; see “All indicators”."),
            Map.entry("scaleDerivedNote", "This rubric's grade bounds and item points are derived (not published by the source): a readiness guide; the certification body's own scoring table prevails."), Map.entry("conforms", "conforms"), Map.entry("nonConforms", "does not conform"), Map.entry("band", "band"), Map.entry("unreachable", "not reachable by item improvements"));
}
