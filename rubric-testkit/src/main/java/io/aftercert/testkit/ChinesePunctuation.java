package io.aftercert.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Chinese-punctuation check every rubric's data passes: in Chinese texts (the fields {@code zh},
 * {@code requirement} and {@code quote}) no half-width {@code , ; : ( )} stands next to a Han character.
 * The standards are PDF extractions in which a full-width comma often became {@code ", "}; rubric data
 * quotes them with Chinese punctuation. A ratio such as {@code 1:200} is a figure, not punctuation.
 */
public final class ChinesePunctuation {
    /** A half-width mark directly after or before a Han character. */
    public static final Pattern HALF_WIDTH = Pattern.compile("(?<=\\p{IsHan})[,;:()]|[,;:()](?=\\p{IsHan})");

    private static final List<String> CHINESE_FIELDS = List.of("zh", "requirement", "quote");

    private ChinesePunctuation() {
    }

    /**
     * The Chinese texts of a JSON document that hold half-width punctuation next to a Han character.
     *
     * @param json the document (rubric data, a crosswalk table …)
     * @return "field: text" for each offending text, in no particular order; empty when all are clean
     * @throws IOException when the bytes are not JSON
     */
    public static List<String> halfWidthIn(byte[] json) throws IOException {
        List<String> bad = new ArrayList<>();
        ArrayDeque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.add(Map.entry("", new ObjectMapper().readTree(json)));
        while (!todo.isEmpty()) {
            Map.Entry<String, JsonNode> e = todo.pop();
            JsonNode n = e.getValue();
            if (n.isObject()) {
                n.fields().forEachRemaining(f -> todo.push(Map.entry(f.getKey(), f.getValue())));
            } else if (n.isArray()) {
                for (JsonNode item : n) todo.push(Map.entry(e.getKey(), item));
            } else if (n.isTextual() && CHINESE_FIELDS.contains(e.getKey()) && HALF_WIDTH.matcher(n.asText()).find()) {
                bad.add(e.getKey() + ": " + n.asText());
            }
        }
        return bad;
    }
}
