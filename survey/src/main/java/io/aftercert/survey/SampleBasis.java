package io.aftercert.survey;

import io.aftercert.core.Text;
import java.util.Arrays;
import java.util.Optional;

/**
 * The count of customers the annual sample rule is a share of: each standard names its own
 * (5 % of it and at least 500 valid responses a year in both).
 */
public enum SampleBasis {
    /** T/GXDSL 244—2025 七: 年度总有效样本量不少于顾客总数的 5%且不低于 500 份. */
    TOTAL_CUSTOMERS("gxdsl244", "顾客总数", "customers in total", "T/GXDSL 244—2025 第七章", "T/GXDSL 244—2025 ch. 7"),
    /** T/GXDSL 259—2025 十一: 建议年度有效样本量不低于活跃顾客数的5%且不少于500份. */
    ACTIVE_CUSTOMERS("gxdsl259", "活跃顾客数", "active customers", "T/GXDSL 259—2025 第十一章", "T/GXDSL 259—2025 ch. 11");

    private final String standard;
    private final Text name;
    private final Text source;

    SampleBasis(String standard, String zh, String en, String sourceZh, String sourceEn) {
        this.standard = standard;
        this.name = Text.of(zh, en);
        this.source = Text.of(sourceZh, sourceEn);
    }

    /** The rubric id of the standard that names this count. */
    public String standard() {
        return standard;
    }

    /** The count's name in {@code lang} (顾客总数, 活跃顾客数). */
    public String label(String lang) {
        return name.in(lang);
    }

    /** The standard and chapter in {@code lang}. */
    public String source(String lang) {
        return source.in(lang);
    }

    /** The basis the standard with this rubric id names; gxdsl244's for any other. */
    public static SampleBasis forStandard(String rubricId) {
        return byStandard(rubricId).orElse(TOTAL_CUSTOMERS);
    }

    /** The basis of this rubric id, if it names one. */
    public static Optional<SampleBasis> byStandard(String rubricId) {
        return Arrays.stream(values()).filter(b -> b.standard.equals(rubricId)).findFirst();
    }
}
