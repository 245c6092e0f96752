package io.aftercert.cli;

import io.aftercert.core.spi.RubricRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "rubrics", description = "List the installed rubrics (id, version, title).")
final class RubricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RubricRegistry reg = RubricRegistry.getDefault();
        var out = spec.commandLine().getOut();
        var list = reg.list();
        if (list.isEmpty()) out.println("no rubrics installed");
        for (var r : list) {
            out.printf("%-10s %-16s %3d items  %s / %s%n", r.id(), r.version(), r.items(), r.title().zh(), r.title().en());
        }
        for (String p : reg.problems()) spec.commandLine().getErr().println("warning: " + p);
        return 0;
    }
}
