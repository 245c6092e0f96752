package io.aftercert.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.pagetest.ZhText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chinese text rules catch what the reviews found and let correct text through. */
class ZhTextTests {
    @Test
    void catchesAsciiCommasDoubledPunctuationAndEnglishWords() {
        assertEquals(1, ZhText.problems("以监督有效奖惩, 持续修正各项服务目标").size(), "an ASCII comma between Chinese characters");
        assertEquals(1, ZhText.problems("已保持达标 8 个月。）。").size(), "a doubled full stop after a bracket");
        assertEquals(1, ZhText.problems("主要差距在培训等。（+2.18）。").size(), "a full stop before and after a bracket");
        assertEquals(List.of("English word 'met': 结论 met"), ZhText.problems("结论 met"));
    }

    @Test
    void letsCodesIdsFileNamesOptionsAndQuotedTextThrough() {
        assertEquals(List.of(), ZhText.problems("依据 T/GXDSL 244—2025 第七章，用 --period 年份核对 small.csv 的 respondent_id；回答“Very good”；"
                + "生成工具：AfterCert 0.1.0-SNAPSHOT；条款 5.1.5.2、OV1、KPI；《Service handbook》；与CRM、ERP集成。"));
    }

    @Test
    void visibleTextLeavesOutTheHeadStylesAndUserNotes() {
        String html = "<html><head><title>Report</title><style>body{font:inherit}</style></head><body><p>结论：达标</p>"
                + "<div class=\"note\">customer said fine</div><span lang=\"en\">in English</span></body></html>";
        assertEquals(List.of(), ZhText.problems(ZhText.visibleText(html)));
    }
}
