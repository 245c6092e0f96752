/**
 * The page shell every AfterCert HTML page is rendered in: {@link io.aftercert.page.Pages}.
 */
@SuppressWarnings("requires-automatic") // Mustache.java has no module descriptor; its manifest names the module
module io.aftercert.page {
    requires transitive io.aftercert.core;
    requires transitive com.github.mustachejava;

    exports io.aftercert.page;
    opens io.aftercert.page to com.github.mustachejava;
}
