package io.aftercert.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.CreditCurve;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Guidance;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.MetricSpec;
import io.aftercert.core.model.Provenance;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.model.Source;
import io.aftercert.core.model.SpecialRules;
import io.aftercert.core.model.WeightRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rubric data format (documented in {@code docs/rubric-format.md}; JSON Schema at
 * {@value #SCHEMA_RESOURCE}) into an immutable, validated {@link Rubric}.
 */
public final class RubricJson {
    /** Classpath resource of the JSON Schema for rubric data. */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/core/schema/rubric.schema.json";

    private RubricJson() {
    }

    /** Loads a rubric resource next to {@code anchor} (what a {@code RubricProvider} does). */
    public static Rubric fromResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException(new Problem(resource, null, null,
                        "rubric resource not found next to " + anchor.getName()));
            }
            return read(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rubric resource " + resource, e);
        }
    }

    /**
     * Parses and validates rubric JSON.
     *
     * @throws InvalidInputException naming {@code source} and the JSON path or indicator code
     */
    public static Rubric read(byte[] json, String source) {
        RubricDto dto;
        try {
            dto = Json.mapper().readValue(json, RubricDto.class);
        } catch (JacksonException e) {
            throw JsonProblems.invalid("invalid rubric data", source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return dto.toRubric();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw new InvalidInputException("invalid rubric data", List.of(new Problem(source, null, null, e.getMessage())));
        }
    }

    record TextDto(String zh, String en) {
        Text toText() {
            return new Text(zh, en);
        }
    }

    static Text text(TextDto t) {
        return t == null ? null : t.toText();
    }

    record SourceDto(String id, TextDto title, String ref) {
    }

    record ProvenanceDto(String source, String clause, boolean derived, String note) {
        Provenance toProvenance() {
            return new Provenance(source, clause, derived, note);
        }
    }

    record GuidanceDto(String source, String clause, String text) {
    }

    record MetricDto(String unit, String direction, Ratio target, String curve, Ratio floor, String recordsKpi) {
        MetricSpec toSpec(String code) {
            try {
                return new MetricSpec(unit, Direction.fromJson(direction), target, CreditCurve.fromJson(curve), floor,
                        recordsKpi);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("metric " + code + ": " + e.getMessage(), e);
            }
        }
    }

    record RangeDto(Ratio min, Ratio max) {
    }

    record IndicatorDto(String code, TextDto title, String requirement, String kind, Ratio points, Ratio weight,
                        RangeDto recommendedWeight, MetricDto metric, List<String> checklist,
                        ProvenanceDto provenance, List<GuidanceDto> guidance, List<IndicatorDto> children) {
        Indicator toIndicator(ScoringMode mode) {
            List<Indicator> kids = new ArrayList<>();
            if (children != null) for (IndicatorDto c : children) kids.add(c.toIndicator(mode));
            Ratio p = points;
            if (p == null && mode == ScoringMode.WEIGHTED) p = Ratio.ZERO; // follows from the weights
            if (p == null) throw new IllegalArgumentException("indicator " + code + " needs points");
            List<Guidance> gs = new ArrayList<>();
            if (guidance != null) for (GuidanceDto g : guidance) gs.add(new Guidance(g.source(), g.clause(), g.text()));
            IndicatorKind k;
            try {
                k = kind == null ? null : IndicatorKind.fromJson(kind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("indicator " + code + ": " + e.getMessage(), e);
            }
            return new Indicator(code, text(title), requirement, k, p, weight,
                    recommendedWeight == null ? null : new WeightRange(recommendedWeight.min(), recommendedWeight.max()),
                    metric == null ? null : metric.toSpec(code), checklist,
                    provenance == null ? null : provenance.toProvenance(), gs, kids);
        }
    }

    record GradeDto(String id, TextDto label, Ratio min, boolean star) {
    }

    record GradeScaleDto(List<GradeDto> grades, TextDto none, boolean derived, int qualifyingMonths,
                         TextDto starCaveat, ProvenanceDto provenance) {
        GradeScale toScale() {
            List<Grade> gs = new ArrayList<>();
            for (GradeDto g : grades) gs.add(new Grade(g.id(), text(g.label()), g.min(), g.star()));
            return new GradeScale(gs, text(none), derived, qualifyingMonths, text(starCaveat),
                    provenance == null ? null : provenance.toProvenance());
        }
    }

    record SpecialDto(Ratio deductionPoints, int maxDeductions, List<String> deductionCategories, TextDto deductionRule,
                      Ratio bonusPoints, int maxBonuses, TextDto bonusRule) {
    }

    record BandDto(int number, Ratio from, Ratio to, List<String> descriptors) {
    }

    record ScoringDto(String mode, Ratio total, GradeScaleDto gradeScale, SpecialDto special, List<BandDto> bands,
                      TextDto allocationRule) {
    }

    record RubricDto(@JsonProperty("$schema") String schema, String id, String version, TextDto title, TextDto issuer,
                     List<SourceDto> sources, ScoringDto scoring, List<IndicatorDto> indicators) {
        Rubric toRubric() {
            if (scoring == null) throw new IllegalArgumentException("rubric " + id + " needs a 'scoring' section");
            ScoringMode mode = ScoringMode.fromJson(scoring.mode());
            List<Source> srcs = new ArrayList<>();
            if (sources != null) for (SourceDto s : sources) srcs.add(new Source(s.id(), text(s.title()), s.ref()));
            List<Band> bands = new ArrayList<>();
            if (scoring.bands() != null) {
                for (BandDto b : scoring.bands()) bands.add(new Band(b.number(), b.from(), b.to(), b.descriptors()));
            }
            List<Indicator> top = new ArrayList<>();
            if (indicators != null) for (IndicatorDto i : indicators) top.add(i.toIndicator(mode));
            SpecialDto sp = scoring.special();
            return Rubric.builder().id(id).version(version).title(text(title)).issuer(text(issuer)).sources(srcs)
                    .mode(mode).total(scoring.total())
                    .gradeScale(scoring.gradeScale() == null ? null : scoring.gradeScale().toScale())
                    .specialRules(sp == null ? null : new SpecialRules(sp.deductionPoints(), sp.maxDeductions(),
                            sp.deductionCategories(), text(sp.deductionRule()), sp.bonusPoints(), sp.maxBonuses(),
                            text(sp.bonusRule())))
                    .bands(bands).indicators(top).allocationRule(text(scoring.allocationRule())).build();
        }
    }
}
