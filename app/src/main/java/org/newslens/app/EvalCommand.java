package org.newslens.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newslens eval TASK}: scores the current build on a dataset with the task's published metric. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score this build on a dataset with the task's published metric.",
        subcommands = {EvalExtractionCommand.class, EvalTimesCommand.class, EvalClaimsCommand.class,
            EvalAttributionCommand.class, EvalTechniquesCommand.class, EvalSwapCommand.class,
            EvalReuseCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a task is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
