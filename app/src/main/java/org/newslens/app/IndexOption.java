package org.newslens.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}: the corpus directory; shared by index, search and reuse. */
final class IndexOption {
    /** Where the corpus lives unless {@code --index} says otherwise. */
    static final String DEFAULT = "newslens-data";

    @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Corpus index directory (default: ./${DEFAULT-VALUE}).")
    Path directory;
}
