package io.aftercert.cli;

import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.core.model.Grade;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each language complete in itself (BRIEF): the Chinese output of every text-printing command has
 * no English words but the user's own data, ids and codes; the English output has no Chinese but
 * the user's own data (names, notes, regions as written in the input files).
 */
class OutputLanguageTests {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path MANUFACTURER = EXAMPLES.resolve("gbt27922/appliance-manufacturer.json");
    private static final Path MAY = EXAMPLES.resolve("gbt27922/history/appliance-manufacturer-2026-05.json");
    private static final Path EFFORT = EXAMPLES.resolve("gbt27922/plan/effort.json");
    private static final Path RECORDS = EXAMPLES.resolve("records/service-records.csv");
    private static final Path SURVEY = EXAMPLES.resolve("survey/responses-2026q3.csv");
    /** A word: three or more Latin letters not joined to digits, '_', '-', '.', '/' or other letters (codes, ids, file names). */
    private static final Pattern WORD = Pattern.compile("(?<![\\w./-])[A-Za-z]{3,}(?![\\w./-])");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}（）：，；、。]+");

    /** The commands whose summaries are text, each with the input files whose text is the user's own. */
    private record Case(List<String> args, List<Path> inputs) {
    }

    private static List<Case> cases() throws Exception {
        List<Case> cs = new ArrayList<>();
        for (String ev : List.of("gbt27922/appliance-manufacturer.json", "gbt27922/trading-company.json", "hxjt/machine-tool-maker.json",
                "gxdsl244/guangxi-ecommerce-retailer.json", "gxdsl259/guangxi-ecommerce-retailer-conformance.json")) {
            Path f = EXAMPLES.resolve(ev);
            cs.add(new Case(List.of("assess", f.toString()), List.of(f)));
            cs.add(new Case(List.of("plan", f.toString()), List.of(f)));
            cs.add(new Case(List.of("crosswalk", f.toString()), List.of(f)));
        }
        cs.add(new Case(List.of("plan", MANUFACTURER.toString(), "--effort", EFFORT.toString()), List.of(MANUFACTURER, EFFORT)));
        cs.add(new Case(List.of("diff", MAY.toString(), MANUFACTURER.toString()), List.of(MAY, MANUFACTURER)));
        cs.add(new Case(List.of("kpi", RECORDS.toString(), "--by", "month,region"), List.of(RECORDS)));
        cs.add(new Case(List.of("kpi", RECORDS.toString(), "--by", "channel,technician"), List.of(RECORDS)));
        cs.add(new Case(List.of("survey", "score", SURVEY.toString()), List.of(SURVEY)));
        for (String id : RubricRegistry.getDefault().ids()) cs.add(new Case(List.of("rubric", id), List.of()));
        return cs;
    }

    /** Ids and codes a Chinese summary may show: rubric ids and versions, grade ids. */
    private static Set<String> codes() {
        Set<String> ids = new TreeSet<>();
        for (String id : RubricRegistry.getDefault().ids()) {
            Rubric r = RubricRegistry.getDefault().require(id);
            ids.add(id);
            ids.add(r.version());
            if (r.gradeScale() != null) for (Grade g : r.gradeScale().grades()) ids.add(g.id());
        }
        return ids;
    }

    private static String text(List<Path> files) throws Exception {
        StringBuilder b = new StringBuilder();
        for (Path f : files) b.append(f.getFileName()).append('\n').append(Files.readString(f)).append('\n');
        return b.toString();
    }

    private static List<String> args(Case c, String lang) {
        List<String> a = new ArrayList<>(c.args());
        a.add("--lang");
        a.add(lang);
        return a;
    }

    /** What each case prints in {@code lang} that {@code pattern} finds and {@code allowed} does not accept (given the case's input text). */
    private static List<String> leftovers(String lang, Pattern pattern, java.util.function.BiPredicate<String, String> allowed) throws Exception {
        List<String> out = new ArrayList<>();
        for (Case c : cases()) {
            Run r = run(args(c, lang).toArray(String[]::new));
            assertEquals(0, r.code(), c.args() + ": " + r.err());
            String data = text(c.inputs());
            for (String line : r.all().split("\n")) {
                Matcher m = pattern.matcher(line);
                while (m.find()) {
                    if (!allowed.test(m.group(), data)) out.add(c.args().get(0) + ": " + m.group() + "  in  " + line.strip());
                }
            }
        }
        return out;
    }

    @Test
    void chineseOutputHasNoEnglishWordsButTheUsersDataAndCodes() throws Exception {
        Set<String> codes = codes();
        assertEquals(List.of(), leftovers("zh", WORD, (w, data) -> codes.contains(w) || data.contains(w) || w.equals("AfterCert")));
    }

    @Test
    void englishOutputHasNoChineseButTheUsersData() throws Exception {
        assertEquals(List.of(), leftovers("en", HAN, (han, data) -> data.contains(han)));
    }
}
