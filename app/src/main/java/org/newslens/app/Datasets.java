package org.newslens.app;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The one rule every eval and train command applies to its {@code --data} folder, with one message. */
final class Datasets {
    private Datasets() {
    }

    /** {@code dir}, or a usage error (exit 2) naming it when it is not a directory. */
    static Path requireDirectory(CommandLine.Model.CommandSpec spec, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such dataset directory: " + dir);
        }
        return dir;
    }
}
