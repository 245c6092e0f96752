package io.aftercert.report;

import java.util.HashMap;
import java.util.Map;

/** Report wording in Chinese (default) and English; each language complete in itself. */
final class Labels {
    private Labels() {
    }

    static Map<String, String> of(String lang) {
        return "en".equals(lang) ? EN : ZH;
    }

    /**
     * The wording for a result of {@code kind}: the labels of {@link #of(String)}, with those that
     * name the result (title, score label, charts, method, disclaimer) replaced for a conformance
     * checklist, which reads as 符合率 / conformance rather than a quality index.
     */
    static Map<String, String> of(String lang, io.aftercert.core.model.ResultKind kind) {
        if (kind != io.aftercert.core.model.ResultKind.CONFORMANCE) return of(lang);
        Map<String, String> m = new HashMap<>(of(lang));
        m.putAll("en".equals(lang) ? CONFORMANCE_EN : CONFORMANCE_ZH);
        return m;
    }

    /** Units of the rubrics' metric indicators in {@code lang} (one table for the report and the CLI: {@link io.aftercert.core.Units}). */
    static String unit(String unit, String lang) {
        return io.aftercert.core.Units.in(unit, lang);
    }

    /** Organisation kinds and deduction categories by id. */
    static String term(String id, String lang) {
        if (id == null) return null;
        Map<String, String> m = "en".equals(lang) ? TERMS_EN : TERMS_ZH;
        String t = m.get(id);
        if (t != null) return t;
        // an id this report does not know: shown as given, unless it is English in the Chinese report
        return "en".equals(lang) || !Html.isEnglish(id) ? id : null;
    }

    private static final Map<String, String> TERMS_ZH = Map.ofEntries(
            Map.entry("manufacturer", "生产型企业"), Map.entry("trading", "贸易型企业"), Map.entry("trader", "贸易型企业"), Map.entry("trading-company", "贸易型企业"),
            Map.entry("service", "服务型企业"), Map.entry("retailer", "零售企业"), Map.entry("ecommerce", "电子商务企业"),
            Map.entry("law", "违反法律法规"), Map.entry("own-rules", "违反企业自身规定"), Map.entry("industry", "违反行业规范"),
            Map.entry("system-impact", "影响服务体系运行"));
    private static final Map<String, String> TERMS_EN = Map.ofEntries(
            Map.entry("manufacturer", "manufacturer"), Map.entry("trading", "trading company"), Map.entry("trader", "trading company"), Map.entry("trading-company", "trading company"),
            Map.entry("service", "service company"), Map.entry("retailer", "retailer"), Map.entry("ecommerce", "e-commerce company"),
            Map.entry("law", "breach of law or regulation"), Map.entry("own-rules", "breach of the company's own rules"),
            Map.entry("industry", "breach of industry rules"), Map.entry("system-impact", "impact on the service system"));

    private static final Map<String, String> ZH = new HashMap<>();
    private static final Map<String, String> EN = new HashMap<>();

    private static final Map<String, String> CONFORMANCE_ZH = new HashMap<>();
    private static final Map<String, String> CONFORMANCE_EN = new HashMap<>();

    private static void put(String key, String zh, String en) {
        ZH.put(key, zh);
        EN.put(key, en);
    }

    /** A label only a conformance checklist has, or its own wording of a shared one. */
    private static void conformance(String key, String zh, String en) {
        CONFORMANCE_ZH.put(key, zh);
        CONFORMANCE_EN.put(key, en);
    }

