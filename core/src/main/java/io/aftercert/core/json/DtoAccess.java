package io.aftercert.core.json;

import java.util.function.Function;

/**
 * Plain calls to the accessors and cross-field checks of the evidence records ({@link EvidenceDtos}),
 * for {@link ConstraintScan}: it reads which constraints hold from the annotations, once per type,
 * and reads the values through these instead of reflection, which cost about a sixth of reading a
 * whole evidence file. Written out rather than generated, so nothing is spun up at start; a member
 * not listed here (a record of the tests, a component added later) is read by reflection, as before.
 */
final class DtoAccess implements Function<Object, Object> {
    private static final int ORG_NAME = 0, ORG_KIND = 1, SAMPLE_CONFORMING = 2, SAMPLE_SAMPLED = 3, SAMPLE_WITHIN = 4,
            ENTRY_CONFORMS = 5, ENTRY_CREDIT = 6, ENTRY_BAND = 7, ENTRY_SAMPLE = 8, ENTRY_VALUE = 9, ENTRY_NOT_APPLICABLE = 10,
            ENTRY_NOTES = 11, ENTRY_ATTACHMENTS = 12, ENTRY_ASSESSOR = 13, ENTRY_DATE = 14, ENTRY_JUSTIFIED = 15,
            FINDING_TYPE = 16, FINDING_CATEGORY = 17, FINDING_DESCRIPTION = 18, FINDING_INDICATOR = 19, FINDING_CATEGORY_GIVEN = 20,
            FILE_RUBRIC = 21, FILE_RUBRIC_VERSION = 22, FILE_ORGANIZATION = 23, FILE_ASSESSED_ON = 24, FILE_ASSESSOR = 25,
            FILE_HELD = 26, FILE_EVIDENCE = 27, FILE_FINDINGS = 28;

    private final int member;

    private DtoAccess(int member) {
        this.member = member;
    }

    /**
     * The plain call for one member of an evidence record.
     *
     * @param type   the record's class
     * @param member a component's name, or the name of a no-argument method ({@code isConformingWithinSampled})
     * @return the call, or null when it is not one of the evidence records' members
     */
    static Function<Object, Object> of(Class<?> type, String member) {
        int m = member(type, member);
        return m < 0 ? null : new DtoAccess(m);
    }

    private static int member(Class<?> type, String name) {
        if (type == EvidenceDtos.OrganizationDto.class) {
            return switch (name) {
                case "name" -> ORG_NAME;
                case "kind" -> ORG_KIND;
                default -> -1;
            };
        }
        if (type == EvidenceDtos.SampleDto.class) {
            return switch (name) {
                case "conforming" -> SAMPLE_CONFORMING;
                case "sampled" -> SAMPLE_SAMPLED;
                case "isConformingWithinSampled" -> SAMPLE_WITHIN;
                default -> -1;
            };
        }
        if (type == EvidenceDtos.EntryDto.class) {
            return switch (name) {
                case "conforms" -> ENTRY_CONFORMS;
                case "credit" -> ENTRY_CREDIT;
                case "band" -> ENTRY_BAND;
                case "sample" -> ENTRY_SAMPLE;
                case "value" -> ENTRY_VALUE;
                case "notApplicable" -> ENTRY_NOT_APPLICABLE;
                case "notes" -> ENTRY_NOTES;
                case "attachments" -> ENTRY_ATTACHMENTS;
                case "assessor" -> ENTRY_ASSESSOR;
                case "date" -> ENTRY_DATE;
                case "isJustificationNotBlank" -> ENTRY_JUSTIFIED;
                default -> -1;
            };
        }
        if (type == EvidenceDtos.FindingDto.class) {
            return switch (name) {
                case "type" -> FINDING_TYPE;
                case "category" -> FINDING_CATEGORY;
                case "description" -> FINDING_DESCRIPTION;
                case "indicator" -> FINDING_INDICATOR;
                case "isCategoryGivenForDeduction" -> FINDING_CATEGORY_GIVEN;
                default -> -1;
            };
        }
        if (type == EvidenceDtos.EvidenceFileDto.class) {
            return switch (name) {
                case "rubric" -> FILE_RUBRIC;
                case "rubricVersion" -> FILE_RUBRIC_VERSION;
                case "organization" -> FILE_ORGANIZATION;
                case "assessedOn" -> FILE_ASSESSED_ON;
                case "assessor" -> FILE_ASSESSOR;
                case "qualifyingGradeHeldMonths" -> FILE_HELD;
                case "evidence" -> FILE_EVIDENCE;
                case "findings" -> FILE_FINDINGS;
                default -> -1;
            };
        }
        return -1;
    }

