package io.aftercert.rubric.gxdsl259;

import io.aftercert.testkit.RubricContract;

/** The contract every rubric satisfies (DESIGN §4), run against gxdsl259. */
class Gxdsl259ContractTests extends RubricContract {
}
