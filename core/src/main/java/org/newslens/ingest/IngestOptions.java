package org.newslens.ingest;

/**
 * How inputs are read.
 *
 * @param maxBytes pages larger than this become error records instead of being parsed
 * @param url the page address to assume where the input does not carry one (files, stdin)
 * @param text whether to read every non-WARC input as flattened text, whatever its name
 */
public record IngestOptions(long maxBytes, String url, boolean text) {
    /** 32 MiB: far above any real article page (the trafilatura-eval set's largest is 4 MB), low enough to parse safely. */
    public static final long DEFAULT_MAX_BYTES = 32L << 20;

    public IngestOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
    }

    /** Defaults: 32 MiB per page, no assumed URL, format from the file name or content. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, null, false);
    }

    /** These options with a page address to assume. */
    public IngestOptions withUrl(String pageUrl) {
        return new IngestOptions(maxBytes, pageUrl, text);
    }

    /** These options with another size limit. */
    public IngestOptions withMaxBytes(long limit) {
        return new IngestOptions(limit, url, text);
    }

    /** These options reading non-WARC inputs as flattened text or not. */
    public IngestOptions withText(boolean asText) {
        return new IngestOptions(maxBytes, url, asText);
    }
}
