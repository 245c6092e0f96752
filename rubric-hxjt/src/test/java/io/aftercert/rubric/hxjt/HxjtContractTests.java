package io.aftercert.rubric.hxjt;

import io.aftercert.testkit.RubricContract;

/** The contract every rubric satisfies (architecture §4), run against hxjt. */
class HxjtContractTests extends RubricContract {
}
