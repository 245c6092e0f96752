package io.aftercert.rubric.gxdsl259;

import io.aftercert.core.Ratio;
import io.aftercert.core.model.Rubric;
import io.aftercert.testkit.RubricContract;

/** The contract every rubric satisfies (rubric-testkit), run against gxdsl259. */
class Gxdsl259ContractTests extends RubricContract {
    /** 101 requirements of chapters 六–十一, 1 point each (the rubric's allocation rule); the result is a conformance percentage. */
    @Override
    protected Ratio expectedTotal(Rubric rubric) {
        return Ratio.of(101);
    }
}
