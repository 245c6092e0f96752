package io.aftercert.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ```java block of README.md and docs/*.md compiles against this build's API (warnings are
 * errors), whatever the pages say: a block that is a whole compilation unit (it declares a class)
 * is compiled as it stands; a fragment that starts with its import lines is compiled as the body of
 * a method with those imports in front. A fragment without imports is an excerpt of a larger
 * program (it names variables it does not declare) and is not compiled. A page that shows Java
 * keeps compiling, or the build names every block that does not.
 */
class DocSnippetTests {
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");

    static List<Path> pages() throws Exception {
        List<Path> out = new ArrayList<>();
        out.add(Path.of("..", "README.md"));
        try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    static List<String> blocks(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown.replace("\r\n", "\n"));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** The block as a compilation unit: its path relative to the source root, and its text. */
    static String[] unit(String block, String name) {
        Matcher type = TYPE.matcher(block);
        if (type.find()) {
            Matcher pkg = PACKAGE.matcher(block);
            String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            return new String[] {dir + type.group(1) + ".java", block};
        }
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            if (line.startsWith("import ")) imports.append(line).append('\n');
            else body.append("        ").append(line).append('\n');
        }
        return new String[] {name + ".java", imports + "\npublic class " + name + " {\n    @SuppressWarnings(\"unused\")\n"
                + "    public static void snippet() throws Exception {\n" + body + "    }\n}\n"};
    }

    @Test
    void everyJavaSnippetOfTheDocsCompiles(@TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        int n = 0;
        for (Path page : pages()) {
            for (String block : blocks(Files.readString(page, StandardCharsets.UTF_8))) {
                String name = "Snippet" + (++n) + "_" + page.getFileName().toString().replaceAll("\\W", "_");
                if (!TYPE.matcher(block).find() && !block.startsWith("import ")) continue; // an excerpt
                String[] unit = unit(block, name);
                Path src = dir.resolve("src").resolve(name).resolve(unit[0]); // one source root per block: no clashes
                Files.createDirectories(src.getParent());
                Files.writeString(src, unit[1], StandardCharsets.UTF_8);
                files.add(src.toString());
            }
        }
        assertTrue(n > 0, "the docs show Java");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> failed = new ArrayList<>();
        for (String file : files) { // each on its own, so every failing block is named at once
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            int rc = javac.run(null, null, diagnostics, "-classpath", System.getProperty("java.class.path"),
                    "-d", dir.resolve("classes").resolve(String.valueOf(failed.size() + files.indexOf(file))).toString(),
                    "-encoding", "UTF-8", "-Xlint:all", "-Werror", file);
            if (rc != 0) failed.add(file + "\n" + diagnostics.toString(StandardCharsets.UTF_8));
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void aFragmentBecomesAMethodBodyAndAClassStaysAsItIs() {
        String[] fragment = unit("import java.util.List;\nList<String> l = List.of();\n", "S1");
        assertEquals("S1.java", fragment[0]);
        assertTrue(fragment[1].startsWith("import java.util.List;\n\npublic class S1 {"), fragment[1]);
        assertTrue(fragment[1].contains("        List<String> l = List.of();"), fragment[1]);
        String[] type = unit("package example;\n\npublic class Embed {\n}\n", "S2");
        assertEquals("example/Embed.java", type[0]);
        assertEquals(List.of("a\n", "b\n"), blocks("x\n```java\na\n```\n```xml\nc\n```\n```java\nb\n```\n"));
    }
}
