package org.newslens.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * A JSON Lines output that a killed run can continue without losing or repeating a line. Beside the output lies a
 * checkpoint ({@code OUT.checkpoint}): how many lines, how many bytes of the file hold them, and the run's settings.
 * A checkpoint is written only after the lines it counts are forced to disk, and replaces the old one by an
 * atomic rename, so whenever the process dies the checkpoint on disk describes a prefix of the file. Resuming cuts
 * the file back to that prefix and the caller skips as many inputs as it counts.
 *
 * <p>A name ending in {@code .gz} gets gzip: every checkpoint closes a gzip member and the next line opens a new one
 * (concatenated members are one valid gzip stream, RFC 1952 section 2.2), so the prefix always ends on a member
 * boundary.
 */
public final class ResultLog implements AutoCloseable {
    /** Buffered output between checkpoints; lines reach the file when it fills or at a checkpoint. */
    private static final int BUFFER_BYTES = 1 << 20;

    /**
     * What a checkpoint records.
     *
     * @param lines lines in the output's prefix
     * @param errors how many of them are error records
     * @param bytes the length of that prefix in bytes
     * @param complete whether the run finished
     * @param settings what the run was started with, to check a resume against and restore from
     */
    public record Checkpoint(long lines, long errors, long bytes, boolean complete, Map<String, String> settings) {
        public Checkpoint {
            settings = Map.copyOf(settings);
        }
    }

    private final Path out;
    private final Path checkpointFile;
    private final FileChannel channel;
    private final boolean gzip;
    private final Map<String, String> settings;
    private final OutputStream file;
    private OutputStream member;
    private long lines;
    private long errors;
    private final long resumedLines;

    private ResultLog(Path out, FileChannel channel, Checkpoint from) {
        this.out = out;
        this.checkpointFile = checkpointOf(out);
        this.channel = channel;
        this.gzip = out.getFileName().toString().endsWith(".gz");
        this.settings = from.settings();
        this.file = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
        this.lines = from.lines();
        this.errors = from.errors();
        this.resumedLines = from.lines();
    }

    /** Where the checkpoint of {@code out} lives. */
    public static Path checkpointOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".checkpoint");
    }

    /**
     * Starts a new output, replacing any file of that name, and writes a first checkpoint of zero lines.
     *
     * @param settings the run's settings, kept in every checkpoint
     */
    public static ResultLog create(Path out, Map<String, String> settings) throws IOException {
        Objects.requireNonNull(out, "out");
        FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        ResultLog log = new ResultLog(out, channel, new Checkpoint(0, 0, 0, false, settings));
        log.checkpoint(false);
        return log;
    }

    /** The checkpoint beside {@code out}, or null when there is none. */
    public static Checkpoint readCheckpoint(Path out) throws IOException {
        Path file = checkpointOf(out);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode node;
        try {
            node = ResultJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("checkpoint " + file + " is unreadable: " + e.getMessage(), e);
        }
        Map<String, String> settings = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("settings").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            settings.put(e.getKey(), e.getValue().asText());
        }
        return new Checkpoint(node.path("lines").asLong(), node.path("errors").asLong(), node.path("bytes").asLong(),
                node.path("complete").asBoolean(), settings);
    }

    /**
     * Reopens an output after its last checkpoint: the file is cut back to the prefix the checkpoint counts.
     *
     * @throws IOException when there is no checkpoint or the file is shorter than the checkpoint says
     */
    public static ResultLog resume(Path out, Checkpoint checkpoint) throws IOException {
        Objects.requireNonNull(checkpoint, "checkpoint");
        if (!Files.exists(out) || Files.size(out) < checkpoint.bytes()) {
            throw new IOException(out + " is shorter than its checkpoint says (" + checkpoint.bytes()
                    + " bytes): it was changed after the run stopped");
        }
        FileChannel channel = FileChannel.open(out, StandardOpenOption.WRITE);
        channel.truncate(checkpoint.bytes());
        channel.position(checkpoint.bytes());
        return new ResultLog(out, channel, new Checkpoint(checkpoint.lines(), checkpoint.errors(),
                checkpoint.bytes(), false, checkpoint.settings()));
    }

    /** Appends one line (without its newline). */
    public void append(String line, boolean error) throws IOException {
        if (gzip && member == null) {
            member = new GZIPOutputStream(new Unclosable(file), 65536);
        }
        OutputStream target = gzip ? member : file;
        target.write(line.getBytes(StandardCharsets.UTF_8));
        target.write('\n');
        lines++;
        if (error) {
            errors++;
        }
    }

    /** Lines in the output, counting those before a resume. */
    public long lines() {
        return lines;
    }

    /** Error records among them. */
    public long errors() {
        return errors;
    }

    /** Lines that were already there when this run resumed (0 for a new output). */
    public long resumedLines() {
        return resumedLines;
    }

    /** The settings the output was started with. */
    public Map<String, String> settings() {
        return settings;
    }

    /**
     * Forces every line appended so far to disk and records them in the checkpoint.
     *
     * @param complete whether the run has finished
     */
    public void checkpoint(boolean complete) throws IOException {
        if (member != null) {
            member.close();
            member = null;
        }
        file.flush();
        channel.force(false);
        ObjectNode node = ResultJson.mapper().createObjectNode();
        node.put("output", out.getFileName().toString());
        node.put("lines", lines);
        node.put("errors", errors);
        node.put("bytes", channel.position());
        node.put("complete", complete);
        ObjectNode s = node.putObject("settings");
        new TreeMap<>(settings).forEach(s::put);
        Path tmp = checkpointFile.resolveSibling(checkpointFile.getFileName() + ".tmp");
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            c.write(java.nio.ByteBuffer.wrap(ResultJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(node)));
            c.force(true);
        }
        Files.move(tmp, checkpointFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes a final checkpoint marking the run complete, and closes the file. */
    public void finish() throws IOException {
        checkpoint(true);
        close();
    }

    /** Closes the file without a checkpoint: lines since the last one will be written again on resume. */
    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Lets a gzip member be closed (to write its trailer) without closing the file under it. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
