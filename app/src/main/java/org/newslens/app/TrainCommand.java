package org.newslens.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newslens train TASK}: rebuilds a committed model from the shared data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuild a committed model from its training data.",
        subcommands = {TrainAttributionCommand.class})
final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a task is required (attribution)");
    }
}
