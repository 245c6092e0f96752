/**
 * Excel workbook evidence: {@link io.aftercert.workbook.WorkbookTemplate} writes the xlsx a
 * self-assessor fills in, {@link io.aftercert.workbook.WorkbookEvidence} reads it back into an
 * assessment, {@link io.aftercert.workbook.ScoredWorkbook} writes a scored copy. FastExcel stays
 * internal: no FastExcel type appears in the API.
 */
module io.aftercert.workbook {
    requires transitive io.aftercert.core;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires java.xml;

    exports io.aftercert.workbook;
}
