package io.aftercert.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An independent, naive RFC 4180 reader for tests: the whole file into rows of column → text. */
final class TestCsv {
    private TestCsv() {
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"' && atStart) {
                quoted = true;
                atStart = false;
            } else if (c == ',') {
                rec.add(f.toString());
                f.setLength(0);
                atStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                rec.add(f.toString());
                f.setLength(0);
                atStart = true;
                if (!(rec.size() == 1 && rec.get(0).isEmpty())) records.add(rec);
                rec = new ArrayList<>();
            } else {
                f.append(c);
                atStart = false;
            }
        }
        if (f.length() > 0 || !rec.isEmpty()) {
            rec.add(f.toString());
            records.add(rec);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int k = 0; k < header.size() && k < r.size(); k++) m.put(header.get(k).strip(), r.get(k));
            rows.add(m);
        }
        return rows;
    }
}
