package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data-quality rules of 004 chapter 七: which exclude, which only flag, and their names. */
class RuleTests {
    @Test
    void onlyOutOfRangeDuplicateAndMissingIdExcludeTheRestOnlyFlag() {
        // 004 七: 范围校验 (1–5) and 防重复填写 remove values; an unidentified row cannot be de-duplicated, so it is
        // excluded too; no-answers, straight-lining, too-fast and |z| > 3 (需复核确认) are flagged and kept,
        // an unreadable submitted_at / duration_s is ignored (the row still counts); over 15 minutes (完成时间不超过
        // 15 分钟) is flagged; a row submitted outside the year scored (--period) is not part of it: excluded
        EnumSet<Rule> excluding = EnumSet.noneOf(Rule.class);
        for (Rule r : Rule.values()) if (r.excludes()) excluding.add(r);
        assertEquals(EnumSet.of(Rule.RANGE, Rule.DUPLICATE, Rule.MISSING_ID, Rule.OUT_OF_PERIOD), excluding);
    }

    @Test
    void idsAndLabelsInBothLanguages() {
        List<String> ids = java.util.Arrays.stream(Rule.values()).map(Rule::id).toList();
        assertEquals(List.of("range", "duplicate", "missing-id", "no-answers", "straight-lining", "too-fast", "outlier", "format", "too-slow", "out-of-period"), ids);
        assertEquals("完成超过 15 分钟", Rule.TOO_SLOW.label("zh"));
        assertEquals("outside the period", Rule.OUT_OF_PERIOD.label("en"));
        assertEquals("超出范围", Rule.RANGE.label("zh"));
        assertEquals("out of range", Rule.RANGE.label("en"));
        assertEquals("异常值待复核", Rule.OUTLIER.label("zh"));
        assertEquals("outlier to review", Rule.OUTLIER.label("en"));
    }
}
