package io.aftercert.cli;

import io.aftercert.core.internal.io.AtomicFiles;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Lang;
import io.aftercert.core.Text;
import io.aftercert.core.SdkVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.NoSuchElementException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code aftercert} command line (architecture §7). Exit 0 when done, 2 on bad input, 1 on a bug.
 *
 * <p>Conventions every subcommand gets from {@link #conventions(CommandLine)}, so a new command
 * class need not repeat them: {@code --version}, the exit codes in its help, and, when the user
 * asked for JSON on standard output ({@code --json -}, or the {@code --json} flag of
 * {@code rubrics}/{@code rubric}), errors as a JSON document on standard error.
 */
@Command(name = "aftercert", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "After-sales service certification readiness: score evidence exactly as an assessor would.",
        subcommands = {RubricsCommand.class, RubricCommand.class, TemplateCommand.class, AssessCommand.class, KpiCommand.class, PlanCommand.class, DiffCommand.class, SurveyCommand.class, CrosswalkCommand.class, ConvertCommand.class,
                CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class})
public final class Main {
    /** Exit code for input the tool cannot use. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a bug. */
    public static final int INTERNAL_ERROR = 1;

    /** The exit codes, as every help text lists them. */
    static final java.util.Map<String, String> EXIT_CODES = exitCodes();

    private static java.util.Map<String, String> exitCodes() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("0", "done");
        m.put("1", "internal error: a bug, please report it");
        m.put("2", "bad input or usage: every problem is listed, nothing is written");
        return java.util.Collections.unmodifiableMap(m);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the tool with the given streams; returns the exit code (used by tests). */
    // long by design: the one place every exception becomes an exit code and a message, each kind beside the others
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // Hibernate Validator's version line (INFO, through JBoss Logging to JUL) is quietened by core's
        // EvidenceJson when, and only when, a file with a problem bootstraps the validator: a valid file
        // no longer starts it, nor java.util.logging (issue 22, cold start)
        System.setProperty("org.jboss.logging.provider", "jdk"); // skip JBoss Logging's search for log4j/logback/slf4j
        CommandLine cl = conventions(direct(args).orElseGet(() -> new CommandLine(new Main())));
        if (langAskedFor(args) != Lang.EN) HelpText.chinese(cl); // the usage help in the reader's language
        cl.setOut(new PrintWriter(new TerminalWriter(out), true));
        cl.setErr(new PrintWriter(new TerminalWriter(err), true));
        cl.setParameterExceptionHandler((ex, rawArgs) -> {
            CommandLine cmd = ex.getCommandLine();
            if (jsonAskedFor(rawArgs)) {
                ErrorJson.print(cmd.getErr(), BAD_INPUT, "usage", ex.getMessage(), java.util.List.of());
            } else if (langAskedFor(rawArgs) == Lang.EN) {
                cmd.getErr().println("aftercert: " + ex.getMessage());
                if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr())) cmd.usage(cmd.getErr());
            } else { // the usage text is English: in Chinese, the problem and where to read the usage
                cmd.getErr().println("aftercert: " + usageProblemZh(ex));
                cmd.getErr().println("用法见“" + cmd.getCommandSpec().qualifiedName(" ") + " --help”");
            }
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter e = cmd.getErr();
            // an UncheckedIOException (a streaming reader's) is reported as the IOException it carries, by both printers
            Exception io0 = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
            if (jsonAskedFor(parsed)) return ErrorJson.report(e, io0);
            Lang lang = lang(parsed);
            if (ex instanceof InvalidInputException iie) {
                e.println("aftercert: " + iie.describe(lang));
                e.println(Words.w(lang, "nothingWritten"));
                return BAD_INPUT;
            }
            IOException io = io0 instanceof IOException x ? x : null;
            if (io instanceof NoSuchFileException nsf) {
                e.println("aftercert: " + Words.w(lang, "noSuchFile", nsf.getFile()));
                return BAD_INPUT;
            }
            if (ex instanceof UserException u) {
                e.println("aftercert: " + u.text().in(lang));
                return BAD_INPUT;
            }
            if (ex instanceof io.aftercert.core.UnknownRubricException u) {
                e.println("aftercert: " + u.text().in(lang));
                return BAD_INPUT;
            }
            if (ex instanceof NoSuchElementException) {
                e.println("aftercert: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (io != null) { // a read failing midway (a device error, a full disk) is the file's problem, not a bug
                String file = io instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
                e.println("aftercert: " + Words.w(lang, "cannotReadWrite", file + AtomicFiles.reason(io)));
                e.println(Words.w(lang, "nothingWritten"));
                return BAD_INPUT;
            }
            e.println("aftercert: internal error (please report it): " + ex);
            if (System.getenv("AFTERCERT_DEBUG") != null) ex.printStackTrace(e);
            return INTERNAL_ERROR;
        });
        return cl.execute(cl.getCommand() instanceof Main ? args : java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    /**
     * The one subcommand named by {@code args[0]}, built alone: picocli introspects every command it
     * is given, and building the whole hierarchy for each run costs start-up time. Top-level help,
     * version and unknown names go through the full hierarchy.
     */
    private static java.util.Optional<CommandLine> direct(String[] args) {
        if (args.length == 0) return java.util.Optional.empty();
        Object command = switch (args[0]) {
            case "assess" -> new AssessCommand();
            case "rubrics" -> new RubricsCommand();
            case "rubric" -> new RubricCommand();
            case "template" -> new TemplateCommand();
            case "kpi" -> new KpiCommand();
            case "plan" -> new PlanCommand();
            case "diff" -> new DiffCommand();
            case "survey" -> new SurveyCommand();
            case "crosswalk" -> new CrosswalkCommand();
            default -> null;
        };
        if (command == null) return java.util.Optional.empty();
        return java.util.Optional.of(new CommandLine(command).setCommandName("aftercert " + args[0]));
    }

    /**
     * Applies the conventions to a command and all its subcommands: the version provider (so
     * {@code --version} works on every subcommand), and the exit codes in every help text.
     */
    static CommandLine conventions(CommandLine cl) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        spec.versionProvider(new Version());
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        if (spec.userObject() instanceof picocli.AutoComplete.GenerateCompletion) {
            spec.usageMessage().hidden(false).description(
                    "Print a bash/zsh completion script: source <(aftercert generate-completion)");
        }
        for (CommandLine sub : cl.getSubcommands().values()) conventions(sub);
        return cl;
    }

    /** The {@code --lang} of the command that ran (its {@link Options.LangOption}), or the default, Chinese. */
    static Lang lang(CommandLine.ParseResult parsed) {
        Lang lang = Lang.DEFAULT;
        for (CommandLine.ParseResult pr = parsed; pr != null; pr = pr.subcommand()) {
            for (CommandLine.Model.CommandSpec m : pr.commandSpec().mixins().values()) {
                if (m.userObject() instanceof Options.LangOption o) lang = o.get();
            }
        }
        return lang;
    }

    /** The language the raw arguments ask for, before they could be parsed: {@code --lang en} or {@code --lang=en}, else the default. */
    static Lang langAskedFor(String[] rawArgs) {
        for (int i = 0; i < rawArgs.length; i++) {
            if (rawArgs[i].equals("--lang=en") || rawArgs[i].equals("--lang") && i + 1 < rawArgs.length && rawArgs[i + 1].equals("en")) return Lang.EN;
        }
        return Lang.DEFAULT;
    }

    /** A usage error of picocli in Chinese: the kinds a person meets, each with what they typed; others as picocli says them. */
    static String usageProblemZh(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "缺少必需的参数：" + String.join("、", m.getMissing().stream().map(a -> a.isOption()
                    ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel()).toList());
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> near = u.getSuggestions();
            return "无法识别的参数：" + String.join("、", u.getUnmatched().stream().map(x -> "“" + x + "”").toList())
                    + (near.isEmpty() ? "" : "（可能应为" + String.join("或", near.stream().map(x -> "“" + x + "”").toList()) + "）");
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getMessage().startsWith("Invalid value")) {
            String name = ex.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName() : ex.getArgSpec().paramLabel();
            Class<?> t = ex.getArgSpec().type();
            String want = t == int.class || t == long.class || t == Integer.class || t == Long.class ? "，应为整数"
                    : t == double.class || t == Double.class ? "，应为数字" : "";
            return name + " 的值“" + ex.getValue() + "”不可用" + want;
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("--lang ")) return ex.getMessage(); // already in both languages
        return "命令行有误：" + ex.getMessage();
    }

    /** Whether the user asked for JSON on standard output: {@code --json -} or a {@code --json} flag. */
    private static boolean jsonAskedFor(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult pr = parsed;
        while (pr != null) {
            CommandLine.Model.OptionSpec o = pr.matchedOption("--json");
            if (o != null) {
                Object v = o.getValue();
                if (Boolean.TRUE.equals(v) || (v instanceof String s && Outputs.toStdout(s))) return true;
            }
            pr = pr.subcommand();
        }
        return false;
    }

    /** The same question before the arguments could be parsed. */
    private static boolean jsonAskedFor(String[] rawArgs) {
        for (int i = 0; i < rawArgs.length; i++) {
            if (rawArgs[i].equals("--json=-")) return true;
            if (rawArgs[i].equals("--json") && (i + 1 == rawArgs.length || rawArgs[i + 1].equals("-"))) return true;
        }
        return false;
    }

    /**
     * Whether a person is watching: the JVM has a console (standard input and output are a
     * terminal; Java 17 cannot ask about standard error alone) and {@code TERM} is not {@code dumb}.
     * Progress output is written to standard error only then.
     */
    static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * A problem with what the user asked for, reported without a stack trace in the user's language
     * ({@code --lang}): said in both when made, printed in one.
     */
    static final class UserException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Text text;

        /** A message in both languages. */
        UserException(Text text) {
            super(text.en());
            this.text = text;
        }

        /** A message in both languages. */
        UserException(String zh, String en) {
            this(Text.of(zh, en));
        }

        /** {@return the message in both languages} */
        Text text() {
            return text;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"AfterCert " + SdkVersion.VERSION};
        }
    }
}
