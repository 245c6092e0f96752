package io.aftercert.records;

/**
 * A data-quality finding (T/GXDSL 244—2025 七).
 *
 * @param row      data row, counting from 1 (the header not included)
 * @param ticketId the row's ticket id as written ("" when empty)
 * @param column   the column concerned
 * @param rule     {@code completeness}, {@code range} or {@code logic}
 */
public record Finding(long row, String ticketId, String column, String rule) {
}
