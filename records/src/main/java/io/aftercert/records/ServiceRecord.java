package io.aftercert.records;

import java.util.Map;

/**
 * One service record from any source — a JDBC {@code ResultSet} row, a Kafka message, an ERP's own
 * object — as the text a CSV export would hold in each column (docs/records-format.md): enum words,
 * {@code true}/{@code false}, timestamps in any format {@link KpiAccumulator} reads (ISO-8601,
 * {@code yyyy/MM/dd HH:mm[:ss]}, {@code yyyy-MM-dd HH:mm[:ss]}, optionally with an offset). A
 * record is read during {@link KpiAccumulator#add} only, so an adapter may reuse one mutable object.
 */
@FunctionalInterface
public interface ServiceRecord {
    /** The field's text, or null (or "") when it is empty. */
    String get(RecordField field);

    /** A record over a map from CSV column names ({@link RecordField#column()}) to text. */
    static ServiceRecord of(Map<String, String> byColumn) {
        return field -> byColumn.get(field.column());
    }
}
