package io.aftercert.rubric.gxdsl244;

import io.aftercert.testkit.RubricContract;

/** The contract every rubric satisfies (rubric-testkit), run against gxdsl244. */
class Gxdsl244ContractTests extends RubricContract {
}
