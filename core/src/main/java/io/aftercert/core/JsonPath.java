package io.aftercert.core;

/** Builds JSON paths in the form problems report them: {@code $.evidence["5.1.2.2"].sample}. */
public final class JsonPath {
    public static final String ROOT = "$";

    private JsonPath() {
    }

    public static String field(String parent, String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) return parent + "." + name;
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
