package io.aftercert.core.json;

import io.aftercert.core.internal.json.JsonNumbers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.Guidance;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A blank evidence file for a rubric: every leaf with a placeholder of the form its kind asks for
 * (sampled items ask for {@code conforming} of {@code sampled}, metrics for a {@code value} in
 * the declared unit or, beside it, the assessor's verdict — fill in one), its requirement and guidance as {@code guidance} text, and the scoring bands
 * as rating guidance. It validates against the evidence JSON Schema and, once the placeholders
 * are filled in, reads back as-is.
 *
 * @since 1.0
 */
public final class TemplateJson {
    private TemplateJson() {
    }

    /**
     * The blank evidence file as a JSON tree.
     *
     * @param r the rubric
     * @return a new tree, one entry per leaf in document order
     */
    public static ObjectNode template(Rubric r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("schemaVersion", EvidenceJson.SCHEMA_VERSION);
        root.put("rubric", r.id());
        root.put("rubricVersion", r.version());
        if (!r.bands().isEmpty()) root.set("ratingGuide", bands(r)); // how an assessor picks a band; ignored when read
        ObjectNode org = root.putObject("organization");
        org.put("name", "");
        org.put("kind", "manufacturer");
        root.putNull("assessedOn");
        root.putNull("assessor");
        ObjectNode ev = root.putObject("evidence");
        String bandHelp = bandHelp(r);
        for (Indicator leaf : r.leaves()) {
            ObjectNode e = ev.putObject(leaf.code());
            if (leaf.kind() == IndicatorKind.SAMPLED) {
                ObjectNode s = e.putObject("sample");
                s.putNull("conforming");
                s.putNull("sampled");
            } else if (leaf.kind() == IndicatorKind.METRIC) {
                e.putNull("value"); // the measured value, or the assessor's verdict below: fill in one of them
                if (!r.bands().isEmpty()) e.putNull("band");
                else e.putNull("conforms");
            } else if (!r.bands().isEmpty()) {
                e.putNull("band");
            } else {
                e.putNull("conforms");
            }
            e.put("notes", "");
            e.put("guidance", guidance(r, leaf, bandHelp));
        }
        root.putArray("findings");
        return root;
    }

    private static String guidance(io.aftercert.core.model.Rubric r, Indicator leaf, String bandHelp) {
        StringBuilder sb = new StringBuilder();
        sb.append(leaf.title().zh()).append(" / ").append(leaf.title().en()).append(" — max ").append(leaf.points());
        if (leaf.requirement() != null) endSentence(sb).append(leaf.requirement());
        if (leaf.metric() != null) {
            endSentence(sb).append("Target ").append(leaf.metric().direction().symbol()).append(' ')
                    .append(leaf.metric().target()).append(' ').append(leaf.metric().unit())
                    .append("; give either the measured \"value\" in ").append(leaf.metric().unit())
                    .append(" or the assessor's verdict (").append(bandHelp != null ? "\"band\" 1–5, " : "")
                    .append("\"conforms\", \"credit\" or \"sample\"), not both");
            if (leaf.metric().valueCreditCap() != null) {
                sb.append("; a value alone earns at most ").append(leaf.metric().valueCreditCap().toBigDecimal(4,
                        java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString())
                        .append(" of the item: its qualitative part needs the verdict");
            }
        } else if (leaf.kind() == IndicatorKind.SAMPLED) {
            endSentence(sb).append("Checked on samples: give {\"sample\": {\"conforming\": n, \"sampled\": m}}");
        } else if (bandHelp != null) {
            endSentence(sb).append("Rate with \"band\" 1–5 (").append(bandHelp).append("), or \"conforms\": true/false");
        }
        // the guidance document by its name, never by the rubric's internal source id (002)
        for (Guidance g : leaf.guidance()) endSentence(sb).append('[').append(sourceName(r, g.source())).append(' ').append(g.clause()).append("] ").append(g.text());
        endSentence(sb).append("Or \"notApplicable\": \"why\".");
        return sb.toString();
    }

    /** A source's name as people know it: the 《…》 of its Chinese title, or the title, or the id when the rubric lists no such source. */
    private static String sourceName(io.aftercert.core.model.Rubric r, String id) {
        return r.sources().stream().filter(s -> s.id().equals(id)).findFirst().map(s -> {
            String t = s.title().zh();
            int a = t.indexOf('《');
            int b = t.indexOf('》');
            return a >= 0 && b > a ? t.substring(a, b + 1) : t;
        }).orElse(id);
    }

    /**
     * Closes the sentence so far before the next one: a full stop and a space, or only the space
     * where the text already ends a sentence (a requirement quoted as printed ends in 。, which
     * must not become "。.").
     */
    static StringBuilder endSentence(StringBuilder sb) {
        if (sb.length() > 0 && SENTENCE_END.indexOf(sb.charAt(sb.length() - 1)) < 0) sb.append('.');
        return sb.append(' ');
    }

    private static final String SENTENCE_END = "。；！？….;!?";

    private static String bandHelp(Rubric r) {
        if (r.bands().isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (Band b : r.bands()) {
            if (sb.length() > 0) sb.append("; ");
            sb.append(b.number()).append(" = ").append(b.range());
        }
        return sb.toString();
    }

    /**
     * Rating guidance: each band with its range, midpoint and descriptors.
     *
     * @param r the rubric
     * @return one object per band; empty when the rubric has no bands
     */
    public static ArrayNode bands(Rubric r) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Band b : r.bands()) {
            ObjectNode o = a.addObject();
            o.put("band", b.number());
            o.put("range", b.range());
            JsonNumbers.put(o, "midpoint", b.midpoint());
            ArrayNode d = o.putArray("descriptors");
            b.descriptors().forEach(d::add);
        }
        return a;
    }

    /**
     * {@link #template} as bytes ({@code template ID}).
     *
     * @param r the rubric
     * @return the document as UTF-8 JSON
     */
    public static byte[] write(Rubric r) {
        try {
            return Json.mapper().writeValueAsBytes(template(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
