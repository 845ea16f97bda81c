package org.newslens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Page;
import org.newslens.model.Page.Format;
import org.newslens.model.Source;

/**
 * Reads inputs into pages, lazily and in a deterministic order. An input is a file, a directory (walked
 * recursively in name order, picking up pages, text and archives by extension), a {@code .warc} or
 * {@code .warc.gz} archive (each HTML response becomes a page), or {@code -} for standard input. Anything that
 * cannot be read becomes a {@link Failure} naming the input; nothing is dropped silently.
 *
 * <pre>{@code
 * PageReader reader = PageReader.open(List.of("crawl.warc.gz"), IngestOptions.defaults(), System.in);
 * reader.forEachRemaining(item -> ...);
 * IngestStats stats = reader.stats();
 * }</pre>
 */
public final class PageReader implements Iterator<Item>, AutoCloseable {
    private final Deque<Object> pending = new ArrayDeque<>();
    private final IngestOptions options;
    private final InputStream stdin;
    private final Map<String, Long> skipped = new HashMap<>();
    private Iterator<Item> current = Collections.emptyIterator();
    private WarcItems openArchive;
    private Item next;
    private long pages;
    private long failures;
    private long bytesDone;
    private long currentSize;

    /** An archive given as a way to open it rather than a path (a file on a cluster's file system). */
    private record Archive(String uri, ChannelOpener opener) {
    }

    private PageReader(List<String> inputs, IngestOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
        pending.addAll(inputs);
    }

