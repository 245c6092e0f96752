/**
 * AfterCert core: the API (evidence, rubric model, scoring, planning, tailoring, JSON), the
 * {@link io.aftercert.core.spi.RubricProvider} and {@link io.aftercert.core.spi.ReportRenderer}
 * service interfaces and the {@link io.aftercert.core.registry.RubricRegistry} that finds them.
 *
 * <p>Jackson is part of the API ({@code Json.reader()} and {@code Json.writer()} hand out Jackson's immutable
 * {@code ObjectReader} and {@code ObjectWriter}; the result
 * types' JSON shape is a Jackson module of mix-ins inside core), hence {@code requires transitive}. Hibernate Validator is an
 * implementation detail. Packages are opened only to the libraries that bind them by reflection,
 * and the JSON Schemas in {@code io.aftercert.core.schema} are opened to everyone: they are
 * published documents.
 *
 * @uses io.aftercert.core.spi.RubricProvider
 * @uses io.aftercert.core.spi.ReportRenderer
 */
// requires-automatic: Hibernate Validator has no module descriptor; its manifest names the module.
// module: the sibling modules named by the qualified exports are not on core's own module path.
@SuppressWarnings({"requires-automatic", "module"})
module io.aftercert.core {
    requires transitive com.fasterxml.jackson.databind;
    // the API's nullness annotations (@NullMarked packages, @Nullable types): read by compilers and
    // checkers of an embedder; not needed at run time
    requires static transitive org.jspecify;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator is an automatic module: it reads everything but pulls no explicit module
    // into the graph, so its one explicit-module dependency is required here on its behalf
    requires com.fasterxml.classmate;
    requires java.logging;

    exports io.aftercert.core;
    exports io.aftercert.core.evidence;
    exports io.aftercert.core.json;
    exports io.aftercert.core.model;
    exports io.aftercert.core.plan;
    exports io.aftercert.core.registry;
    exports io.aftercert.core.scoring;
    exports io.aftercert.core.spi;
    exports io.aftercert.core.tailoring;
    exports io.aftercert.core.internal.csv to io.aftercert.records, io.aftercert.survey;

    // helpers of the sibling modules, not API: exported to them only (as JUnit's commons module does)
    exports io.aftercert.core.internal.edit to io.aftercert.records, io.aftercert.survey, io.aftercert.workbook;
    exports io.aftercert.core.internal.html to io.aftercert.page, io.aftercert.report;
    exports io.aftercert.core.internal.input to io.aftercert.crosswalk, io.aftercert.records, io.aftercert.survey,
            io.aftercert.workbook;
    exports io.aftercert.core.internal.text to io.aftercert.records, io.aftercert.report;
    exports io.aftercert.core.internal.io to io.aftercert.report;
    exports io.aftercert.core.internal.json to io.aftercert.crosswalk, io.aftercert.records, io.aftercert.survey,
            io.aftercert.workbook;

    // reflection: Jackson (de)serialises results and reads tailoring files; Hibernate Validator
    // reads the constraints of the evidence-file records
    opens io.aftercert.core to com.fasterxml.jackson.databind;
    opens io.aftercert.core.evidence to com.fasterxml.jackson.databind;
    opens io.aftercert.core.model to com.fasterxml.jackson.databind;
    opens io.aftercert.core.scoring to com.fasterxml.jackson.databind;
    opens io.aftercert.core.tailoring to com.fasterxml.jackson.databind;
    opens io.aftercert.core.json to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.aftercert.core.schema;
    // the tailoring file's AHP matrix reader, named in a Jackson annotation on Tailoring.AhpSpec
    opens io.aftercert.core.internal.ahp to com.fasterxml.jackson.databind;

    uses io.aftercert.core.spi.RubricProvider;
    uses io.aftercert.core.spi.ReportRenderer;
}
