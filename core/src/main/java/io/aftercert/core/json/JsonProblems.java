package io.aftercert.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.aftercert.core.JsonPath;

/** Turns Jackson's exceptions into a JSON path and a message a person understands. */
public final class JsonProblems {
    private JsonProblems() {
    }

    /** The input problem a Jackson failure while reading {@code file} amounts to: path when known, else line and column. */
    public static io.aftercert.core.InvalidInputException invalid(String summary, String file, JacksonException e) {
        String where = e instanceof JsonMappingException m ? path(m) : location(e);
        return new io.aftercert.core.InvalidInputException(summary,
                java.util.List.of(new io.aftercert.core.Problem(file, where, null, message(e))));
    }

    public static String path(JsonMappingException e) {
        String p = JsonPath.ROOT;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) p = JsonPath.field(p, r.getFieldName());
            else if (r.getIndex() >= 0) p = JsonPath.index(p, r.getIndex());
        }
        return p;
    }

    public static String location(JacksonException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 0) return null;
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** Jackson's message without its source excerpt and location suffix. */
    public static String message(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) m = e.getMessage();
        int cut = m.indexOf("\n at [Source");
        if (cut >= 0) m = m.substring(0, cut);
        m = m.replace("(for Object starting at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled);", "(");
        return m.strip();
    }
}
