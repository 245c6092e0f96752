package io.aftercert.survey;

import io.aftercert.core.Text;
import java.util.Arrays;
import java.util.Optional;

/** The six perception dimensions of {@code 002} §4.3 (功能性、经济性、安全性、时间性、舒适性、文明性). */
public enum Dimension {
    FUNCTIONALITY("functionality", "功能性", "Functionality"),
    ECONOMY("economy", "经济性", "Economy"),
    SAFETY("safety", "安全性", "Safety"),
    TIMELINESS("timeliness", "时间性", "Timeliness"),
    COMFORT("comfort", "舒适性", "Comfort"),
    CIVILITY("civility", "文明性", "Civility");

    private final String id;
    private final Text name;

    Dimension(String id, String zh, String en) {
        this.id = id;
        this.name = Text.of(zh, en);
    }

    /** The stable id used in files ({@code functionality} …). */
    public String id() {
        return id;
    }

    /** The name in {@code lang} ({@code zh} or {@code en}). */
    public String label(String lang) {
        return name.in(lang);
    }

    /** The dimension with this id. */
    public static Optional<Dimension> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