    static {
        conformance("indexTitle", "售后服务标准符合性报告", "After-sales Service Conformance Report");
        conformance("indexSubtitle", "符合性自评 · 非认证结论", "Conformance self-assessment · not a certification");
        conformance("qualityIndex", "符合率", "Conformance");
        conformance("noGrade", "该标准不设认证等级，结果为符合率：已符合的要求占适用要求的百分比（按条款分值计），并列出各章符合率。",
                "The standard defines no certification grade; the result is the conformance rate: the share of the applicable requirements met (by item points), with the rate of each chapter.");
        conformance("draftNote", "所依据的标准文本为征求意见稿，正式发布版本的要求与目标值可能变化。",
                "The standard used is a consultation draft; its requirements and targets may change in the published version.");
        conformance("chart", "各章符合率", "Conformance by chapter");
        conformance("chartCaption", "条形长度按该章满分计；数值为 得分 / 适用分值 与该章符合率。",
                "Bar length is the chapter's full points; figures are earned / applicable points and the chapter's conformance.");
        conformance("gapsIntro", "按“该项达到满分时符合率的提升（百分点）”排序（已考虑删减项重新归一化）。",
                "Ranked by how much the conformance rate would rise, in percentage points, at full credit (renormalisation included).");
        conformance("gain", "满分可提升（百分点）", "Full credit adds (pp)");
        conformance("planIndex", "按满分可提升的符合率排序的优先改进项。", "Priority items, ranked by how much full credit would add to the conformance rate.");
        conformance("planIndexEffort", "按“符合率可提升 / 工作量”排序的优先改进项。", "Priority items, ranked by conformance rise per unit of effort.");
        conformance("methodIndex", "符合率 = 各条款得分之和 / 适用条款分值之和 × 100，删减（不适用）的条款不计入分母；各章符合率同理。"
                        + "条款按评价人的判定计分（符合、评分档、得分率或抽样）；量化指标另可填实测值，达到目标值为符合，未达到为不符合；无证据的条款按 0 分计。",
                "Conformance = Σ earned ÷ Σ applicable item points × 100; excluded (not applicable) items leave the denominator; each chapter's rate likewise. "
                        + "Items score by the assessor's verdict (conforms, band, credit or sample); measured indicators may instead give a value, which conforms when it meets the target and does not when it misses it; items without evidence earn 0.");
        conformance("disclaimerIndex", "本报告为符合性自评，依据所列标准的要求逐条核对；该标准不设认证，本报告亦非认证结论。",
                "This is a conformance self-assessment, checked requirement by requirement against the standard above; the standard certifies nothing, and this report is no certification.");
        conformance("chaptersTable", "各章得分与符合率", "Points and conformance by chapter");
        conformance("chaptersCaption", "符合率 = 该章得分 / 该章适用分值 × 100；删减的条款不计入适用分值。",
                "Conformance = the chapter's earned ÷ applicable points × 100; excluded items leave the applicable points.");
        conformance("chapter", "章", "Chapter");
        conformance("chapterTitle", "名称", "Title");
        conformance("conformanceCol", "符合率", "Conformance");
    }

