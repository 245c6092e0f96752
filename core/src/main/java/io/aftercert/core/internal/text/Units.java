package io.aftercert.core.internal.text;

import io.aftercert.core.Lang;
import java.util.Map;
import java.util.Optional;

/**
 * The units of metric indicators in the reader's language. Rubric data states units as the
 * standards print them (Chinese: {@code 学时/人·年}, {@code 次/季度}); English output must carry no
 * Chinese, so every unit a shipped rubric uses has an English rendering here, and the report and
 * the command line both ask this one table.
 */
public final class Units {
    private Units() {
    }

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("%", "%"), Map.entry("天/周", "days a week"), Map.entry("学时/人·年", "training h per person-year"),
            Map.entry("工作日", "working days"), Map.entry("分", "points"), Map.entry("次/月", "per month"),
            Map.entry("次/季度", "per quarter"), Map.entry("次/年", "per year"),
            Map.entry("小时", "hours"), Map.entry("顾客/人", "customers per staff"), Map.entry("项/年", "per year"),
            Map.entry("小时/天", "hours a day"), Map.entry("种", "kinds"), Map.entry("分钟", "minutes"), Map.entry("秒", "seconds"),
            Map.entry("天", "days"), Map.entry("个", ""), Map.entry("次", "times"), Map.entry("人", "persons"),
            Map.entry("份", "responses"), Map.entry("km", "km"), Map.entry("元", "yuan"), Map.entry("年", "years"),
            Map.entry("月", "months"), Map.entry("周", "weeks"), Map.entry("小时/年", "hours a year"),
            Map.entry("个/万km²", "per 10,000 km²"));

    /**
     * {@code unit} as a reader of {@code lang} sees it: as given for Chinese, in English for
     * {@code en} (a unit without a rendering is shown as given). Null gives "".
     *
     * @param unit the unit as the rubric data states it, or null
     * @param lang the reader's language
     * @return the unit for that reader
     */
    public static String in(String unit, Lang lang) {
        if (unit == null) return "";
        if (lang != Lang.EN) return unit;
        return EN.getOrDefault(unit, unit);
    }

    /**
     * {@link #in(String, Lang)} for a language tag ({@link Lang#parse}).
     *
     * @param unit the unit as the rubric data states it, or null
     * @param lang {@code zh}, {@code en} or null (Chinese)
     * @return the unit for that reader
     * @throws IllegalArgumentException for any other tag
     */
    public static String in(String unit, String lang) {
        return in(unit, Lang.parse(lang));
    }

    /**
     * The English rendering of a unit.
     *
     * @param unit the unit as the rubric data states it
     * @return its English rendering, or empty when there is none (a gap a test should catch)
     */
    public static Optional<String> english(String unit) {
        return Optional.ofNullable(EN.get(unit));
    }
}
