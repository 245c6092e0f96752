package io.aftercert.records;

import io.aftercert.core.Lang;
import io.aftercert.core.Text;

/**
 * The KPI dashboard's wording in the reader's language: every sentence of the page, read from the
 * message bundle {@code KpiDashboardText_<lang>.properties} ({@link Text.Bundle}); a field's key is
 * its name. The data-quality rules' names come from {@link DataQualityFinding#ruleName}.
 */
final class KpiDashboardText {
    final String lang;
    private final Lang in;
    final String title;
    final String chapters;
    final String records;
    final String months;
    final String rowsRead;
    final String rowsExcluded;
    final String rowsUsed;
    final String standard;
    final String kpisMet;
    final String worstGaps;
    final String noGaps;
    final String changeTitle;
    final String kpiHeading;
    final String kpi;
    final String value;
    final String target;
    final String counts;
    final String verdict;
    final String source;
    final String met;
    final String notMet;
    final String noData;
    final String reportedOnly;
    final String cutNote;
    final String small;
    final String trendsHeading;
    final String noTrends;
    final String legendLine;
    final String legendTarget;
    final String legendPartial;
    final String partialMark;
    final String scaleNote;
    final String data;
    final String month;
    final String heatHeading;
    final String noHeat;
    final String region;
    final String legendOk;
    final String legendNear;
    final String legendBad;
    final String channelsHeading;
    final String noChannels;
    final String legendMark;
    final String channel;
    final String rows;
    final String excluded;
    final String qualityHeading;
    final String rule;
    final String findings;
    final String worstHeading;
    final String noFindings;
    final String row;
    final String ticket;
    final String column;
    final String reason;
    final String footer;
    final String points;
    final String pp;
    final String none;
    final String noDates;
    final String to;
    final String colon;
    final String sep;
    final String derivedMark;

    private static final Text.Bundle WORDS = Text.Bundle.of("KpiDashboardText", n -> KpiDashboardText.class.getResourceAsStream(n));

    /** {@return the dashboard's message bundle} */
    static Text.Bundle words() {
        return WORDS;
    }

    // by design: one assignment per message field, in the fields' order, so a missing one shows at a glance
    KpiDashboardText(String lang) {
        this.lang = lang;
        this.in = Lang.parse(lang);
        title = w("title");
        chapters = w("chapters");
        records = w("records");
        months = w("months");
        rowsRead = w("rowsRead");
        rowsExcluded = w("rowsExcluded");
        rowsUsed = w("rowsUsed");
        standard = w("standard");
        kpisMet = w("kpisMet");
        worstGaps = w("worstGaps");
        noGaps = w("noGaps");
        changeTitle = w("changeTitle");
        kpiHeading = w("kpiHeading");
        value = w("value");
        target = w("target");
        counts = w("counts");
        verdict = w("verdict");
        source = w("source");
        met = w("met");
        notMet = w("notMet");
        noData = w("noData");
        reportedOnly = w("reportedOnly");
        cutNote = w("cutNote");
        small = w("small");
        trendsHeading = w("trendsHeading");
        noTrends = w("noTrends");
        legendLine = w("legendLine");
        legendTarget = w("legendTarget");
        legendPartial = w("legendPartial");
        partialMark = w("partialMark");
        scaleNote = w("scaleNote");
        data = w("data");
        month = w("month");
        heatHeading = w("heatHeading");
        noHeat = w("noHeat");
        region = w("region");
        legendOk = w("legendOk");
        legendNear = w("legendNear");
        legendBad = w("legendBad");
        channelsHeading = w("channelsHeading");
        noChannels = w("noChannels");
        legendMark = w("legendMark");
        channel = w("channel");
        rows = w("rows");
        excluded = w("excluded");
        qualityHeading = w("qualityHeading");
        rule = w("rule");
        findings = w("findings");
        worstHeading = w("worstHeading");
        noFindings = w("noFindings");
        row = w("row");
        ticket = w("ticket");
        column = w("column");
        reason = w("reason");
        footer = w("footer");
        points = w("points");
        pp = w("pp");
        none = w("none");
        noDates = w("noDates");
        to = w("to");
        colon = w("colon");
        sep = w("sep");
        derivedMark = w("derivedMark");
        kpi = "KPI";
    }

    private String w(String key, Object... args) {
        return WORDS.format(in, key, args);
    }

    String metSub(int met, int of) {
        return w("metSub", met, of);
    }

    String gap(String target, String gap) {
        return w("gap", target, gap);
    }

    String change(String last, String prev, int better, int worse) {
        return w("change", last, prev, better, worse);
    }

    String smallSample(String n) {
        return w("smallSample", n);
    }

    String satCounts(String sum, String answers) {
        return w("satCounts", sum, answers);
    }

    String satExplain(String mean) {
        return w("satExplain", mean);
    }

    String channel(String c) {
        String key = "channel." + c;
        return WORDS.all(in).containsKey(key) ? w(key) : c;
    }

    String badChannel(String value) {
        return w("badChannel", value);
    }

    /** The rule's name, capitalised to head a row, and what it checks; an unknown rule as its id. */
    String rule(String rule) {
        String note = WORDS.all(in).get("ruleNote." + rule);
        if (note == null) return rule;
        String name = DataQualityFinding.ruleName(rule, in);
        return name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1) + note;
    }

    String outliers(String key) {
        return w("response".equals(key) ? "outliers.response" : "outliers.resolution");
    }

    String worstSummary(String all, int shown) {
        return w("worstSummary", all, shown);
    }
}
