package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.registry.RubricRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPromptsTests {
    @TempDir
    Path dir;

    @Test
    void eachDropDownGetsItsOwnPromptAndNoOtherPartChanges() throws Exception {
        String sheet = "<worksheet><dataValidations count=\"2\">"
                + "<dataValidation sqref=\"A1\" type=\"list\" errorTitle=\"类型 Type\" error=\"x\"><formula1>\"a,b\"</formula1></dataValidation>"
                + "<dataValidation sqref=\"B1\" type=\"list\" errorTitle=\"R&amp;D\" error=\"y\"><formula1>\"c\"</formula1></dataValidation>"
                + "<dataValidation sqref=\"C1\" type=\"list\" errorTitle=\"other\" error=\"z\"><formula1>\"d\"</formula1></dataValidation>"
                + "</dataValidations></worksheet>";
        Set<String> used = new HashSet<>();
        String out = InputPrompts.sheet(sheet, Map.of("类型 Type", new InputPrompts.Prompt("类型", "扣分或加分\n<deduction> & \"bonus\""),
                "R&D", new InputPrompts.Prompt("研发", "R&D")), used);
        assertEquals(Set.of("类型 Type", "R&D"), used);
        assertTrue(out.contains("<dataValidation showInputMessage=\"1\" promptTitle=\"类型\" prompt=\"扣分或加分&#10;&lt;deduction&gt; &amp; &quot;bonus&quot;\" sqref=\"A1\""), out);
        assertTrue(out.contains("<dataValidation showInputMessage=\"1\" promptTitle=\"研发\" prompt=\"R&amp;D\" sqref=\"B1\""), out);
        assertTrue(out.contains("<dataValidation sqref=\"C1\""), "a validation without a prompt is left alone: " + out);
        assertEquals(sheet, out.replaceAll(" showInputMessage=\"1\" promptTitle=\"[^\"]*\" prompt=\"[^\"]*\"", ""), "nothing else changes");
    }

    @Test
    void aPromptForNoDropDownIsAnErrorNotALoss() {
        byte[] blank = WorkbookTemplate.write(RubricRegistry.getDefault().require("gbt27922"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InputPrompts.add(blank, Map.of("无此 None", new InputPrompts.Prompt("t", "p"))));
        assertTrue(e.getMessage().contains("无此 None"), e.getMessage());
    }

    @Test
    void promptsKeepToTheLengthsExcelAccepts() {
        assertThrows(IllegalArgumentException.class, () -> new InputPrompts.Prompt("x".repeat(InputPrompts.MAX_TITLE + 1), "p"));
        assertThrows(IllegalArgumentException.class, () -> new InputPrompts.Prompt("t", "x".repeat(InputPrompts.MAX_TEXT + 1)));
        assertThrows(IllegalArgumentException.class, () -> new InputPrompts.Prompt("", "p"));
        assertThrows(IllegalArgumentException.class, () -> new InputPrompts.Prompt("t", ""));
        new InputPrompts.Prompt("x".repeat(InputPrompts.MAX_TITLE), "x".repeat(InputPrompts.MAX_TEXT));
    }

    @Test
    void theBlankTemplateCarriesEveryPromptAndStillReads() throws Exception {
        var reg = RubricRegistry.getDefault();
        for (String id : new String[] {"gbt27922", "gxdsl244"}) {
            byte[] xlsx = WorkbookTemplate.write(reg.require(id));
            String sheets = new String(WorkbookFillTests.parts(xlsx, dir.resolve(id + ".xlsx")).entrySet().stream()
                    .filter(e -> e.getKey().startsWith("xl/worksheets/")).map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                    .reduce("", String::concat).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            for (InputPrompts.Prompt p : WorkbookTemplate.PROMPTS.values()) {
                assertTrue(sheets.contains("promptTitle=\"" + p.title() + "\""), id + " " + p.title());
            }
            assertEquals(4, sheets.split("showInputMessage=\"1\"", -1).length - 1, id);
        }
    }
}
