/**
 * The customer perception survey of 002 §4.3: the shipped questionnaire, responses read into a
 * mergeable {@link io.aftercert.survey.SurveyAccumulator}, the six-dimension index report, the
 * HTML page and the evidence fill. FastExcel and Mustache.java stay internal.
 */
@SuppressWarnings("requires-automatic") // Mustache.java has no module descriptor; its manifest names the module
module io.aftercert.survey {
    requires transitive io.aftercert.core;
    requires io.aftercert.page; // the shared page shell
    requires io.aftercert.workbook; // the one workbook guard
    requires com.github.mustachejava;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;

    exports io.aftercert.survey;
    // the questionnaire, the page template and the schemas are read as resources; Mustache.java and
    // Jackson read the page model and the report by reflection
    opens io.aftercert.survey;
}
