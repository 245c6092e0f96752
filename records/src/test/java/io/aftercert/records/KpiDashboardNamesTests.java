package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** KPI names come from the dashboard's bundle, one key per KPI id, in every language. */
class KpiDashboardNamesTests {
    @Test
    void everyKpiHasANameOfItsOwnInEachLanguage() {
        for (Kpi k : Kpi.values()) {
            String zh = new KpiDashboard("zh").kpiName(k.id());
            String en = new KpiDashboard("en").kpiName(k.id());
            assertNotEquals(k.id(), zh, k.id() + " has no Chinese name");
            assertNotEquals(k.id(), en, k.id() + " has no English name");
            assertNotEquals(zh, en, k.id());
        }
    }

    @Test
    void namesReadTheirKey() {
        assertEquals("热线接通率（15 秒）", new KpiDashboard("zh").kpiName("hotline_answer"));
        assertEquals("Hotline answer (15 s)", new KpiDashboard("en").kpiName("hotline_answer"));
        assertEquals("首次解决率", KpiDashboard.zhName("first_contact_resolution"));
        assertEquals("novel_kpi", new KpiDashboard("en").kpiName("novel_kpi"), "an unknown KPI shows its id");
    }

    @Test
    void theSatisfactionIndexIsTheStandardsOverallSatisfactionAsTheSurveyNamesIt() {
        // T/GXDSL 244 六: 综合满意度指目标值不低于 85 分
        assertEquals("综合满意度", new KpiDashboard("zh").kpiName("satisfaction_index"));
        assertEquals("Overall satisfaction", new KpiDashboard("en").kpiName("satisfaction_index"));
        assertEquals(io.aftercert.page.Pages.satisfaction("zh"), KpiDashboard.zhName("satisfaction_index"));
    }
}
