package io.aftercert.survey;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.Ratio;
import io.aftercert.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The survey instrument: its questions and the data-quality and sample rules that go with it. The
 * shipped one ({@link #standard()}) is data ({@code questionnaire.json}), not code.
 *
 * @param id                      the instrument's id
 * @param version                 its version
 * @param titleZh                 title in Chinese
 * @param titleEn                 title in English
 * @param questions               20–30 questions, every dimension asked at least once, at most one overall question
 * @param minDurationSeconds      completion faster than this is flagged (derived)
 * @param maxDurationSeconds      completion slower than this is flagged (004 ch. 七: 完成时间不超过 15 分钟)
 * @param straightLiningMinAnswers a respondent with at least this many valid answers, all equal, is flagged (derived)
 * @param minShare                sample: share of customers required (004 ch. 七: 5 %)
 * @param minCount                sample: responses required at least (004 ch. 七: 500)
 * @param raw                     the instrument as shipped (for the JSON template)
 */
public record Questionnaire(String id, String version, String titleZh, String titleEn, List<Question> questions,
        long minDurationSeconds, long maxDurationSeconds, int straightLiningMinAnswers, Ratio minShare, long minCount, JsonNode raw) {
    /** Column of the respondent's id in response sheets. */
    public static final String RESPONDENT = "respondent_id";
    /** Optional column: when the response was submitted (ISO date or date-time). */
    public static final String SUBMITTED = "submitted_at";
    /** Optional column: completion time in seconds. */
    public static final String DURATION = "duration_s";
    /** Most questions an instrument may have (answers are packed three bits each into two longs). */
    public static final int MAX_QUESTIONS = 30;

    private static final String RESOURCE = "/io/aftercert/survey/questionnaire.json";
    /** 004 ch. 七: 完成时间不超过 15 分钟. */
    public static final long MAX_DURATION_SECONDS = 15 * 60;
    private static volatile Questionnaire standard;

    /** An instrument with 004's 15-minute completion limit. */
    // ten parameters: the instrument's fields as questionnaire.json holds them (public API; the JSON reader is its usual caller)
    public Questionnaire(String id, String version, String titleZh, String titleEn, List<Question> questions,
            long minDurationSeconds, int straightLiningMinAnswers, Ratio minShare, long minCount, JsonNode raw) {
        this(id, version, titleZh, titleEn, questions, minDurationSeconds, MAX_DURATION_SECONDS, straightLiningMinAnswers, minShare, minCount, raw);
    }

    public Questionnaire {
        questions = List.copyOf(questions);
        if (questions.size() < 20 || questions.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("a questionnaire has 20–30 questions (004 ch. 七), not " + questions.size());
        }
        Map<String, Question> seen = new HashMap<>();
        EnumMap<Dimension, Integer> per = new EnumMap<>(Dimension.class);
        int overall = 0;
        for (Question q : questions) {
            if (seen.put(q.id(), q) != null) throw new IllegalArgumentException("question id " + q.id() + " appears twice");
            if (List.of(RESPONDENT, SUBMITTED, DURATION).contains(q.id())) throw new IllegalArgumentException("question id " + q.id() + " is a reserved column name");
            if (q.overall()) overall++;
            else per.merge(q.dimension(), 1, Integer::sum);
        }
        if (overall > 1) throw new IllegalArgumentException("a questionnaire has at most one overall question, not " + overall);
        for (Dimension d : Dimension.values()) {
            if (!per.containsKey(d)) throw new IllegalArgumentException("dimension " + d.id() + " has no question");
        }
        if (minDurationSeconds < 0) throw new IllegalArgumentException("minDurationSeconds must be ≥ 0, not " + minDurationSeconds);
        if (maxDurationSeconds <= minDurationSeconds) throw new IllegalArgumentException("maxDurationSeconds must exceed minDurationSeconds " + minDurationSeconds + ", not " + maxDurationSeconds);
        if (straightLiningMinAnswers < 2) throw new IllegalArgumentException("straightLiningMinAnswers must be ≥ 2, not " + straightLiningMinAnswers);
        if (minShare.signum() < 0 || minShare.compareTo(Ratio.ONE) > 0) throw new IllegalArgumentException("minShare must lie in [0, 1], not " + minShare);
        if (minCount < 0) throw new IllegalArgumentException("minCount must be ≥ 0, not " + minCount);
    }

    /** The instrument shipped with the SDK. */
    public static Questionnaire standard() {
        Questionnaire q = standard;
        if (q == null) {
            try (InputStream in = Questionnaire.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the survey jar");
                standard = q = parse(SharedMapper.get().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return q;
    }

    /** Reads an instrument in the shipped format. */
    public static Questionnaire parse(JsonNode n) {
        List<Question> qs = new ArrayList<>();
        for (JsonNode q : n.path("questions")) {
            String dim = q.path("dimension").asText();
            boolean overall = q.path("overall").asBoolean(false);
            if (overall != q.path("dimension").isNull()) throw new IllegalArgumentException("question " + q.path("id").asText() + ": the overall question, and only it, has no dimension");
            qs.add(new Question(q.path("id").asText(null),
                    overall ? null : Dimension.byId(dim).orElseThrow(() -> new IllegalArgumentException("question " + q.path("id").asText() + ": unknown dimension '" + dim + "'")),
                    q.path("clause").asText(null), q.path("clauseText").asText(null),
                    q.path("text").path("zh").asText(null), q.path("text").path("en").asText(null),
                    q.hasNonNull("gxdsl244") ? q.get("gxdsl244").asText() : null));
        }
        JsonNode quality = n.path("quality");
        JsonNode sample = n.path("sample");
        return new Questionnaire(n.path("id").asText(), n.path("version").asText(),
                n.path("title").path("zh").asText(), n.path("title").path("en").asText(), qs,
                quality.path("minDurationSeconds").asLong(), quality.path("maxDurationSeconds").asLong(MAX_DURATION_SECONDS), quality.path("straightLiningMinAnswers").asInt(),
                Ratio.of(sample.path("minShare").decimalValue()), sample.path("minCount").asLong(), n.deepCopy());
    }

    /** Position of a question id, or -1. */
    public int indexOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) if (questions.get(i).id().equals(questionId)) return i;
        return -1;
    }

    /** The same instrument with another minimum completion time (the {@code --min-seconds} option). */
    public Questionnaire withMinDurationSeconds(long seconds) {
        return new Questionnaire(id, version, titleZh, titleEn, questions, seconds, maxDurationSeconds, straightLiningMinAnswers, minShare, minCount, raw);
    }

    /** Column names of the response sheet, in order. */
    public List<String> columns() {
        List<String> cols = new ArrayList<>();
        cols.add(RESPONDENT);
        questions.forEach(q -> cols.add(q.id()));
        cols.add(SUBMITTED);
        cols.add(DURATION);
        return cols;
    }
}
