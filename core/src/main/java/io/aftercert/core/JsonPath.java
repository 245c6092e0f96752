package io.aftercert.core;

/** Builds JSON paths in the form problems report them: {@code $.evidence["5.1.2.2"].sample}. */
public final class JsonPath {
    public static final String ROOT = "$";

    private JsonPath() {
    }

    public static String field(String parent, String name) {
        if (isIdentifier(name)) return parent + "." + name;
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) return false;
        }
        return true;
    }

    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
