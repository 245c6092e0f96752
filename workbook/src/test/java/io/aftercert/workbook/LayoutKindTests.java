package io.aftercert.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Organisation kinds as people write them in the workbook (issue 28: 生产企业 was refused with the evidence ids). */
class LayoutKindTests {
    @Test
    void theDropDownsWordsTheirFormsWith企业AndTheIdsAreKinds() {
        for (String w : new String[] {"生产型", "生产企业", "生产型企业", "manufacturer"}) assertEquals("manufacturer", Layout.kindId(w), w);
        for (String w : new String[] {"贸易型", "贸易企业", "贸易型企业", "trader"}) assertEquals("trader", Layout.kindId(w), w);
        for (String w : new String[] {"服务型", "服务企业", "服务型企业", "service"}) assertEquals("service", Layout.kindId(w), w);
        for (String w : new String[] {"零售企业", "企业", "型", "", "Manufacturer"}) assertNull(Layout.kindId(w), w);
        assertEquals("生产型", Layout.kindWord("manufacturer"));
    }
}
