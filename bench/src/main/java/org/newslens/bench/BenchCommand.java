package org.newslens.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newslens bench}: speed against peers, measured in one run so that the ratio means something. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed against peer tools in the same process.",
        subcommands = {ExtractionBench.class, AnalysisBench.class, CorpusBench.class, BatchBench.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark is required (extraction, analysis, corpus, batch)");
    }
}
