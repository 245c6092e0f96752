package io.aftercert.core.evidence;

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
 */
public record Assessment(String rubricId, String rubricVersion, Organization organization, LocalDate assessedOn,
                         String assessor, Integer qualifyingGradeHeldMonths, Map<String, Evidence> evidence,
                         List<Finding> findings) {
    public Assessment {
        if (rubricId == null || rubricId.isBlank()) throw new IllegalArgumentException("rubric id must not be blank");
        Objects.requireNonNull(organization, "organization");
        if (qualifyingGradeHeldMonths != null && qualifyingGradeHeldMonths < 0) {
            throw new IllegalArgumentException("qualifyingGradeHeldMonths must be ≥ 0, not " + qualifyingGradeHeldMonths);
        }
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence == null ? Map.of() : evidence));
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

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
        private final Map<String, Evidence> evidence = new LinkedHashMap<>();
        private final List<Finding> findings = new java.util.ArrayList<>();

        private Builder(String rubricId, Organization organization) {
            this.rubricId = rubricId;
            this.organization = organization;
        }

        public Builder rubricVersion(String v) { rubricVersion = v; return this; }
        public Builder assessedOn(LocalDate v) { assessedOn = v; return this; }
        public Builder assessor(String v) { assessor = v; return this; }
        public Builder qualifyingGradeHeldMonths(Integer v) { held = v; return this; }

        public Builder put(String code, Evidence e) {
            evidence.put(code, e);
            return this;
        }

        public Builder finding(Finding f) {
            findings.add(f);
            return this;
        }

        public Assessment build() {
            return new Assessment(rubricId, rubricVersion, organization, assessedOn, assessor, held, evidence, findings);
        }
    }
}
