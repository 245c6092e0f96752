package io.aftercert.core.model;

import io.aftercert.core.Ratio;

/** Which side of its target a metric must be on. */
public enum Direction {
    AT_LEAST("at-least", "≥"),
    AT_MOST("at-most", "≤"),
    EXACTLY("exactly", "=");

    private final String json;
    private final String symbol;

    Direction(String json, String symbol) {
        this.json = json;
        this.symbol = symbol;
    }

    public String json() {
        return json;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} meets {@code target} (bounds inclusive). */
    public boolean met(Ratio value, Ratio target) {
        int c = value.compareTo(target);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EXACTLY -> c == 0;
        };
    }

    /** How far {@code value} is from meeting {@code target}; zero when met. */
    public Ratio gap(Ratio value, Ratio target) {
        return switch (this) {
            case AT_LEAST -> target.minus(value).max(Ratio.ZERO);
            case AT_MOST -> value.minus(target).max(Ratio.ZERO);
            case EXACTLY -> value.minus(target).max(target.minus(value));
        };
    }

    public static Direction fromJson(String s) {
        for (Direction d : values()) {
            if (d.json.equals(s)) return d;
        }
        throw new IllegalArgumentException("unknown direction '" + s + "' (at-least, at-most, exactly)");
    }
}
