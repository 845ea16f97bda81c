package org.newslens.app;

import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newslens extract}: the article alone. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article (title, byline, dates, section, body) from pages.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        return PageRun.execute(spec, inputs, output, Set.of(), null, System.in);
    }
}
