/**
 * Crosswalks between rubrics: evidence for one standard read against the others
 * ({@link io.aftercert.crosswalk.Crosswalk}), the mapping tables shipped as data, the JSON report
 * and the HTML page.
 */
@SuppressWarnings("requires-automatic") // Mustache.java has no module descriptor; its manifest names the module
module io.aftercert.crosswalk {
    requires transitive io.aftercert.core;
    requires com.github.mustachejava;
    requires io.aftercert.page;

    exports io.aftercert.crosswalk;
    // Mustache.java reads the page model by reflection; the JSON Schemas are published documents
    opens io.aftercert.crosswalk to com.github.mustachejava, io.aftercert.page; // the page shell reads the page template
    opens io.aftercert.crosswalk.schema;
}
