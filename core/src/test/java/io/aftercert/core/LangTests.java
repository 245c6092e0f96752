package io.aftercert.core;

import io.aftercert.core.internal.text.Units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one parse of a language: lower-case zh or en, nothing else; absent is Chinese. */
class LangTests {
    @Test
    void theTwoTagsAndTheDefault() {
        assertEquals(Lang.ZH, Lang.parse("zh"));
        assertEquals(Lang.EN, Lang.parse("en"));
        assertEquals(Lang.ZH, Lang.parse(null));
        assertEquals(Lang.ZH, Lang.DEFAULT);
        assertEquals("zh", Lang.ZH.tag());
        assertEquals("en", Lang.EN.toString());
    }

    @Test
    void anyOtherSpellingIsRefusedNotReadAsChinese() {
        for (String tag : List.of("EN", "Zh", "fr", "", " en", "en ", "zh-CN", "en-US")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lang.parse(tag), tag);
            assertTrue(e.getMessage().contains("--lang 只能是") && e.getMessage().contains("--lang must be zh or en"), e.getMessage());
            assertEquals(Optional.empty(), Lang.find(tag));
        }
        // a case slip is told how to write it
        assertTrue(Lang.refusal("EN").zh().contains("小写的 zh 或 en（请写 en）"), Lang.refusal("EN").zh());
        assertTrue(Lang.refusal("EN").en().contains("(lower case): write en, not 'EN'"), Lang.refusal("EN").en());
        assertEquals("--lang 只能是 zh 或 en，不能是“fr”", Lang.refusal("fr").zh());
    }

    @Test
    void textAndPickAnswerByTheOneParse() {
        Text t = Text.of("达标", "Qualified");
        assertEquals("达标", t.in(Lang.ZH));
        assertEquals("Qualified", t.in(Lang.EN));
        assertEquals("Qualified", t.in("en"));
        assertEquals("达标", t.in((String) null));
        assertThrows(IllegalArgumentException.class, () -> t.in("EN"), "never silently Chinese for a misspelt tag");
        assertEquals("甲", Lang.ZH.pick("甲", "a"));
        assertEquals("a", Lang.EN.pick("甲", "a"));
        assertEquals("%", Units.in("%", Lang.EN));
        assertEquals("小时", Units.in("小时", Lang.ZH));
        assertThrows(IllegalArgumentException.class, () -> Units.in("小时", "fr"));
    }

    @Test
    void aProblemAndItsExceptionReadInEitherLanguage() {
        Problem p = Problem.of("ev.json", "$.evidence[\"A.1\"]", "A.1", "请给出一种评价", "give one verdict");
        assertEquals("give one verdict", p.message());
        assertEquals("请给出一种评价", p.message(Lang.ZH));
        assertEquals("ev.json: $.evidence[\"A.1\"] [A.1]: give one verdict", p.toString());
        assertEquals("ev.json: $.evidence[\"A.1\"] [A.1]：请给出一种评价", p.toString(Lang.ZH));
        Problem json = Problem.of("ev.json", "line 3, column 7", null, "意外的“}”", "unexpected '}'");
        assertEquals("ev.json: 第 3 行第 7 列：意外的“}”", json.toString(Lang.ZH));
        assertEquals("ev.json: line 3, column 7: unexpected '}'", json.toString(Lang.EN));
        assertEquals("line 3, column 7", json.path(), "the path stays as programs read it");
        for (String[] place : new String[][] {{"row 12", "第 12 行"}, {"row 1, column 3", "第 1 行第 3 列"}, {"header", "表头"},
                {"byte 0", "第 0 字节"}, {"row 5 or later", "第 5 行或其后"}, {"评分表!D7", "评分表!D7"}, {"$.evidence", "$.evidence"}}) {
            Problem at = Problem.of("f.csv", place[0], null, "问题", "problem");
            assertEquals("f.csv: " + place[1] + "：问题", at.toString(Lang.ZH));
            assertEquals("f.csv: " + place[0] + ": problem", at.toString(Lang.EN));
        }
        Problem single = new Problem(null, null, null, "as written");
        assertEquals("as written", single.message(Lang.ZH));
        assertEquals(p, p.at("评分表!D7").at(p.path()));
        assertEquals("评分表!D7", p.at("评分表!D7").path());
        assertEquals("请给出一种评价", p.at("评分表!D7").message(Lang.ZH), "moving a problem keeps its words");
        assertThrows(IllegalArgumentException.class, () -> new Problem(null, null, null, " "));

        InvalidInputException e = new InvalidInputException(Text.of("证据文件 ev.json 有误", "invalid evidence file ev.json"), List.of(p, json));
        String nl = System.lineSeparator();
        assertEquals("invalid evidence file ev.json (2 problems)" + nl + "  - " + p + nl + "  - " + json, e.getMessage());
        assertEquals("证据文件 ev.json 有误（2 个问题）" + nl + "  - " + p.toString(Lang.ZH) + nl + "  - " + json.toString(Lang.ZH),
                e.describe(Lang.ZH));
        assertEquals("invalid input (1 problem)" + nl + "  - " + p, new InvalidInputException(p).describe(Lang.EN));
        assertEquals("输入有误（1 个问题）" + nl + "  - " + p.toString(Lang.ZH), new InvalidInputException(p).describe(Lang.ZH));
    }

    @Test
    void tailoringAndResultFileMessagesReadInChinese() {
        InvalidInputException t = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> io.aftercert.core.tailoring.Tailoring.read("{\"name\": \" \", \"rubric\": \"\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.json"));
        String nl = System.lineSeparator();
        assertEquals("剪裁文件 t.json 有误（2 个问题）" + nl + "  - t.json: $.name：剪裁须有名称（name）" + nl
                + "  - t.json: $.rubric：剪裁须写明适用的评分标准（rubric）", t.describe(Lang.ZH));
        assertTrue(t.getMessage().startsWith("invalid tailoring file t.json (2 problems)"), t.getMessage());
        InvalidInputException r = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> io.aftercert.core.json.ResultJson.read("{".getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.json"));
        assertTrue(r.describe(Lang.ZH).startsWith("结果文件 r.json 有误（1 个问题）" + nl + "  - r.json: 第 1 行第 2 列：不是有效的 JSON：文件提前结束"),
                r.describe(Lang.ZH));
    }
}
