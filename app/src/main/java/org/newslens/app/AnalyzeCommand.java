package org.newslens.app;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.newslens.pipeline.Layer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newslens analyze}: the article and every analysis layer. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Extract the article and analyse it: sentences, entities, time expressions, quotes, claims.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    OutputOptions output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Resolve relative time expressions against this date instead of the publication date.")
    LocalDate date;

    @Override
    public Integer call() {
        return PageRun.execute(spec, inputs, output, EnumSet.allOf(Layer.class), date, System.in);
    }
}
