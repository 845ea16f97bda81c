package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Page;

class PageReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAnHtmlFileWithTheGivenUrl() throws IOException {
        Path file = write("story.html", "<html><p>Hello</p></html>");
        List<Item> items = read(List.of(file.toString()), IngestOptions.defaults().withUrl("https://example.org/a"));
        Page page = assertInstanceOf(Page.class, items.get(0));
        assertEquals(Page.Format.HTML, page.format());
        assertEquals("https://example.org/a", page.source().url());
        assertEquals(file.toString(), page.source().uri());
    }

    @Test
    void walksDirectoriesRecursivelyInNameOrderPickingPagesByExtension() throws IOException {
        write("b/two.htm", "<p>2</p>");
        write("a/one.html", "<p>1</p>");
        write("c/three.txt", "three");
        write("c/image.png", "not a page");
        write("notes.md", "not picked");
        gzip("d/four.html.gz", "<p>4</p>");
        List<Item> items = read(List.of(dir.toString()), IngestOptions.defaults());
        List<String> names = items.stream().map(i -> dir.relativize(Path.of(i.source().uri())).toString()).toList();
        assertEquals(List.of("a/one.html", "b/two.htm", "c/three.txt", "d/four.html.gz"), names);
        assertEquals(Page.Format.TEXT, ((Page) items.get(2)).format());
        assertEquals("<p>4</p>", ((Page) items.get(3)).content());
    }

    @Test
    void stdinIsSniffedForMarkup() {
        PageReader html = PageReader.open(List.of("-"), IngestOptions.defaults(),
                new ByteArrayInputStream("  <!doctype html><p>x</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Page.Format.HTML, ((Page) html.next()).format());
        PageReader text = PageReader.open(List.of("-"), IngestOptions.defaults(),
                new ByteArrayInputStream("Just a line of text.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Page.Format.TEXT, ((Page) text.next()).format());
    }

    @Test
    void textOptionReadsHtmlNamedFilesAsText() throws IOException {
        Path file = write("flat.html", "Home News Headline\n\nBody.");
        Page page = (Page) read(List.of(file.toString()), IngestOptions.defaults().withText(true)).get(0);
        assertEquals(Page.Format.TEXT, page.format());
    }

    @Test
    void badInputsBecomeErrorRecordsNamingTheInputAndCountsReconcile() throws IOException {
        Path empty = write("empty.html", "");
        Path blank = write("blank.txt", "   \n\n ");
        Path binary = dir.resolve("junk.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Path big = write("big.html", "<p>" + "x".repeat(5000) + "</p>");
        Path missing = dir.resolve("missing.html");
        PageReader reader = PageReader.open(List.of(empty.toString(), blank.toString(), binary.toString(),
                big.toString(), missing.toString()), IngestOptions.defaults().withMaxBytes(1000), null);
        List<Item> items = new ArrayList<>();
        reader.forEachRemaining(items::add);
        assertEquals(5, items.size());
        List<String> reasons = items.stream().map(i -> ((Failure) i).reason()).toList();
        assertEquals("empty input", reasons.get(0));
        assertEquals("input holds only whitespace", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("binary content"), reasons.get(2));
        assertTrue(reasons.get(3).contains("larger than the limit of 1000 bytes"), reasons.get(3));
        assertEquals("no such file", reasons.get(4));
        assertEquals(missing.toString(), items.get(4).source().uri());
        IngestStats stats = reader.stats();
        assertEquals(0, stats.pages());
        assertEquals(5, stats.failures());
    }

    @Test
    void brokenLinksInADirectoryAreReportedAndTheRestIsRead() throws IOException {
        write("good.html", "<p>ok</p>");
        Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("nowhere.html"));
        Path loop = dir.resolve("loop.html");
        Files.createSymbolicLink(loop, loop);
        List<Item> items = read(List.of(dir.toString()), IngestOptions.defaults());
        assertEquals(3, items.size());
        long failures = items.stream().filter(i -> i instanceof Failure).count();
        assertEquals(2, failures);
        assertTrue(items.stream().anyMatch(i -> i instanceof Page p && p.source().uri().endsWith("good.html")));
        for (Item i : items) {
            if (i instanceof Failure f) {
                assertTrue(f.reason().startsWith("cannot read") || f.reason().contains("link"), f.reason());
            }
        }
    }

    @Test
    void noInputsIsMisuse() {
        assertThrows(IllegalArgumentException.class, () -> PageReader.open(List.of(), IngestOptions.defaults(), null));
    }

    private List<Item> read(List<String> inputs, IngestOptions options) {
        List<Item> items = new ArrayList<>();
        try (PageReader reader = PageReader.open(inputs, options, null)) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private void gzip(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
