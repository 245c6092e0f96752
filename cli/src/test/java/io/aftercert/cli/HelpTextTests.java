package io.aftercert.cli;

import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The usage help follows --lang like every other message: Chinese by default, English when asked. */
class HelpTextTests {

    private static boolean han(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Every command's lines, option and parameter has its Chinese text: a new option without one fails here. */
    @Test
    void everyCommandOptionAndParameterHasItsChineseText() {
        CommandLine root = Main.conventions(new CommandLine(new Main()));
        HelpText.chinese(root);
        List<String> missing = new ArrayList<>();
        List<CommandLine> all = new ArrayList<>(List.of(root));
        for (int i = 0; i < all.size(); i++) all.addAll(all.get(i).getSubcommands().values());
        assertTrue(all.size() >= 15, "every command walked: " + all.size());
        for (CommandLine cl : all) {
            CommandLine.Model.CommandSpec s = cl.getCommandSpec();
            String name = s.qualifiedName(" ");
            String[] lines = s.usageMessage().description().length > 0 ? s.usageMessage().description() : s.usageMessage().header();
            if (lines.length == 0 || !han(String.join("", lines))) missing.add(name + ": description");
            for (CommandLine.Model.OptionSpec o : s.options()) {
                if (!han(String.join("", o.description()))) missing.add(name + " " + o.longestName());
            }
            for (CommandLine.Model.PositionalParamSpec p : s.positionalParameters()) {
                if (!han(String.join("", p.description()))) missing.add(name + " " + p.paramLabel());
            }
            if (!s.usageMessage().exitCodeList().isEmpty()) {
                assertEquals("完成", s.usageMessage().exitCodeList().get("0"), name);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void helpIsChineseByDefaultAndEnglishWhenAsked() {
        Run zh = run("assess", "--help");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().startsWith("用法： aftercert assess"), zh.out());
        assertTrue(zh.out().contains("为证据文件评分：打印得分、等级和主要差距") && zh.out().contains("退出码：\n  0   完成"), zh.out());
        assertFalse(zh.out().contains("Score an evidence file") || zh.out().contains("Exit codes"), zh.out());
        Run en = run("assess", "--help", "--lang", "en");
        assertTrue(en.out().startsWith("Usage: aftercert assess") && en.out().contains("Score an evidence file")
                && en.out().contains("Exit codes:"), en.out());
        // a subcommand of a subcommand, and the root's list of commands
        Run score = run("survey", "score", "--help");
        assertTrue(score.out().contains("为调查回答评分") && score.out().contains("95% 置信区间"), score.out());
        Run top = run("--help");
        assertTrue(top.out().contains("命令：") && top.out().contains("显示指定命令的帮助信息"), top.out());
    }

    /**
     * The Chinese help keeps the punctuation rules of every other zh output. (Its Latin words are
     * command names, option values and JSON examples, code the user types; that every text is
     * Chinese is the test above.)
     */
    @Test
    void theChineseHelpKeepsTheChineseTextRules() {
        List<String> problems = new ArrayList<>();
        for (String[] cmd : List.of(new String[] {"--help"}, new String[] {"assess", "--help"}, new String[] {"kpi", "--help"},
                new String[] {"plan", "--help"}, new String[] {"diff", "--help"}, new String[] {"template", "--help"},
                new String[] {"rubric", "--help"}, new String[] {"rubrics", "--help"}, new String[] {"crosswalk", "--help"},
                new String[] {"convert", "--help"}, new String[] {"survey", "template", "--help"}, new String[] {"survey", "score", "--help"},
                new String[] {"survey", "generate", "--help"})) {
            ChineseTextTests.check(String.join(" ", cmd), run(cmd).out()).stream()
                    .filter(p -> !p.contains(": English word '")).forEach(problems::add);
        }
        assertEquals(List.of(), problems);
    }
}
