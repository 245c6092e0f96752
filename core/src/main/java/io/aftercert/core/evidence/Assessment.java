package io.aftercert.core.evidence;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an evidence file says: the rubric it targets, the organisation, and the evidence
 * per indicator code, plus special findings. Immutable.
 *
 * @param rubricId                  the rubric id ({@code gbt27922})
 * @param rubricVersion             the version the evidence was written for, or null
 * @param organization              who is assessed
 * @param assessedOn                the assessment date, or null
 * @param assessor                  who assessed, or null
 * @param qualifyingGradeHeldMonths how long the organisation has held the lowest grade, or null
 * @param evidence                  evidence by indicator code, in file order
 * @param findings                  special deductions and bonuses
 *
 * @since 1.0
 */
public record Assessment(String rubricId, @Nullable String rubricVersion, Organization organization, @Nullable LocalDate assessedOn,
                         @Nullable String assessor, @Nullable Integer qualifyingGradeHeldMonths, Map<String, Evidence> evidence,
                         List<Finding> findings) {
    /**
     * Checks the assessment and copies its evidence (keeping its order) and findings.
     *
     * @param rubricId                  the rubric id ({@code gbt27922})
     * @param rubricVersion             the version the evidence was written for, or null
     * @param organization              who is assessed
     * @param assessedOn                the assessment date, or null
     * @param assessor                  who assessed, or null
     * @param qualifyingGradeHeldMonths how long the organisation has held the lowest grade, or null
     * @param evidence                  evidence by indicator code, in file order
     * @param findings                  special deductions and bonuses
     * @throws NullPointerException     when {@code organization} is null
     * @throws IllegalArgumentException when the rubric id is blank or {@code qualifyingGradeHeldMonths} is negative
     */
    public Assessment {
        if (rubricId == null || rubricId.isBlank()) throw new IllegalArgumentException("rubric id must not be blank");
        Objects.requireNonNull(organization, "organization");
        if (qualifyingGradeHeldMonths != null && qualifyingGradeHeldMonths < 0) {
            throw new IllegalArgumentException("qualifyingGradeHeldMonths must be ≥ 0, not " + qualifyingGradeHeldMonths);
        }
        evidence = evidence instanceof Owned ? evidence : new Owned(new LinkedHashMap<>(evidence == null ? Map.of() : evidence));
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /**
     * The evidence map of an assessment: a read-only view of a map no one else changes. Made only
     * here: from a copy of the map given to the constructor, or from the builder's own map, which
     * the builder then leaves alone (it copies before a later {@code put}), so an evidence file's
     * entries are not copied once more on their way in.
     */
    private static final class Owned implements Map<String, Evidence>, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        /** {@code Collections.unmodifiableMap}: every answer, refusal and exception is that view's. */
        private final Map<String, Evidence> view;

        Owned(LinkedHashMap<String, Evidence> map) {
            this.view = Collections.unmodifiableMap(map);
        }

        @Override public int size() { return view.size(); }
        @Override public boolean isEmpty() { return view.isEmpty(); }
        @Override public boolean containsKey(Object key) { return view.containsKey(key); }
        @Override public boolean containsValue(Object value) { return view.containsValue(value); }
        @Override public Evidence get(Object key) { return view.get(key); }
        @Override public Evidence getOrDefault(Object key, Evidence fallback) { return view.getOrDefault(key, fallback); }
        @Override public Evidence put(String key, Evidence value) { return view.put(key, value); }
        @Override public Evidence remove(Object key) { return view.remove(key); }
        @Override public void putAll(Map<? extends String, ? extends Evidence> m) { view.putAll(m); }
        @Override public void clear() { view.clear(); }
        @Override public java.util.Set<String> keySet() { return view.keySet(); }
        @Override public java.util.Collection<Evidence> values() { return view.values(); }
        @Override public java.util.Set<Map.Entry<String, Evidence>> entrySet() { return view.entrySet(); }
        @Override public void forEach(java.util.function.BiConsumer<? super String, ? super Evidence> action) { view.forEach(action); }
        @Override public void replaceAll(java.util.function.BiFunction<? super String, ? super Evidence, ? extends Evidence> f) { view.replaceAll(f); }
        @Override public Evidence putIfAbsent(String key, Evidence value) { return view.putIfAbsent(key, value); }
        @Override public boolean remove(Object key, Object value) { return view.remove(key, value); }
        @Override public boolean replace(String key, Evidence old, Evidence value) { return view.replace(key, old, value); }
        @Override public Evidence replace(String key, Evidence value) { return view.replace(key, value); }
        @Override public Evidence computeIfAbsent(String key, java.util.function.Function<? super String, ? extends Evidence> f) {
            return view.computeIfAbsent(key, f);
        }
        @Override public Evidence computeIfPresent(String key,
                java.util.function.BiFunction<? super String, ? super Evidence, ? extends Evidence> f) {
            return view.computeIfPresent(key, f);
        }
        @Override public Evidence compute(String key, java.util.function.BiFunction<? super String, ? super Evidence, ? extends Evidence> f) {
            return view.compute(key, f);
        }
        @Override public Evidence merge(String key, Evidence value,
                java.util.function.BiFunction<? super Evidence, ? super Evidence, ? extends Evidence> f) {
            return view.merge(key, value, f);
        }
        @Override public boolean equals(Object o) { return view.equals(o); }
        @Override public int hashCode() { return view.hashCode(); }
        @Override public String toString() { return view.toString(); }
    }

    /**
     * Starts building an assessment in code.
     *
     * @param rubricId     the rubric id ({@code gbt27922})
     * @param organization who is assessed
     * @return an empty builder
     */
    public static Builder builder(String rubricId, Organization organization) {
        return new Builder(rubricId, organization);
    }

    /** Builds evidence in code, as an ERP/CRM integration does. */
    public static final class Builder {
        private final String rubricId;
        private final Organization organization;
        private String rubricVersion;
        private LocalDate assessedOn;
        private String assessor;
        private Integer held;
        // room for a whole rubric's indicators (up to about a hundred) without growing on the way
        private LinkedHashMap<String, Evidence> evidence = new LinkedHashMap<>(256);
        /** The map above is held by an assessment built from it: copied before it changes. */
        private boolean handedOver;
        private final List<Finding> findings = new java.util.ArrayList<>();

        private Builder(String rubricId, Organization organization) {
            this.rubricId = rubricId;
            this.organization = organization;
        }

        /**
         * Sets the rubric version the evidence was written for.
         *
         * @param v the version, or null
         * @return this builder
         */
        public Builder rubricVersion(@Nullable String v) { rubricVersion = v; return this; }

        /**
         * Sets the assessment date.
         *
         * @param v the date, or null
         * @return this builder
         */
        public Builder assessedOn(@Nullable LocalDate v) { assessedOn = v; return this; }

        /**
         * Sets who assessed.
         *
         * @param v the assessor, or null
         * @return this builder
         */
        public Builder assessor(@Nullable String v) { assessor = v; return this; }

        /**
         * Sets how long the organisation has held the lowest grade: a star grade carries the caveat
         * that certification bodies grant it only after the qualifying period unless this reaches it.
         *
         * @param v months, at least 0, or null
         * @return this builder
         */
        public Builder qualifyingGradeHeldMonths(@Nullable Integer v) { held = v; return this; }

        /**
         * Sets the evidence of one indicator, replacing any given before for the same code.
         *
         * @param code the indicator code as the rubric prints it ({@code 5.1.2.2})
         * @param e    the evidence
         * @return this builder
         */
        public Builder put(String code, Evidence e) {
            if (handedOver) {
                evidence = new LinkedHashMap<>(evidence);
                handedOver = false;
            }
            evidence.put(code, e);
            return this;
        }

        /**
         * Adds a special finding.
         *
         * @param f the deduction or bonus
         * @return this builder
         */
        public Builder finding(Finding f) {
            findings.add(f);
            return this;
        }

        /**
         * Builds the assessment. Codes and evidence forms are checked against the rubric when it is
         * scored ({@link io.aftercert.core.scoring.ScoringEngine#score}), not here.
         *
         * @return the assessment
         * @throws IllegalArgumentException when the rubric id is blank or the held months are negative
         * @throws NullPointerException     when the organisation is null
         */
        public Assessment build() {
            Assessment a = new Assessment(rubricId, rubricVersion, organization, assessedOn, assessor, held, new Owned(evidence), findings);
            handedOver = true;
            return a;
        }
    }
}
