package io.aftercert.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line as the tests drive it: the exit code and everything written to
 * standard output and standard error. The one helper the CLI test classes share
 * ({@code import static io.aftercert.cli.Run.run;}).
 */
record Run(int code, String out, String err) {

    /** Runs {@link Main#run} with {@code args}, capturing both streams. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Standard output followed by standard error: for checks that hold for whatever the user sees. */
    String all() {
        return out + err;
    }
}
