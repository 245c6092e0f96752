package io.aftercert.cli;

import io.aftercert.core.Lang;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options several commands share, declared once and mixed in ({@code @Mixin}): the same name,
 * meaning, check and help text in every command that has them.
 */
final class Options {
    private Options() {
    }

    /**
     * {@code --lang zh|en}: the language of everything a person reads (summary, pages, messages).
     * Parsed by {@link Lang#parse}'s rules: {@code fr} and {@code EN} are refused (exit 2) before the
     * command runs, in every command alike.
     */
    static final class LangOption {
        @Spec(Spec.Target.MIXEE)
        CommandSpec mixee;

        private Lang lang = Lang.DEFAULT;

        @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
                description = "language of the summary, pages and messages: zh (default) or en, lower case")
        void set(String tag) {
            lang = Lang.find(tag).orElseThrow(() -> new CommandLine.ParameterException(mixee.commandLine(), Lang.refusal(tag).toString()));
        }

        Lang get() {
            return lang;
        }
    }

    /** {@code --json FILE}: the command's JSON document to a file, or alone on standard output with {@code -}. */
    static final class JsonFile {
        @Option(names = "--json", paramLabel = "FILE",
                description = "write the JSON document to FILE ('-' = standard output, alone: the summary then goes to standard error)")
        String json;

        /** {@return whether the JSON goes to standard output} */
        boolean toStdout() {
            return Outputs.toStdout(json);
        }

        /** {@return the file to write, or null (not asked for, or standard output)} */
        Path file() {
            return json == null || toStdout() ? null : Path.of(json);
        }

        /** {@return whether the option was given} */
        boolean given() {
            return json != null;
        }
    }

    /** {@code --html FILE}: the command's page, self-contained. */
    static final class HtmlFile {
        @Option(names = "--html", paramLabel = "FILE", description = "write the page (self-contained HTML) to FILE")
        Path html;
    }

    /** {@code --force}: replace read-only output files. */
    static final class Force {
        @Option(names = "--force", description = "replace output files even when they are read-only")
        boolean force;
    }

    /**
     * {@code --tailoring FILE} of the commands that rescore results ({@code plan}, {@code diff}): read
     * once, the same way. Its Chinese help is each command's own key ({@code plan.tailoring}).
     */
    static final class TailoringFile {
        @Option(names = "--tailoring", paramLabel = "FILE", description = "apply a tailoring first (diff: to both)")
        Path file;

        /** {@return the tailoring read, or null when none was given} */
        io.aftercert.core.tailoring.Tailoring get() {
            return Inputs.tailoring(file);
        }
    }
}
