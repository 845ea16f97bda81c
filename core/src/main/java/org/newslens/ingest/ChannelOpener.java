package org.newslens.ingest;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/**
 * Opens an archive for reading, as often as asked: once to read it, and again wherever reading must pick up after
 * a damaged stretch. Local files use {@code FileChannel.open}; a cluster job adapts its file system's seekable
 * streams.
 */
@FunctionalInterface
public interface ChannelOpener {
    /** A new channel at position 0; the caller closes it. */
    SeekableByteChannel open() throws IOException;
}