    static {
        put("reportTitle", "售后服务认证准备度报告", "After-sales Service Certification Readiness Report");
        put("reportSubtitle", "自评结果 · 按认证机构的评分方法计算", "Self-assessment, scored with the certification body's method");
        put("indexTitle", "售后服务质量指数报告", "After-sales Service Quality Index Report");
        put("indexSubtitle", "服务质量指数自评 · 非认证结论", "Service quality index self-evaluation · not a certification");
        put("draft", "征求意见稿", "consultation draft");
        put("draftNote", "所依据的标准文本为征求意见稿，正式发布版本的指标、权重与目标值可能变化。",
                "The standard used is a consultation draft; indicators, weights and targets may change in the published version.");
        put("association", "团体标准，由行业协会发布，非认证机构", "an association standard, issued by an industry association, not a certification body");
        put("organization", "受评组织", "Organisation");
        put("orgKind", "组织类型", "Kind");
        put("rubric", "评价依据", "Scheme");
        put("issuer", "评分规则发布方", "Rubric published by");
        put("issuerSelf", "（本报告为自评，并非该机构出具）", " (this is a self-assessment, not a report of that body)");
        put("assessedOn", "评价日期", "Assessed on");
        put("assessor", "评价人", "Assessor");
        put("notStated", "未填写", "not stated");
        put("reportId", "报告编号", "Report id");
        put("generatedAt", "生成时间", "Generated");
        put("verdict", "评价结论", "Verdict");
        put("finalScore", "最终得分", "Final score");
        put("score", "条款得分", "Item score");
        put("bonus", "特别加分", "Special bonus");
        put("deductions", "特别扣分", "Special deductions");
        put("grade", "等级", "Grade");
        put("passed", "通过", "Passed");
        put("notPassed", "未通过", "Not passed");
        put("byScoreAlone", "仅按分数可达等级", "Grade the score alone reaches");
        put("qualityIndex", "服务质量指数", "Service quality index");
        put("noGrade", "该标准不设认证等级，结果为 0–100 的质量指数。", "The standard defines no certification grade; the result is a 0–100 quality index.");
        put("exact", "精确值", "exact");
        put("displayRule", "显示值为截断（非四舍五入）到一位小数，不会高于精确值；“还需”的分数向上取整到两位小数，与两位小数的得分相加等于等级线；精确值见“范围与方法”。",
                "Displayed scores are cut (not rounded) to one decimal, never above the exact value; points still needed are rounded up to two decimals and add up to the grade bound with the score to two decimals; exact values are in “Scope and method”.");
        put("exactScore", "最终得分精确值", "Exact final score");
        put("conditional", "附条件", "conditional");
        put("conditionalNote", "星级须在达标级保持满 {n} 个月后方可授予；", "Star grades are normally granted after {n} months at Qualified;");
        put("heldMonths", "已保持达标 {m} 个月。", "Qualified held {m} months.");
        put("heldUnknown", "未说明已保持达标的时间。", "time at Qualified not stated.");
        put("nextGradeBox", "距下一等级", "To the next grade");
        put("needsPoints", "还需 {p} 分（{s} → {b}）", "needs {p} points ({s} → {b})");
        put("fewestN", "最少 {k} 项达到满分：", "at least {k} items at full credit:");
        put("fewest1", "最少 1 项达到满分：", "at least 1 item at full credit:");
        put("cheapestN", "总工作量最小的 {k} 项达到满分：", "the least total effort, {k} items at full credit:");
        put("cheapest1", "总工作量最小：1 项达到满分：", "the least total effort, 1 item at full credit:");
        put("recommendation", "建议", "Recommendation");
        put("tailoredNote", "本结果按剪裁文件“{name}”计分（认证机构自定的分值或删减），不是标准原文的分值。",
                "Scored with the tailoring “{name}” (a certification body's own points or exclusions), not the standard's own points.");
        put("limitsHeading", "限制得分的规则", "Rules that limit the score");
        put("atTop", "已达到最高等级。", "The highest grade is reached.");
        put("unreachable", "无法仅通过条款改进达到", "not reachable by item improvements alone");
        put("summary", "执行摘要", "Executive summary");
        put("gradeScale", "等级线", "Grade bounds");
        put("gradeScaleLegend", "色带各段对应的等级与分数区间：", "Zones of the ribbon, grade and score range:");
        put("below", "未达等级", "No grade");
        put("yourScore", "本次得分", "This score");
        put("chart", "各一级指标得分", "Score by first-level indicator");
        put("chart2", "各二级维度得分", "Score by second-level dimension");
        put("chartLegendEarned", "得分", "earned");
        put("chartLegendLost", "失分", "lost");
        put("chartLegendNa", "不适用（删减）", "not applicable (excluded)");
        put("chartCaption", "条形长度按该指标满分计；数值为 得分 / 适用分值 与得分率。", "Bar length is the indicator's full points; figures are earned / applicable and the share earned.");
        put("gaps", "主要差距", "Main gaps");
        put("gapsIntro", "按“该项达到满分时最终得分的提升”排序（已考虑删减项重新归一化）。",
                "Ranked by how much the final score would rise at full credit (renormalisation included).");
        put("rank", "序号", "#");
        put("code", "条款", "Clause");
        put("item", "检查内容", "Requirement");
        put("lost", "失分", "Lost");
        put("gain", "满分可提升", "Full credit adds");
        put("notes", "证据说明", "Evidence notes");
        put("points", "分", "points");
        put("truncatedNote", "标有“…”的指导文字在来源文件中即不完整（原文行被截断），此处按原样引用。",
                "Guidance ending in “…” is incomplete in the source document itself (its lines are cut); it is quoted as it stands.");
        put("plan", "改进计划", "Improvement plan");
        put("planFewest", "达到{g}所需的最少条款（每项按达到满分计）。", "The fewest items that reach {g} (each at full credit).");
        put("planUnreachable", "仅靠条款改进达不到{g}（原因见评价结论）；以下为满分可提升最多的条款。",
                "{g} cannot be reached by improving items alone (see the decision for why); below, the items whose full credit adds most.");
        put("planCheapest", "按工作量文件求得的达到{g}的最小总工作量方案（{method}）。", "The least total effort that reaches {g}, from the effort file ({method}).");
        put("planIndex", "按满分可提升的指数排序的优先改进项。", "Priority items, ranked by how much full credit would add to the index.");
        put("planIndexEffort", "按“可提升 / 工作量”排序的优先改进项。", "Priority items, ranked by index rise per unit of effort.");
        put("planMore", "之后可继续改进：", "Next in line:");
        put("priority", "优先级", "Priority");
        put("expectedGain", "预期提升", "Expected gain");
        put("effort", "工作量", "Effort");
        put("owner", "负责人", "Owner");
        put("due", "完成期限", "Due");
        put("toAssign", "待指定", "to assign");
        put("totalGain", "合计提升", "Total rise");
        put("totalEffort", "总工作量", "total effort");
        put("corrective", "特别扣分项整改", "Corrective actions for special deductions");
        put("correctiveIntro", "每个特别扣分项扣 1 分，须整改；超过 {n} 项则不通过。", "Each special deduction takes 1 point and must be rectified; more than {n} fail the evaluation.");
        put("what", "整改内容", "What");
        put("exact_bb", "分支定界，精确解", "branch and bound (exact)");
        put("approx_bb", "分支定界，近似解", "branch and bound (approximation)");
        put("trend", "与上次评价相比", "Change since the last assessment");
        put("then", "上次", "Then");
        put("now", "本次", "Now");
        put("change", "变化", "Change");
        put("improved", "改进的条款", "Items improved");
        put("regressed", "退步的条款", "Items regressed");
        put("statusChanges", "状态变化", "Status changes");
        put("findingsAdded", "新增特别项", "Findings added");
        put("findingsRemoved", "已消除的特别项", "Findings removed");
        put("trendNote", "改进与退步按证据的得分率判断；仅因删减项重新归一化引起的分值变化不计为改进。",
                "Improved and regressed are judged by each item's credit from the evidence; points that move only because other items were excluded (renormalisation) do not count.");
        put("previousFile", "上次评价文件", "Previous assessment");
        put("creditCol", "得分率", "Credit");
        put("notAssessed", "未评估条款", "Not assessed");
        put("notAssessedIntro", "没有提供证据的条款按 0 分计入适用总分。", "Items without evidence earn 0 and stay in the applicable total.");
        put("none", "无", "none");
        put("notApplicable", "不适用（删减）条款", "Not applicable (excluded)");
        put("justification", "删减理由", "Justification");
        put("findings", "特别项", "Special findings");
        put("deduction", "特别扣分项", "Special deduction");
        put("bonusItem", "特别加分项", "Special bonus");
        put("type", "类型", "Type");
        put("category", "类别", "Category");
        put("description", "说明", "Description");
        put("allIndicators", "全部条款明细", "All indicators");
        put("status", "状态", "Status");
        put("credit", "得分率", "Credit");
        put("earned", "得分", "Earned");
        put("max", "满分", "Max");
        put("applicableMax", "适用分值", "Applicable");
        put("nominalMax", "原分值", "nominal");
        put("attachments", "附件（仅文字，不链接）", "Attachments (text only, not linked)");
        put("kpis", "量化指标（KPI）", "Measured indicators (KPIs)");
        put("value", "实测值", "Value");
        put("target", "目标", "Target");
        put("met", "达标", "Met");
        put("gap", "差距", "Gap");
        put("yes", "是", "yes");
        put("no", "否", "no");
        put("provenance", "来源与可追溯性", "Provenance");
        put("sources", "依据文件", "Source documents");
        put("derived", "推导", "derived");
        put("derivedNote", "标有“推导”的分值或等级线并非原文发布，而是本规则按所述方法分配，可由认证机构剪裁替换。",
                "Values marked derived are not published by the source; the rubric allocates them by the stated rule and a certification body can replace them by tailoring.");
        put("noDerived", "本规则所有分值与等级线均来自原文。", "Every point value and grade bound of this rubric is published by the source.");
        put("tailoring", "剪裁", "Tailoring");
        put("noTailoring", "未剪裁", "none");
        put("sdk", "AfterCert 版本", "AfterCert version");
        put("evidenceFile", "证据文件", "Evidence file");
        put("sha256", "证据文件 SHA-256", "Evidence SHA-256");
        put("builtInCode", "（由程序直接提供，无文件）", "(supplied in code, no file)");
        put("assessed", "已评估", "assessed");
        put("not_applicable", "不适用", "not applicable");
        put("not_assessed", "未评估", "not assessed");
        put("caveats", "注意", "Caveats");
        put("reasons", "未通过原因", "Why not passed");
        put("weight", "权重", "weight");
        put("weightCol", "权重", "Weight");
        put("shareCol", "维度得分率", "Share earned");
        put("contribution", "对指数的贡献", "Contribution to the index");
        put("disclaimer", "本报告为自评结果，依据所列评价规范的评分方法计算，不代表认证机构的认证结论。",
                "This is a self-assessment scored with the published method of the scheme above; it is not a certification decision.");
        put("disclaimerIndex", "本报告为服务质量指数自评，依据所列团体标准（征求意见稿）的方法计算；该标准不设认证，本报告亦非认证结论。",
                "This is a self-evaluation of the service quality index by the method of the association standard above (a consultation draft); the standard certifies nothing, and this report is no certification.");
        put("sample", "抽样", "sample");
        put("moreGapsBefore", "另有 ", "");
        put("moreGapsAfter", " 项失分条款，见“全部条款明细”。", " more items lost points; see “All indicators”.");
        put("scaleDerivedNote", "该规则的等级线与条款分值为推导值（原文未公布），仅供准备度参考，以认证机构的评分表为准。",
                "This rubric's grade bounds and item points are derived (not published by the source): a readiness guide; the certification body's own scoring table prevails.");
        put("conforms", "符合", "conforms");
        put("nonConforms", "不符合", "does not conform");
        put("band", "评分档", "band");
        put("method", "范围与方法", "Scope and method");
        put("scopeSites", "评价范围：{org}（{kind}）按 {rubric} 的全部 {n} 个检查项，其中 {na} 项删减、{nas} 项未评估。",
                "Scope: {org} ({kind}), all {n} check items of {rubric}; {na} excluded, {nas} not assessed.");
        put("scopeSitesNoKind", "评价范围：{org} 按 {rubric} 的全部 {n} 个检查项，其中 {na} 项删减、{nas} 项未评估。",
                "Scope: {org}, all {n} check items of {rubric}; {na} excluded, {nas} not assessed.");
        put("scopePeriod", "证据截至 {date}。", "Evidence as of {date}.");
        put("methodSamples", "抽样项的得分率 = 抽样中符合的数量 / 抽取数量（如 18/20），样本由评价人按条款要求抽取（人员资质、服务记录、投诉案例等），本报告不另行抽样。",
                "Sampled items earn conforming / sampled (e.g. 18/20); the assessor draws the samples each clause asks for (staff qualifications, service records, complaint cases …); this report draws none itself.");
        put("methodBands", "评分档（五档）的含义：", "The five rating bands:");
        put("methodScore", "得分 = 各项得分之和 / 适用分值之和 × 100；删减项不计入分母；特别加分最多 1 分，每个特别扣分项扣 1 分。",
                "Score = Σ earned / Σ applicable × 100; excluded items leave the denominator; at most one special bonus of 1 point, 1 point off per special deduction.");
        put("methodIndex", "质量指数 = Σ 维度权重 × 维度得分率；量化指标按实测值相对目标值计分，无数据的指标按 0 分计。",
                "Index = Σ dimension weight × share earned in the dimension; measured indicators score by value against target; indicators without data earn 0.");
        put("bandRange", "得分率 {from}–{to}", "credit {from}–{to}");
        put("signoff", "签署", "Sign-off");
        put("prepared", "编制", "Prepared by");
        put("reviewed", "审核", "Reviewed by");
        put("approved", "批准", "Approved by");
        put("signature", "签名", "Signature");
        put("date", "日期", "Date");
        put("kpiMet", "{total} 项量化指标（KPI）中达成 {met} 项", "met {met} of {total} KPIs");
        put("kpiDetail", "未达目标 {miss} 项，无数据 {nodata} 项", "{miss} missed, {nodata} without data");
        put("kpiVerdicts", "，另有 {v} 项按评价人判定计分", ", {v} scored by the assessor's verdict");
        put("kpiChart", "各量化指标实测值与目标值", "Each KPI against its target");
        put("kpiChartCaption", "百分比指标按 0–100% 刻度绘制，差距以百分点（pp）表示；其他单位的指标按各自刻度（目标值的 1.25 倍或实测值，取大者）绘制。竖线为目标值。",
                "Percentage KPIs are drawn on a 0–100 % scale and their gaps given in percentage points (pp); KPIs in other units each on their own scale (1.25 × target or the value, whichever is larger). The vertical line is the target.");
        put("kpiLegendMet", "达到目标", "target met");
        put("kpiLegendMiss", "未达目标", "target missed");
        put("kpiLegendTarget", "目标值", "target");
        put("shortBy", "差 {g}", "short by {g}");
        put("weightsTable", "维度权重与得分", "Dimension weights and scores");
        put("weightsCaption", "权重为该维度在指数中所占的比重（一级维度合计 100%）；得分率为该维度内实得与满分之比。",
                "A weight is the dimension's share of the index (first-level weights make 100 %); the share earned is what the dimension earned of its full weight.");
        put("dataOverview", "数据概况", "Data overview");
        put("findingsMain", "主要发现", "Main findings");
        put("analysis", "深入分析", "In-depth analysis");
        put("conclusions", "结论建议", "Conclusions and recommendations");
        put("dataCounts", "共 {n} 项指标：已评估 {a} 项，删减 {na} 项，未评估 {nas} 项；其中量化指标 {k} 项，有实测值 {kv} 项。",
                "{n} indicators: {a} assessed, {na} excluded, {nas} not assessed; {k} of them KPIs, {kv} with a measured value.");
        put("dataQuality", "服务记录数据质量", "Service-record data quality");
        put("dqFile", "记录文件", "Records file");
        put("dqPeriod", "记录期间", "Period");
        put("dqRows", "读取行数", "Rows read");
        put("dqExcluded", "按规则剔除", "Excluded by rule");
        put("dqOutliers", "异常值（保留，待复核）", "Outliers (kept, for review)");
        put("dqRule", "规则", "Rule");
        // data-quality rules of the service records (docs/records-format.md), by id; en shows the id itself
        put("dq_completeness", "完整性", "completeness");
        put("dq_range", "取值范围", "range");
        put("dq_logic", "逻辑", "logic");
        put("dqCount", "行数", "Rows");
        put("dqNone", "未提供服务记录的数据质量信息；量化指标按证据文件中的数值计算。",
                "No data-quality information from service records was given; KPIs are scored from the values in the evidence file.");
        put("kpiFromRecords", "来自服务记录的指标", "KPIs from service records");
        put("summaryTitle", "摘要", "Summary");
        put("item_s", "项", "items");
        put("warnings", "提示", "Warnings");
        put("dimension", "维度", "Dimension");
        put("colon", "：", ": ");
        put("n一", "一、", "1. ");
        put("n二", "二、", "2. ");
        put("n三", "三、", "3. ");
        put("n四", "四、", "4. ");
        put("n五", "五、", "5. ");
        put("associationParen", "（团体标准，由行业协会发布，非认证机构）", " (an association standard, issued by an industry association, not a certification body)");
        put("conditionalBadge", "（附条件）", " (conditional)");
        put("parenOpen", "（", " (");
        put("parenClose", "）", ") ");
        put("rp", "）", ")");
        put("stop", "。", ". ");
        put("noneImproved", "没有得分率提高的条款。", "No item's credit rose.");
        put("noneRegressed", "没有得分率下降的条款。", "No item's credit fell.");
        put("noFindings", "没有特别加分项或特别扣分项。", "No special bonus or deduction.");
        put("versionWord", "版本", "version");
    }
}
