/**
 * AfterCert core: the API (evidence, rubric model, scoring, planning, tailoring, JSON), the
 * {@link io.aftercert.core.spi.RubricProvider} and {@link io.aftercert.core.spi.ReportRenderer}
 * service interfaces and the {@link io.aftercert.core.spi.RubricRegistry} that finds them.
 *
 * <p>Jackson is part of the API ({@code Json.mapper()} returns an {@code ObjectMapper}; result
 * types carry Jackson annotations), hence {@code requires transitive}. Hibernate Validator is an
 * implementation detail. Packages are opened only to the libraries that bind them by reflection,
 * and the JSON Schemas in {@code io.aftercert.core.schema} are opened to everyone: they are
 * published documents.
 *
 * @uses io.aftercert.core.spi.RubricProvider
 * @uses io.aftercert.core.spi.ReportRenderer
 */
@SuppressWarnings("requires-automatic") // Hibernate Validator has no module descriptor; its manifest names the module
module io.aftercert.core {
    requires transitive com.fasterxml.jackson.databind;
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
    exports io.aftercert.core.scoring;
    exports io.aftercert.core.spi;
    exports io.aftercert.core.tailoring;
    exports io.aftercert.core.internal.csv to io.aftercert.records, io.aftercert.survey;

    // reflection: Jackson (de)serialises results and reads tailoring files; Hibernate Validator
    // reads the constraints of the evidence-file records
    opens io.aftercert.core to com.fasterxml.jackson.databind;
    opens io.aftercert.core.evidence to com.fasterxml.jackson.databind;
    opens io.aftercert.core.model to com.fasterxml.jackson.databind;
    opens io.aftercert.core.scoring to com.fasterxml.jackson.databind;
    opens io.aftercert.core.tailoring to com.fasterxml.jackson.databind;
    opens io.aftercert.core.json to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.aftercert.core.schema;

    uses io.aftercert.core.spi.RubricProvider;
    uses io.aftercert.core.spi.ReportRenderer;
}
