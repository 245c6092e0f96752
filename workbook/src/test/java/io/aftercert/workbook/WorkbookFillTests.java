package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.internal.edit.EvidenceEdit;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Evidence written into a workbook reads back as written, and nothing else in the workbook changes. */
class WorkbookFillTests {
    static final RubricRegistry REGISTRY = RubricRegistry.getDefault();
    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    static Assessment example(String file) throws IOException {
        return EvidenceJson.read(Files.readAllBytes(EXAMPLES.resolve(file)), file, REGISTRY::find);
    }

    Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    static Map<String, byte[]> parts(byte[] xlsx, Path tmp) throws IOException {
        Files.write(tmp, xlsx);
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(tmp.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) out.put(e.getName(), z.getInputStream(e).readAllBytes());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gbt27922/appliance-manufacturer.json", "gbt27922/trading-company.json", "hxjt/machine-tool-maker.json",
        "gxdsl244/guangxi-ecommerce-retailer.json", "gxdsl259/guangxi-ecommerce-retailer-conformance.json"})
    void jsonToWorkbookToJsonIsIdentical(String example) throws IOException {
        Assessment a = example(example);
        Rubric r = REGISTRY.require(a.rubricId());
        Assessment back = WorkbookEvidence.read(file("a.xlsx", WorkbookFill.write(null, "a.xlsx", r, a)), "a.xlsx", REGISTRY::find);
        assertEquals(new String(EvidenceJson.write(a), StandardCharsets.UTF_8), new String(EvidenceJson.write(back), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gbt27922/appliance-manufacturer.json", "hxjt/machine-tool-maker.json", "gxdsl244/guangxi-ecommerce-retailer.json"})
    void evidenceWrittenIntoABlankWorkbookReadsBackAndOnlyTheScoreSheetChanges(String example) throws IOException {
        Assessment a = example(example);
        Rubric r = REGISTRY.require(a.rubricId());
        byte[] blank = WorkbookTemplate.write(r);
        Path f = file("blank.xlsx", blank);
        byte[] filled = WorkbookFill.write(f, "blank.xlsx", r, a);
        // the blank has no organisation name: only the evidence was written, so the reader asks for it
        Path out = file("filled.xlsx", filled);
        var m = WorkbookEvidence.map(out, "filled.xlsx", REGISTRY::find);
        assertEquals(List.of(), m.problems());
        Assessment back = EvidenceJson.read(m.tree().deepCopy().<com.fasterxml.jackson.databind.node.ObjectNode>set("organization",
                JsonNodeFactory.instance.objectNode().put("name", "x")), "filled.xlsx", REGISTRY::find, p -> p);
        assertEquals(a.evidence(), back.evidence());
        Map<String, byte[]> before = parts(blank, dir.resolve("b.zip"));
        Map<String, byte[]> after = parts(filled, dir.resolve("a.zip"));
        assertEquals(before.keySet(), after.keySet(), "the same parts in the same order");
        for (String p : before.keySet()) {
            if (p.equals("xl/worksheets/sheet1.xml")) assertNotEquals(new String(before.get(p), StandardCharsets.UTF_8), new String(after.get(p), StandardCharsets.UTF_8));
            else assertArrayEquals(before.get(p), after.get(p), p + " unchanged");
        }
    }

    @Test
    void anEditChangesTheCellsOfTheItemsEditedAndNoOtherRow() throws IOException {
        Assessment a = example("gxdsl244/guangxi-ecommerce-retailer.json");
        Rubric r = REGISTRY.require(a.rubricId());
        Path f = file("e.xlsx", WorkbookTemplate.write(r, a));
        String code = a.evidence().keySet().iterator().next();
        byte[] edited = WorkbookFill.edit(f, "e.xlsx", r, json -> {
            EvidenceEdit e = EvidenceEdit.open(json, "e.xlsx", r);
            e.setVerdict(code, "credit", JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("0.4")));
            e.setNotes(code, "抽查 R&D <记录>");
            return e.bytes();
        });
        Assessment back = WorkbookEvidence.read(file("e2.xlsx", edited), "e2.xlsx", REGISTRY::find);
        assertEquals(new EvidenceValue.Credit(Ratio.of(2, 5)), back.evidence().get(code).value());
        assertEquals("抽查 R&D <记录>", back.evidence().get(code).notes(), "escaped and read back");
        for (String other : a.evidence().keySet()) {
            if (!other.equals(code)) assertEquals(a.evidence().get(other), back.evidence().get(other), other);
        }
        assertEquals(a.organization(), back.organization());
        assertEquals(a.findings(), back.findings());
        // the workbook edited, not a second one written: FastExcel writes merged ranges in no fixed order
        String[] beforeRows = sheetRows(Files.readAllBytes(f));
        String[] afterRows = sheetRows(edited);
        assertEquals(beforeRows.length, afterRows.length);
        int changed = 0;
        for (int i = 0; i < beforeRows.length; i++) if (!beforeRows[i].equals(afterRows[i])) changed++;
        assertEquals(1, changed, "one row of the score sheet changed");
    }

    private String[] sheetRows(byte[] xlsx) throws IOException {
        return new String(parts(xlsx, dir.resolve("r" + System.nanoTime() + ".zip")).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)
                .split("<row ");
    }

    @Test
    void aWorkbookForAnotherRubricIsRefused() throws IOException {
        Assessment a = example("gbt27922/appliance-manufacturer.json");
        Path f = file("g.xlsx", WorkbookTemplate.write(REGISTRY.require("gbt27922"), a));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkbookFill.write(f, "g.xlsx", REGISTRY.require("hxjt"), example("hxjt/machine-tool-maker.json")));
        assertTrue(e.getMessage().contains("for rubric 'gbt27922', not hxjt"), e.getMessage());
    }
}