    @Override
    public Object apply(Object bean) {
        return switch (member) {
            case ORG_NAME -> ((EvidenceDtos.OrganizationDto) bean).name();
            case ORG_KIND -> ((EvidenceDtos.OrganizationDto) bean).kind();
            case SAMPLE_CONFORMING -> ((EvidenceDtos.SampleDto) bean).conforming();
            case SAMPLE_SAMPLED -> ((EvidenceDtos.SampleDto) bean).sampled();
            case SAMPLE_WITHIN -> ((EvidenceDtos.SampleDto) bean).isConformingWithinSampled();
            case ENTRY_CONFORMS -> ((EvidenceDtos.EntryDto) bean).conforms();
            case ENTRY_CREDIT -> ((EvidenceDtos.EntryDto) bean).credit();
            case ENTRY_BAND -> ((EvidenceDtos.EntryDto) bean).band();
            case ENTRY_SAMPLE -> ((EvidenceDtos.EntryDto) bean).sample();
            case ENTRY_VALUE -> ((EvidenceDtos.EntryDto) bean).value();
            case ENTRY_NOT_APPLICABLE -> ((EvidenceDtos.EntryDto) bean).notApplicable();
            case ENTRY_NOTES -> ((EvidenceDtos.EntryDto) bean).notes();
            case ENTRY_ATTACHMENTS -> ((EvidenceDtos.EntryDto) bean).attachments();
            case ENTRY_ASSESSOR -> ((EvidenceDtos.EntryDto) bean).assessor();
            case ENTRY_DATE -> ((EvidenceDtos.EntryDto) bean).date();
            case ENTRY_JUSTIFIED -> ((EvidenceDtos.EntryDto) bean).isJustificationNotBlank();
            case FINDING_TYPE -> ((EvidenceDtos.FindingDto) bean).type();
            case FINDING_CATEGORY -> ((EvidenceDtos.FindingDto) bean).category();
            case FINDING_DESCRIPTION -> ((EvidenceDtos.FindingDto) bean).description();
            case FINDING_INDICATOR -> ((EvidenceDtos.FindingDto) bean).indicator();
            case FINDING_CATEGORY_GIVEN -> ((EvidenceDtos.FindingDto) bean).isCategoryGivenForDeduction();
            case FILE_RUBRIC -> ((EvidenceDtos.EvidenceFileDto) bean).rubric();
            case FILE_RUBRIC_VERSION -> ((EvidenceDtos.EvidenceFileDto) bean).rubricVersion();
            case FILE_ORGANIZATION -> ((EvidenceDtos.EvidenceFileDto) bean).organization();
            case FILE_ASSESSED_ON -> ((EvidenceDtos.EvidenceFileDto) bean).assessedOn();
            case FILE_ASSESSOR -> ((EvidenceDtos.EvidenceFileDto) bean).assessor();
            case FILE_HELD -> ((EvidenceDtos.EvidenceFileDto) bean).qualifyingGradeHeldMonths();
            case FILE_EVIDENCE -> ((EvidenceDtos.EvidenceFileDto) bean).evidence();
            case FILE_FINDINGS -> ((EvidenceDtos.EvidenceFileDto) bean).findings();
            default -> throw new IllegalStateException("member " + member);
        };
    }
}
