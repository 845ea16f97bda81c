package org.newslens.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newslens train MODEL}: rebuilds a committed model from the development data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuild a committed model deterministically from ../shared/data.",
        subcommands = {TrainClaimsCommand.class, TrainAttributionCommand.class, TrainTechniquesCommand.class})
final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a model is required: " + String.join(", ", spec.subcommands().keySet()));
    }
}
