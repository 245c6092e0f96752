package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.aftercert.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streaming evidence reader against the tree reader it replaced ({@link TreeEvidenceOracle}):
 * on every example file, and on a generated corpus of broken files made from them (a value swapped
 * for one of another kind or a hostile number, a field dropped, an unknown or misspelt field, an
 * entry replaced by a tricky one, the text cut short or given a stray character), both must answer
 * the same document, codes and problems, or the same refusal, problem for problem. The same for
 * documents given as trees (the workbook's front door).
 */
class EvidenceReaderDifferentialTests {
    private static final List<byte[]> SEEDS = seeds();

    /** JSON snippets a value is swapped for: every kind, hostile numbers, edge dates and texts. */
    private static final List<String> VALUES = List.of("null", "true", "false", "\"\"", "\" \"", "\"text\"", "\"87.5\"",
            "\"2026-13-01\"", "\"2026-11-01\"", "0", "1", "-1", "2.5", "1.0", "3.00", "1E+2", "2147483648", "-2147483649",
            "12345678901234567890", "123456789012345678901234567890", "1e400", "0e-99999999", "-0.0000000000000000001",
            "0.1234567890123456789", "9999999999999", "1000000000000.5", "{}", "[]", "{\"x\":1}", "[\"a\",3]", "[\"\"]",
            "[null]", "{\"conforming\":null,\"sampled\":null}", "{\"conforming\":3,\"sampled\":2}", "{\"conforming\":1.5,\"sampled\":2}",
            "{\"conforming\":1,\"sampled\":2,\"extra\":0}", "{\"conforms\":null}", "{\"conforms\":true,\"credit\":1}",
            "{\"band\":3,\"credit\":0.5}", "{\"band\":6}", "{\"sample\":{\"conforming\":null,\"sampled\":null}}",
            "{\"sample\":{\"conforming\":null,\"sampled\":null},\"notes\":5}",
            "{\"conforms\":true,\"sample\":{\"conforming\":null,\"sampled\":null}}", "{\"sample\":{\"conforming\":null},\"band\":null}",
            "{\"band\":2,\"credit\":null,\"value\":null}", "{\"credit\":0.5,\"value\":1,\"conforms\":false}", "{\"notApplicable\":\"  \"}",
            "{\"notApplicable\":\"\"}", "{\"value\":\"87.5\",\"extra\":1}", "{\"type\":\"deduction\",\"description\":\"x\"}",
            "{\"type\":\"bonus\",\"description\":\" \",\"indicator\":\"5.1.1.1\",\"categroy\":1}", "{\"name\":\" \",\"kind\":\"shop\"}",
            "{\"name\":\"n\",\"knd\":\"x\"}");
    /** Whole evidence entries: placeholders, several forms at once, forms with the wrong kinds. */
    private static final List<String> ENTRIES = List.of("{}", "null", "[]", "7", "{\"conforms\":null}", "{\"conforms\":null,\"notes\":3}",
            "{\"sample\":{\"conforming\":null,\"sampled\":null}}", "{\"sample\":{\"conforming\":null,\"sampled\":null},\"notes\":5,\"x\":1}",
            "{\"conforms\":true,\"sample\":{\"conforming\":null,\"sampled\":null}}", "{\"sample\":{\"conforming\":null}}",
            "{\"sample\":{\"conforming\":null,\"sampled\":null,\"y\":2}}", "{\"sample\":{\"conforming\":null,\"sampled\":null},\"band\":null}",
            "{\"sample\":[]}", "{\"sample\":null,\"credit\":null}", "{\"band\":3,\"credit\":0.5}", "{\"band\":3,\"credit\":1.5,\"conforms\":true}",
            "{\"credit\":0.5,\"value\":1,\"conforms\":false}", "{\"notApplicable\":\" \"}", "{\"notApplicable\":\"\",\"notes\":\"n\"}",
            "{\"value\":\"87.5\"}", "{\"value\":1e13}", "{\"credit\":0.12345678901234567890}", "{\"band\":2.0}", "{\"band\":2.5}",
            "{\"sample\":{\"conforming\":11,\"sampled\":10}}", "{\"sample\":{\"conforming\":-1,\"sampled\":0}}",
            "{\"conforms\":\"yes\",\"attachments\":[\"\", 3, null]}", "{\"conforms\":true,\"date\":\"2026-02-30\",\"assessor\":5}",
            "{\"conforms\":true,\"guidance\":7,\"conformz\":true}");
    private static final List<String> NAMES = List.of("conform", "sampel", "notess", "rubirc", "x", "evidance", "guidance",
            "$schema", "ratingGuide", "schemaVersion", "category", "indicator", "sampled");
    private static final List<String> INSERTS = List.of("{", "}", ",", "\"", ":", "0", "]", "[", "\\", "n", " ", "\u00e9");
    private static final String MARK = "\u0000mark";
    private static final String REPEAT = "\u0000repeat";

    private static List<byte[]> seeds() {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "examples"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("target")).sorted().toList()) {
                out.add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.add(("{\"rubric\":\"mini\",\"schemaVersion\":1,\"organization\":{\"name\":\"华澜\",\"kind\":\"service\"},\"evidence\":{"
                + "\"A.1\":{\"conforms\":true,\"notes\":\"ok\",\"attachments\":[\"a.pdf\"],\"date\":\"2026-11-01\",\"assessor\":\"x\"},"
                + "\"A.2\":{\"sample\":{\"conforming\":9,\"sampled\":10}},\"A.3\":{\"value\":87.5},\"A.4\":{\"notApplicable\":\"无此业务\"},"
                + "\"B.1\":{\"band\":4,\"credit\":0.65},\"B.2\":{\"credit\":0.5,\"guidance\":\"g\"}},"
                + "\"findings\":[{\"type\":\"bonus\",\"description\":\"d\",\"indicator\":\"A.1\"},{\"type\":\"deduction\",\"category\":\"law\",\"description\":\"d\"}]}")
                .getBytes(StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void everyExampleFileReadsTheSame() {
        assertTrue(SEEDS.size() >= 8, "the examples were found");
        for (byte[] seed : SEEDS) same(seed);
    }

    @Test
    void brokenFilesReadTheSame() {
        qt().withExamples(400).forAll(integers().between(0, SEEDS.size() - 1),
                        lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(3, 12))
                .checkAssert((seed, ops) -> same(mutate(SEEDS.get(seed), ops)));
    }

    /**
     * A key repeated in each kind of object the reader meets, with what may follow the repeated
     * name (a good value, a bad number, a missing colon, the end of the text), names with escapes
     * and Chinese characters, a byte-order mark: the same failure, text and place, as the strict
     * parser gives.
     */
    @Test
    void repeatedKeysAreRefusedAsTheStrictParserRefusesThem() {
        String head = "{\"rubric\":\"mini\",\"organization\":{\"name\":\"n\"},";
        List<String> docs = new ArrayList<>(List.of(
                "{\"rubric\":\"mini\",\"rubric\":\"x\",\"organization\":{\"name\":\"n\"},\"evidence\":{}}",
                head + "\"evidence\":{},\"evidence\":{}}",
                head + "\"evidence\":{},\"zzz\":1,\"zzz\":2}",
                head + "\"evidence\":{},\"$schema\":\"a\",\"$schema\":\"b\"}",
                head + "\"evidence\":{\"A.1\":{\"conforms\":true},\"A.1\":{\"conforms\":false}}}",
                head + "\"evidence\":{\"A.1\":7,\"A.1\":{\"conforms\":false}}}",
                head + "\"evidence\":{\"A.1\":{},\"A.1\":{}}}",
                head + "\"evidence\":{\"A.1\":{\"conforms\":true,\"notes\":\"a\",\"conforms\":true}}}",
                head + "\"evidence\":{\"A.1\":{\"conforms\":null,\"conforms\":null}}}",
                head + "\"evidence\":{\"A.1\":{\"conforms\":true,\"x\":1,\"x\":2}}}",
                head + "\"evidence\":{\"A.1\":{\"conforms\":true,\"x\":1},\"A.2\":{\"conforms\":true,\"x\":1}}}",
                head + "\"evidence\":{\"A.1\":{\"sample\":{\"conforming\":1,\"sampled\":2,\"sampled\":3}}}}",
                head + "\"evidence\":{\"A.1\":{\"sample\":{\"conforming\":1,\"q\":2,\"sampled\":3,\"q\":4}}}}",
                head + "\"evidence\":{\"A.1\":{\"attachments\":[{\"a\":1,\"a\":1}]}}}",
                head + "\"evidence\":{\"A.1\":{\"conforms\":true,\"guidance\":{\"k\":[{\"b\":1,\"b\":2}]}}}}",
                "{\"rubric\":\"mini\",\"organization\":{\"name\":\"n\",\"name\":\"m\"},\"evidence\":{}}",
                head + "\"evidence\":{},\"findings\":[{\"type\":\"bonus\",\"description\":\"d\",\"type\":\"bonus\"}]}",
                head + "\"evidence\":{},\"ratingGuide\":{\"x\":{\"y\":1,\"y\":2}}}",
                head + "\"evidence\":{\"中文\":{\"conforms\":true},\"中文\":{\"conforms\":true}}}",
                head + "\"evidence\":{\"a\\\"b\":{\"conforms\":true},\"a\\\"b\":{}}}",
                head + "\"evidence\":{\"\\u00e9\":{\"conforms\":true},\"é\":{}}}",
                "[{\"a\":1,\"a\":2}]",
                "\uFEFF" + head + "\"evidence\":{\"A.1\":{\"band\":1,\"band\":2}}}",
                head + "\n  \"evidence\":{\n    \"A.1\":{\"band\":1,\n     \"band\" : 2}}}"));
        // what follows the repeated name fails to parse: the repeat is found first all the same
        for (String after : new String[] {":01}", ":-}", ":tru}", " 2}", ":", "", ":\"x", ":1e}"}) {
            docs.add(head + "\"evidence\":{\"A.1\":{\"band\":1,\"band\"" + after);
            docs.add(head + "\"evidence\":{\"A.1\":{},\"A.1\"" + after);
            docs.add(head + "\"evidence\":{},\"rubric\"" + after);
            docs.add(head + "\"evidence\":{\"A.1\":{\"sample\":{\"sampled\":1,\"sampled\"" + after);
            docs.add(head + "\"evidence\":{\"A.1\":{\"x\":1,\"x\"" + after);
            docs.add("{\"organization\":{\"kind\":\"a\",\"kind\"" + after);
            docs.add(head + "\"evidence\":{\"A.1\":{\"band\":1,\"conforms\"" + after); // not a repeat: the parser's own failure
        }
        for (String doc : docs) {
            byte[] json = doc.getBytes(StandardCharsets.UTF_8);
            same(json);
        }
        // the comparison is not vacuous: the oracle refuses these files for the repeat, at the place after it
        Object refusal = outcome(() -> EvidenceJson.parse(docs.get(4).getBytes(StandardCharsets.UTF_8), "ev.json"));
        assertEquals("[refused, 证据文件 ev.json 有误 (invalid evidence file ev.json), [ev.json: line 1, column 87: not valid JSON: "
                + "the key 'A.1' appears twice in the same object]]", refusal.toString()); // column 87: just after the second "A.1"
    }

    /** Both readers, on bytes and (when the bytes are one JSON document) on the tree. */
    private static void same(byte[] json) {
        String shown = new String(json, StandardCharsets.UTF_8);
        assertEquals(outcome(() -> TreeEvidenceOracle.parse(json, "ev.json")), outcome(() -> EvidenceJson.parse(json, "ev.json")), shown);
        JsonNode tree;
        try {
            tree = Json.readTree(json);
        } catch (IOException notJson) {
            return;
        }
        assertEquals(outcome(() -> TreeEvidenceOracle.parseTree(tree, "ev.json")), outcome(() -> EvidenceJson.parseTree(tree, "ev.json")), shown);
    }

    private static Object outcome(Supplier<EvidenceJson.Parsed> read) {
        try {
            EvidenceJson.Parsed p = read.get();
            return List.of(String.valueOf(p.dto()), p.codes(), inOrder(p.problems()), p.dto() == null ? "none" : p.dto());
        } catch (InvalidInputException e) {
            return List.of("refused", e.summary(), e.problems());
        } catch (RuntimeException e) {
            return List.of("failed", e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * The problems in the order every surface shows them (by path, as {@code EvidenceJson} sorts
     * them), ties by text: Bean Validation answers a set, whose order is not the same from run to run.
     */
    private static List<String> inOrder(List<io.aftercert.core.Problem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparing((io.aftercert.core.Problem p) -> String.valueOf(p.path()))
                .thenComparing(p -> p.text().en()).thenComparing(p -> p.text().zh())).map(p -> p.path() + " " + p.code() + " " + p.text()).toList();
    }

    /**
     * Applies three numbers at a time from {@code ops}: what to do, where, with what. Tree edits
     * come first (a marker string stands for the snippet, swapped in as text), then text edits.
     */
    static byte[] mutate(byte[] seed, List<Integer> ops) {
        JsonNode root;
        try {
            root = Json.readTree(seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> snippets = new ArrayList<>();
        List<int[]> textEdits = new ArrayList<>();
        List<String> repeats = new ArrayList<>();
        for (int i = 0; i + 2 < ops.size(); i += 3) {
            int what = ops.get(i) % 13, where = ops.get(i + 1), with = ops.get(i + 2);
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode c = containers.get(where % containers.size());
            switch (what) {
                case 0, 1, 2 -> { // swap a value for a snippet
                    String mark = MARK + snippets.size();
                    snippets.add(VALUES.get(with % VALUES.size()));
                    if (c instanceof ObjectNode o && o.size() > 0) o.set(nth(o, with), TextNode.valueOf(mark));
                    else if (c instanceof ArrayNode a && a.size() > 0) a.set(with % a.size(), TextNode.valueOf(mark));
                }
                case 3 -> { // drop a field
                    if (c instanceof ObjectNode o && o.size() > 0) o.remove(nth(o, with));
                }
                case 4 -> { // an unknown, misspelt or misplaced field
                    if (c instanceof ObjectNode o) { // its value any snippet: hostile numbers are bounded where they are not used too
                        String mark = MARK + snippets.size();
                        snippets.add(VALUES.get(with % VALUES.size()));
                        o.set(NAMES.get(where % NAMES.size()), TextNode.valueOf(mark));
                    }
                }
                case 5 -> { // a field renamed
                    if (c instanceof ObjectNode o && o.size() > 0) {
                        String name = nth(o, with);
                        JsonNode v = o.remove(name);
                        o.set(NAMES.get(with % NAMES.size()), v);
                    }
                }
                case 6 -> textEdits.add(new int[] {0, where, with}); // cut short
                case 7 -> textEdits.add(new int[] {1, where, with}); // a stray character
                case 8, 9 -> { // an evidence entry swapped for a tricky one, or one of its fields for any value
                    JsonNode ev = root.path("evidence");
                    if (ev instanceof ObjectNode o && o.size() > 0) {
                        String code = nth(o, where);
                        String mark = MARK + snippets.size();
                        if (what == 8 || !(o.get(code) instanceof ObjectNode entry)) {
                            snippets.add(ENTRIES.get(with % ENTRIES.size()));
                            o.set(code, TextNode.valueOf(mark));
                        } else {
                            snippets.add(VALUES.get(with % VALUES.size()));
                            entry.set(EvidenceJson.ENTRY_FIELDS.get(where % EvidenceJson.ENTRY_FIELDS.size()), TextNode.valueOf(mark));
                        }
                    }
                }
                case 10 -> { // a key repeated: another field of the object given again under its name
                    if (c instanceof ObjectNode o && o.size() > 0) {
                        String mark = MARK + snippets.size();
                        snippets.add(VALUES.get(where % VALUES.size()));
                        repeats.add(nth(o, with));
                        o.set(REPEAT + (repeats.size() - 1), TextNode.valueOf(mark));
                    }
                }
                default -> { } // leave as is: mostly-valid files are half the interest
            }
        }
        String text;
        try {
            text = new String(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int k = 0; k < snippets.size(); k++) text = text.replace("\"" + MARK.replace("\u0000", "\\u0000") + k + "\"", snippets.get(k));
        for (int k = 0; k < repeats.size(); k++) {
            text = text.replace("\"" + REPEAT.replace("\u0000", "\\u0000") + k + "\"", TextNode.valueOf(repeats.get(k)).toString());
        }
        for (int[] edit : textEdits) {
            if (text.isEmpty()) break;
            int at = edit[1] % text.length();
            text = edit[0] == 0 ? text.substring(0, at) : text.substring(0, at) + INSERTS.get(edit[2] % INSERTS.size()) + text.substring(at);
        }
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        if (textEdits.size() > 1 && textEdits.get(0)[2] % 17 == 0 && out.length > 0) out[textEdits.get(0)[1] % out.length] = (byte) 0xC3; // not UTF-8
        return out;
    }

    private static String nth(ObjectNode o, int k) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names.get(k % names.size());
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) out.add(n);
        for (JsonNode child : n) collect(child, out);
    }
}
