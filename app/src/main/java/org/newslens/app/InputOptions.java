package org.newslens.app;

import java.util.List;
import org.newslens.ingest.IngestOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and how to read them; shared by every command that reads pages. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "HTML or text files, directories (walked recursively), .warc/.warc.gz archives, or - for stdin.")
    List<String> inputs;

    @Option(names = "--url", paramLabel = "URL", description = "Page address to assume where the input has none.")
    String url;

    @Option(names = "--text", description = "Read non-WARC inputs as text flattened from a page, whatever their names.")
    boolean text;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_MAX_BYTES,
            description = "Pages larger than this become error records (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    IngestOptions toIngestOptions() {
        return IngestOptions.defaults().withMaxBytes(maxBytes).withUrl(url).withText(text);
    }
}
