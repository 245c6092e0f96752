package io.aftercert.crosswalk;

import io.aftercert.core.Ratio;
import io.aftercert.core.Lang;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.EvidenceCheck;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries one rubric's evidence to another through a {@link CrosswalkTable}.
 *
 * <p>Rules, per target item:
 * <ol>
 *   <li>Only source items that were assessed count (not-applicable and not-assessed items carry
 *       nothing: the target's applicability is the organisation's to state).</li>
 *   <li>The conservative carry rule ({@link Relation#carried}): a verdict carries as it is only
 *       across {@code equal}; across {@code superset-of} (the source's requirement contains the
 *       target's) only a full-credit "conforms" carries. The source's evidence form carries when the
 *       target accepts it and it earns no more there than the rule allows (a measured value is the
 *       fact, scored by the target's own curve); else "conforms" for full credit, else the allowed
 *       credit as a {@code credit}. Several carrying sources: the lowest allowed credit carries.</li>
 *   <li>Every other assessed source (subset-of, intersects-with, a superset-of source short of full
 *       credit) leaves the item "to confirm", the source evidence quoted in its notes; only data
 *       (informs) leaves it "data only". Nothing is invented.</li>
 *   <li>Score range: lowest = the prefilled evidence scored as it is (every other item earns 0);
 *       highest = the same with full credit on every item that was not carried; the estimate = the
 *       prefilled evidence plus, on every item left to confirm, the lowest credit its overlapping
 *       sources earned (data-only and uncovered items earn 0). All three are scored by
 *       {@link ScoringEngine}: there is no second scoring path.</li>
 * </ol>
 */
public final class Crosswalk {
    private Crosswalk() {
    }

    /** Crosses {@code source} (scored against {@code sourceRubric}) to {@code target}. */
    public static CrosswalkResult cross(Rubric sourceRubric, Assessment source, Rubric target, CrosswalkTable table, String lang) {
        AssessmentResult src = ScoringEngine.score(sourceRubric, source);
        Map<String, Evidence> carried = new LinkedHashMap<>();
        Map<String, String> confirmNotes = new LinkedHashMap<>();
        Map<String, Evidence> likely = new LinkedHashMap<>();
        List<CrosswalkResult.Item> items = new ArrayList<>();
        for (Indicator leaf : target.leaves()) {
            List<Mapping> rows = new ArrayList<>();
            for (Mapping m : table.onto(leaf.code())) {
                IndicatorResult r = src.indicator(m.from()).orElse(null);
                if (r != null && r.status() == Status.ASSESSED) rows.add(m);
            }
            rows.sort(Comparator.comparingInt(m -> m.relation().strength()));
            if (rows.isEmpty()) {
                items.add(new CrosswalkResult.Item(leaf.code(), leaf.title(), leaf.points(), CrosswalkResult.State.UNCOVERED,
                        null, List.of(), null));
                continue;
            }
            Relation best = rows.get(0).relation();
            List<String> from = rows.stream().map(Mapping::from).distinct().toList();
            Mapping chosen = carrying(src, rows);
            Evidence ev = chosen == null ? null : carry(target, leaf, source.evidence().get(chosen.from()), src, chosen, lang);
            if (ev != null) {
                carried.put(leaf.code(), ev);
                items.add(new CrosswalkResult.Item(leaf.code(), leaf.title(), leaf.points(), CrosswalkResult.State.CARRIED,
                        best, from, ev.notes(), chosen.justification() == null ? null : chosen.justification().why()));
            } else {
                String note = confirmNote(name(sourceRubric), source, src, rows, lang);
                confirmNotes.put(leaf.code(), note);
                boolean informs = rows.stream().allMatch(m -> m.relation() == Relation.INFORMS || m.relation() == Relation.INFORMED_BY);
                if (!informs) {
                    Evidence e = likely(target, leaf, src, rows);
                    if (e != null) likely.put(leaf.code(), e);
                }
                items.add(new CrosswalkResult.Item(leaf.code(), leaf.title(), leaf.points(),
                        informs ? CrosswalkResult.State.INFORMED : CrosswalkResult.State.TO_CONFIRM, best, from, note));
            }
        }
        Assessment prefill = new Assessment(target.id(), target.version(), source.organization(), source.assessedOn(),
                source.assessor(), null, carried, List.of());
        AssessmentResult lowest = ScoringEngine.score(target, prefill);
        Map<String, Evidence> probable = new LinkedHashMap<>(carried);
        probable.putAll(likely);
        AssessmentResult estimate = ScoringEngine.score(target, new Assessment(target.id(), target.version(),
                source.organization(), source.assessedOn(), source.assessor(), null, probable, List.of()));
        Map<String, Evidence> full = new LinkedHashMap<>(carried);
        for (Indicator leaf : target.leaves()) {
            if (!full.containsKey(leaf.code())) full.put(leaf.code(), fullCredit(target, leaf));
        }
        AssessmentResult highest = ScoringEngine.score(target, new Assessment(target.id(), target.version(),
                source.organization(), source.assessedOn(), source.assessor(), null, full, List.of()));
        return new CrosswalkResult(sourceRubric.id(), target, table, items, lowest, estimate, highest, prefill, confirmNotes);
    }

    /**
     * The estimate for an item left to confirm: the lowest credit its overlapping sources earned
     * (what the evidence already shows, if the assessor confirms it applies), as a credit, or as
     * "conforms" when that is full credit and the item takes no credit; null when neither fits.
     */
    private static Evidence likely(Rubric target, Indicator leaf, AssessmentResult src, List<Mapping> rows) {
        Ratio lowest = null;
        for (Mapping m : rows) {
            if (m.relation() == Relation.INFORMS || m.relation() == Relation.INFORMED_BY) continue;
            Ratio c = src.indicator(m.from()).orElseThrow().credit();
            if (c != null && (lowest == null || c.compareTo(lowest) < 0)) lowest = c;
        }
        if (lowest == null || lowest.signum() == 0) return null;
        for (EvidenceValue v : List.of(new EvidenceValue.Credit(lowest), new EvidenceValue.Conforms(true))) {
            Evidence e = new Evidence(v, null, List.of(), null, null);
            Ratio earned = creditIn(target, leaf.code(), e);
            if (earned != null && earned.compareTo(lowest) <= 0) return e;
        }
        return null;
    }

    /** The row whose verdict carries ({@link Relation#carried}): the lowest allowed credit, the stronger relation on a tie; or null. */
    private static Mapping carrying(AssessmentResult src, List<Mapping> rows) {
        Mapping chosen = null;
        Ratio lowest = null;
        for (Mapping m : rows) {
            Ratio c = m.relation().carried(src.indicator(m.from()).orElseThrow().credit()).orElse(null);
            if (c != null && (lowest == null || c.compareTo(lowest) < 0)) {
                lowest = c;
                chosen = m;
            }
        }
        return chosen;
    }

    /** The evidence carried onto {@code leaf} from {@code given} across {@code chosen}, or null when no form fits. */
    private static Evidence carry(Rubric target, Indicator leaf, Evidence given, AssessmentResult src, Mapping chosen, String lang) {
        Ratio lowest = chosen.relation().carried(src.indicator(chosen.from()).orElseThrow().credit()).orElseThrow();
        String note = carriedNote(src, chosen, given, lang);
        // the source's own form where the target takes it and it earns no more there; else "conforms" for full credit; else the credit
        for (EvidenceValue v : List.of(given.value(), new EvidenceValue.Conforms(true), new EvidenceValue.Credit(lowest))) {
            Evidence e = new Evidence(v, note, given.attachments(), given.assessor(), given.date());
            Ratio earned = creditIn(target, leaf.code(), e);
            if (earned != null && earned.compareTo(lowest) <= 0) return e;
        }
        return null;
    }

    /** A standard by the number its readers know (GB/T 27922, T/GXDSL 244—2025), never by its rubric id. */
    static String name(Rubric r) {
        return io.aftercert.page.Pages.standardNumber(r.title().en(), r.id());
    }

    /** The mark of a carried item: where it came from, across which relation, and the source evidence. */
    private static String carriedNote(AssessmentResult src, Mapping chosen, Evidence given, String lang) {
        Lang in = Lang.parse(lang);
        Ratio credit = src.indicator(chosen.from()).orElseThrow().credit();
        return CrosswalkHtml.w(in, "carried.note", io.aftercert.page.Pages.standardNumber(src.rubric().title().en(), src.rubric().id()), chosen.from(),
                relationLabel(chosen.relation()).in(in), describe(given.value(), credit, lang))
                + (given.notes() == null ? "" : CrosswalkHtml.w(in, "carried.notes", given.notes()));
    }

    private static boolean fits(Rubric target, String code, Evidence e) {
        return EvidenceCheck.problems(target, one(target, code, e)).isEmpty();
    }

    private static Assessment one(Rubric target, String code, Evidence e) {
        return new Assessment(target.id(), null, new io.aftercert.core.evidence.Organization("-", null),
                null, null, null, Map.of(code, e), List.of());
    }

    /** The credit {@code e} earns on item {@code code} of {@code target}, or null when the item does not accept it. */
    private static Ratio creditIn(Rubric target, String code, Evidence e) {
        if (!fits(target, code, e)) return null;
        return ScoringEngine.score(target, one(target, code, e)).indicator(code).orElseThrow().credit();
    }

    /** Full credit in a form the item accepts: conforms, else (a metric item that takes values only) its target. */
    private static Evidence fullCredit(Rubric target, Indicator leaf) {
        Evidence conforms = Evidence.conforms(true);
        return fits(target, leaf.code(), conforms) ? conforms : Evidence.value(leaf.metric().target());
    }

    private static String confirmNote(String sourceName, Assessment source, AssessmentResult src, List<Mapping> rows, String lang) {
        Lang in = Lang.parse(lang);
        StringBuilder b = new StringBuilder(CrosswalkHtml.w(in, "confirm.head"));
        for (int i = 0; i < rows.size(); i++) {
            Mapping m = rows.get(i);
            Evidence given = source.evidence().get(m.from());
            if (i > 0) b.append(CrosswalkHtml.w(in, "confirm.sep"));
            b.append(CrosswalkHtml.w(in, "confirm.item", sourceName, m.from(), relationLabel(m.relation()).in(in),
                    describe(given.value(), src.indicator(m.from()).orElseThrow().credit(), lang)));
            if (given.notes() != null) b.append(CrosswalkHtml.w(in, "confirm.notes", given.notes()));
        }
        return b.toString();
    }

    /** The source evidence in words: its form and the credit it earned. */
    static String describe(EvidenceValue v, Ratio credit, String lang) {
        Lang in = Lang.parse(lang);
        String pct = io.aftercert.core.Display.creditText(credit);
        String form;
        if (v instanceof EvidenceValue.Conforms c) form = CrosswalkHtml.w(in, c.conforms() ? "form.conforms" : "form.notConforms");
        else if (v instanceof EvidenceValue.Sample s) form = CrosswalkHtml.w(in, "form.sample", s.conforming(), s.sampled());
        else if (v instanceof EvidenceValue.Banded bd) form = CrosswalkHtml.w(in, "form.band", bd.band());
        else if (v instanceof EvidenceValue.Measured m) form = CrosswalkHtml.w(in, "form.measured", m.value().toBigDecimal(4, java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString());
        else return CrosswalkHtml.w(in, "form.credit", pct);
        return CrosswalkHtml.w(in, "form.withCredit", form, pct);
    }

    /** A relation in words, read from the source item towards the target item. */
    static Text relationLabel(Relation r) {
        return CrosswalkHtml.WORDS.text("relation." + r.name().toLowerCase(java.util.Locale.ROOT));
    }
}