    /**
     * Prepares to read one WARC archive that {@code opener} opens (as often as reading needs); pages are named
     * {@code uri#r=N}. For archives that are not local files, such as a cluster job's inputs.
     */
    public static PageReader openArchive(String uri, ChannelOpener opener, IngestOptions options) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(options, "options");
        PageReader reader = new PageReader(List.of(), options, null);
        reader.pending.add(new Archive(uri, opener));
        return reader;
    }

    /**
     * The bytes of all regular files under {@code inputs} that reading will open (directories walked as reading
     * walks them; standard input and missing files count 0): the total that {@link #bytesRead()} goes towards.
     */
    public static long sizeOf(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            Path path = Path.of(input);
            if ("-".equals(input) || !Files.exists(path)) {
                continue;
            }
            if (Files.isDirectory(path)) {
                try (java.util.stream.Stream<Path> files = Files.walk(path)) {
                    total += files.filter(f -> Formats.isWalked(f.getFileName().toString()) && Files.isRegularFile(f))
                            .mapToLong(PageReader::sizeOrZero).sum();
                } catch (IOException | UncheckedIOException e) {
                    // A directory that cannot be walked is reported when it is read; progress just counts less.
                }
            } else {
                total += sizeOrZero(path);
            }
        }
        return total;
    }

    /** Input bytes read so far: whole files done, plus the position within the archive being read. */
    public long bytesRead() {
        return bytesDone + (openArchive != null ? openArchive.position() : 0);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Prepares to read {@code inputs}; nothing is opened until the first item is asked for.
     *
     * @param stdin what {@code -} reads
     * @throws IllegalArgumentException when there are no inputs
     */
    public static PageReader open(List<String> inputs, IngestOptions options, InputStream stdin) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(options, "options");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs given");
        }
        return new PageReader(List.copyOf(inputs), options, stdin);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (current.hasNext()) {
                next = current.next();
            } else if (!advance()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        if (item instanceof Page) {
            pages++;
        } else {
            failures++;
        }
        return item;
    }

    /** Counts of what has been read so far. */
    public IngestStats stats() {
        return new IngestStats(pages, failures, skipped);
    }

    @Override
    public void close() {
        closeArchive();
    }

    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /** Opens the next input; false when none is left. */
    private boolean advance() {
        closeArchive();
        Object input = pending.poll();
        if (input == null) {
            return false;
        }
        if (input instanceof Archive a) {
            try {
                openArchive = new WarcItems(a.uri(), a.opener(), options, this);
                current = openArchive;
            } catch (IOException | RuntimeException e) {
                current = single(fail(a.uri(), "cannot open as WARC: " + message(e)));
            }
            return true;
        }
        if ("-".equals(input)) {
            current = single(readStream("-", stdin, null));
            return true;
        }
        Path path = input instanceof Path p ? p : Path.of((String) input);
        String uri = path.toString();
        if (Files.isDirectory(path)) {
            List<Object> found = new ArrayList<>();
            List<Item> unreadable = new ArrayList<>();
            walk(path, found, unreadable);
            current = unreadable.iterator();
            for (int i = found.size() - 1; i >= 0; i--) {
                pending.addFirst(found.get(i));
            }
            return true;
        }
        if (!Files.exists(path)) {
            current = single(fail(uri, Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file"));
            return true;
        }
        currentSize = sizeOrZero(path);
        if (Formats.isWarc(uri)) {
            try {
                openArchive = new WarcItems(uri, () -> java.nio.channels.FileChannel.open(path), options, this);
                current = openArchive;
            } catch (IOException e) {
                current = single(fail(uri, "cannot open as WARC: " + message(e)));
            }
            return true;
        }
        try (InputStream raw = Files.newInputStream(path)) {
            InputStream in = Formats.isGzip(uri) ? new GZIPInputStream(raw, 65536) : raw;
            current = single(readStream(uri, in, Formats.byName(uri)));
        } catch (IOException | UncheckedIOException e) {
            current = single(fail(uri, "cannot read: " + message(e)));
        }
        return true;
    }

    private Item readStream(String uri, InputStream in, Format byName) {
        byte[] bytes;
        try {
            bytes = Bytes.readAtMost(in, options.maxBytes());
        } catch (Bytes.TooLargeException e) {
            return fail(uri, "page is larger than the limit of " + Bytes.size(e.limit) + " (raise it with --max-bytes)");
        } catch (IOException e) {
            return fail(uri, "cannot read: " + message(e));
        }
        return toPage(new Source(uri, options.url(), null), bytes, null, byName);
    }

    /** Decodes bytes into a page, or explains why they are not one. Shared with WARC reading. */
    Item toPage(Source source, byte[] bytes, String headerCharset, Format byName) {
        if (bytes.length == 0) {
            return new Failure(source, "ingest", "empty input");
        }
        String binary = Formats.binaryReason(bytes);
        if (binary != null) {
            return new Failure(source, "ingest", binary);
        }
        Format format = options.text() ? Format.TEXT : byName;
        CharsetDecoder.Decoded decoded = CharsetDecoder.decode(bytes, headerCharset, format != Format.TEXT);
        if (format == null) {
            format = Formats.sniff(decoded.text());
        }
        if (decoded.text().isBlank()) {
            return new Failure(source, "ingest", "input holds only whitespace");
        }
        return new Page(source, format, decoded.text(), decoded.charset());
    }

    private void walk(Path root, List<Object> found, List<Item> unreadable) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Formats.isWalked(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (Formats.isWalked(file.getFileName().toString()) || Files.isDirectory(file)) {
                        unreadable.add(fail(file.toString(), "cannot read: " + message(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(fail(root.toString(), "cannot walk directory: " + message(e)));
        }
        // Sorted by path so that output order does not depend on the file system.
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
    }

    private Failure fail(String uri, String reason) {
        return new Failure(new Source(uri, options.url(), null), "ingest", reason);
    }

    private void closeArchive() {
        bytesDone += currentSize;
        currentSize = 0;
        if (openArchive != null) {
            openArchive.close();
            openArchive = null;
        }
    }

    private static Iterator<Item> single(Item item) {
        return List.of(item).iterator();
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return m == null || m.isBlank() ? type : type.replace("Exception", "") + ": " + m;
    }
}
