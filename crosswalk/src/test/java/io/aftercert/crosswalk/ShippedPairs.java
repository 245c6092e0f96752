package io.aftercert.crosswalk;

import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.util.List;

/** The 12 ordered pairs of the four shipped rubrics, each with its shipped table: the loop the property suites share. */
final class ShippedPairs {
    static final RubricRegistry REG = RubricRegistry.getDefault();
    static final List<String> IDS = List.of("gbt27922", "hxjt", "gxdsl244", "gxdsl259");

    interface PairCheck {
        void check(Rubric source, Rubric target, CrosswalkTable table);
    }

    private ShippedPairs() {
    }

    static void forEach(PairCheck check) {
        for (String from : IDS) {
            for (String to : IDS) {
                if (!from.equals(to)) check.check(REG.require(from), REG.require(to), Crosswalks.shipped(from, to).orElseThrow());
            }
        }
    }
}
