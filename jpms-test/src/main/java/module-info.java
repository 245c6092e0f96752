/** An application on the module path that uses AfterCert the way a modular vendor product would. */
module io.aftercert.it.jpms {
    requires io.aftercert.core;
    requires io.aftercert.records;
    requires io.aftercert.crosswalk;
    requires io.aftercert.workbook;
    requires io.aftercert.survey;
    // no `uses`: the report renderer is found through RubricRegistry.renderer, whose module declares it

}
