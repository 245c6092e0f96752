package io.aftercert.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The usage help in Chinese, the default language: picocli's own resource-bundle mechanism fed from
 * one file, {@code HelpZh.properties}, whose keys name the command path below {@code aftercert}
 * ({@code assess.json}, {@code survey.score.usage.description.0}). Each command gets the view of its own
 * keys, so a command run alone ({@code aftercert assess}, built without the root) finds the same text.
 */
final class HelpText {
    private HelpText() {
    }

    /** The exit codes of every command, in Chinese (the English ones are {@link Main#EXIT_CODES}). */
    static final Map<String, String> EXIT_CODES_ZH = Map.of(
            "0", "完成",
            "1", "内部错误：程序缺陷，请报告",
            "2", "输入或用法有误：列出每个问题，不写入任何文件");

    private static final Map<String, String> ALL = load();

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = HelpText.class.getResourceAsStream("HelpZh.properties")) {
            if (in == null) throw new IllegalStateException("HelpZh.properties is missing from the jar");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return m;
    }

    /** Puts the Chinese help on {@code cl} and every subcommand. */
    static void chinese(CommandLine cl) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        spec.resourceBundle(view(path(spec)));
        spec.usageMessage().exitCodeListHeading("%n退出码：%n").exitCodeList(new java.util.TreeMap<>(EXIT_CODES_ZH));
        for (CommandLine sub : cl.getSubcommands().values()) chinese(sub);
    }

    /** {@code assess} for {@code aftercert assess} (as a subcommand or run alone), {@code ""} for the root. */
    static String path(CommandLine.Model.CommandSpec spec) {
        String q = spec.qualifiedName(".").replace(' ', '.');
        return q.equals("aftercert") ? "" : q.startsWith("aftercert.") ? q.substring("aftercert.".length()) : q;
    }

    /** The keys every command shares (headings, help and version), read once. */
    private static final Map<String, String> SHARED = shared();

    /**
     * The keys grouped once, at load, by every command path they could belong to: {@code a.b.c} is
     * {@code c} under {@code a.b} and {@code b.c} under {@code a}; the root's are its
     * {@code usage.description.*} keys.
     */
    private static final Map<String, Map<String, String>> BY_PATH = group();

    private static Map<String, String> shared() {
        Map<String, String> m = new LinkedHashMap<>();
        for (var e : ALL.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("usage.synopsisHeading") || k.startsWith("usage.commandListHeading") || k.equals("help") || k.equals("version")) m.put(k, e.getValue());
        }
        return m;
    }

    private static Map<String, Map<String, String>> group() {
        Map<String, Map<String, String>> out = new java.util.HashMap<>();
        for (var e : ALL.entrySet()) {
            String k = e.getKey();
            if (SHARED.containsKey(k)) continue;
            if (k.startsWith("usage.description.")) out.computeIfAbsent("", x -> new LinkedHashMap<>()).put(k, e.getValue());
            for (int dot = k.indexOf('.'); dot > 0; dot = k.indexOf('.', dot + 1)) {
                out.computeIfAbsent(k.substring(0, dot), x -> new LinkedHashMap<>()).put(k.substring(dot + 1), e.getValue());
            }
        }
        return out;
    }

    /** The keys of one command, its path taken off, with the keys every command shares. */
    static ResourceBundle view(String path) {
        Map<String, String> m = new LinkedHashMap<>(SHARED);
        m.putAll(BY_PATH.getOrDefault(path, Map.of()));
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return m.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return java.util.Collections.enumeration(m.keySet());
            }
        };
    }
}
