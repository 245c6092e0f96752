package io.aftercert.cli;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.SdkVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.NoSuchElementException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aftercert} command line (DESIGN §7). Exit 0 when done, 2 on bad input, 1 on a bug. */
@Command(name = "aftercert", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "After-sales service certification readiness: score evidence exactly as an assessor would.",
        subcommands = {RubricsCommand.class, RubricCommand.class, TemplateCommand.class, AssessCommand.class, KpiCommand.class, PlanCommand.class, DiffCommand.class, SurveyCommand.class, CrosswalkCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code for input the tool cannot use. */
    public static final int BAD_INPUT = 2;

    /** Hibernate Validator logs its version at INFO through JBoss Logging; keep JUL quiet about it. */
    private static java.util.logging.Logger hvLog;

    static void quietValidatorLogging() {
        if (hvLog == null) {
            hvLog = java.util.logging.Logger.getLogger("org.hibernate.validator"); // strong reference: JUL holds loggers weakly
            hvLog.setLevel(java.util.logging.Level.WARNING);
        }
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
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length > 0 && !args[0].equals("--version") && !args[0].equals("--help") && !args[0].equals("rubrics")) {
            quietValidatorLogging(); // before anything can bootstrap the validator
        }
        System.setProperty("org.jboss.logging.provider", "jdk"); // skip JBoss Logging's search for log4j/logback/slf4j
        CommandLine cl = direct(args).orElseGet(() -> new CommandLine(new Main()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter e = cmd.getErr();
            if (ex instanceof InvalidInputException iie) {
                e.println("aftercert: " + iie.getMessage());
                e.println("nothing was written.");
                return BAD_INPUT;
            }
            if (ex instanceof NoSuchFileException nsf) {
                e.println("aftercert: no such file: " + nsf.getFile());
                return BAD_INPUT;
            }
            if (ex instanceof NoSuchElementException || ex instanceof UserException) {
                e.println("aftercert: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof IOException io) {
                e.println("aftercert: cannot read or write a file: " + io.getMessage());
                e.println("nothing was written.");
                return BAD_INPUT;
            }
            e.println("aftercert: internal error (please report it): " + ex);
            if (System.getenv("AFTERCERT_DEBUG") != null) ex.printStackTrace(e);
            return 1;
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

    /** A problem with what the user asked for, reported without a stack trace. */
    static final class UserException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"AfterCert " + SdkVersion.VERSION};
        }
    }
}
