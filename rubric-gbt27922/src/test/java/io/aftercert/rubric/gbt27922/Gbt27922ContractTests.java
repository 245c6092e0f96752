package io.aftercert.rubric.gbt27922;

import io.aftercert.testkit.RubricContract;

/** The contract every rubric satisfies (architecture §4), run against gbt27922. */
class Gbt27922ContractTests extends RubricContract {
}
