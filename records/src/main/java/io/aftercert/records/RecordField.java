package io.aftercert.records;

/** The columns of a service record (docs/records-format.md), by their CSV header names. */
public enum RecordField {
    TICKET_ID("ticket_id"), CHANNEL("channel"), TYPE("type"), PRIORITY("priority"), COMPLEXITY("complexity"), REGION("region"),
    TECHNICIAN_ID("technician_id"), REQUESTED_AT("requested_at"), RESPONDED_AT("responded_at"), APPOINTMENT_AT("appointment_at"),
    ARRIVED_AT("arrived_at"), RESOLVED_AT("resolved_at"), FIRST_CONTACT_RESOLVED("first_contact_resolved"), REPEAT_OF("repeat_of"),
    SATISFACTION("satisfaction"), CALLBACK_AT("callback_at");

    private final String column;

    RecordField(String column) {
        this.column = column;
    }

    /** The CSV header name. */
    public String column() {
        return column;
    }
}
