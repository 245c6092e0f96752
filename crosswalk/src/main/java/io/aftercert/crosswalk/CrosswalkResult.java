package io.aftercert.crosswalk;

import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one rubric's evidence says about another: per target item whether a verdict carried, is
 * left to confirm, or is uncovered; the provisional score range; the prefilled evidence.
 *
 * @param sourceRubric the evidence's rubric id
 * @param target       the target rubric
 * @param table        the crosswalk used (source → target)
 * @param items        every target item in rubric order
 * @param lowest       the prefilled evidence scored as it is
 * @param estimate     the realistic estimate: the prefilled evidence plus, on each item left to
 *                     confirm, the lowest credit its overlapping sources earned
 * @param highest      the same with full credit on every item not carried
 * @param prefill      the carried evidence as an assessment of the target rubric
 * @param confirmNotes notes for the items left to confirm, by code
 */
public record CrosswalkResult(String sourceRubric, Rubric target, CrosswalkTable table, List<Item> items,
                              AssessmentResult lowest, AssessmentResult estimate, AssessmentResult highest, Assessment prefill,
                              Map<String, String> confirmNotes) {
    public CrosswalkResult {
        items = List.copyOf(items);
        confirmNotes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(confirmNotes));
    }

    /** What became of one target item. */
    public enum State {
        /** A verdict carried over: across equal, or a stricter (superset-of) source fully met. */
        CARRIED("carried"),
        /** Overlapping evidence exists; the user must confirm. */
        TO_CONFIRM("to_confirm"),
        /** Only data that informs the item exists. */
        INFORMED("informed"),
        /** No assessed source item maps onto it. */
        UNCOVERED("uncovered");

        private final String json;

        State(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /**
     * One target item.
     *
     * @param relation the strongest relation from an assessed source item, or null
     * @param sources  the assessed source items mapped onto it
     * @param note     the carried or to-confirm note, or null
     * @param why      for a carried item, why the relation it carried across holds (its justification), or null
     */
    public record Item(String code, Text title, Ratio points, State state, Relation relation, List<String> sources,
                       String note, Text why) {
        public Item {
            sources = List.copyOf(sources);
        }

        /** An item with no justification to show. */
        // seven parameters: the record's components but its justification (public API kept for callers)
        public Item(String code, Text title, Ratio points, State state, Relation relation, List<String> sources, String note) {
            this(code, title, points, state, relation, sources, note, null);
        }
    }

    /** Items and points per state, in the order of {@link State}. */
    public Map<State, Ratio[]> coverage() {
        Map<State, Ratio[]> out = new LinkedHashMap<>();
        for (State s : State.values()) out.put(s, new Ratio[] {Ratio.ZERO, Ratio.ZERO});
        for (Item i : items) {
            Ratio[] c = out.get(i.state());
            c[0] = c[0].plus(Ratio.ONE);
            c[1] = c[1].plus(i.points());
        }
        return out;
    }

    /** Items and points per strongest relation (assessed sources only). */
    public Map<Relation, Ratio[]> byRelation() {
        Map<Relation, Ratio[]> out = new LinkedHashMap<>();
        for (Item i : items) {
            if (i.relation() == null) continue;
            Ratio[] c = out.computeIfAbsent(i.relation(), r -> new Ratio[] {Ratio.ZERO, Ratio.ZERO});
            c[0] = c[0].plus(Ratio.ONE);
            c[1] = c[1].plus(i.points());
        }
        return out;
    }

    /** The items still to assess (all but the carried ones), most points first, rubric order among equals. */
    public List<Item> toAssess() {
        return items.stream().filter(i -> i.state() != State.CARRIED)
                .sorted(Comparator.comparing(Item::points).reversed()).toList();
    }
}
