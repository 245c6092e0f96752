package io.aftercert.core.internal.input;

/** Builds JSON paths in the form problems report them: {@code $.evidence["5.1.2.2"].sample}.
 *
 * @since 1.0
 */
public final class JsonPath {
    /** The path of the document itself. */
    public static final String ROOT = "$";

    private JsonPath() {
    }

    /**
     * The path of a member of an object.
     *
     * @param parent the object's path ({@code $.evidence})
     * @param name   the member's name
     * @return {@code parent.name} for an identifier, else {@code parent["name"]} with quotes and
     *         backslashes escaped ({@code $.evidence["5.1.2.2"]})
     */
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

    /**
     * The path of an element of an array.
     *
     * @param parent the array's path ({@code $.findings})
     * @param i      the element's index, from 0
     * @return {@code parent[i]}
     */
    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
