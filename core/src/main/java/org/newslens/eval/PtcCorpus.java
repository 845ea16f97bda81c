package org.newslens.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Propaganda Techniques Corpus as SemEval-2020 Task 11 lays it out (see FORMAT.md beside the data):
 * {@code <split>-articles/article<ID>.txt} and the concatenated {@code <split>-task-flc-tc.labels} and
 * {@code <split>-task-si.labels}. Offsets in the files count code points; {@link PtcArticle#toChars} converts. The
 * text is read as it is, a leading byte-order mark included, since the offsets count it.
 */
public final class PtcCorpus {
    private PtcCorpus() {
    }

    /** A labelled span, offsets in code points; {@code technique} is null for span-identification labels. */
    public record Label(String technique, int start, int end) {
    }

    /** One article with its technique labels and its span labels. */
    public record PtcArticle(String id, String text, List<Label> techniques, List<Label> spans) {
        public PtcArticle {
            techniques = List.copyOf(techniques);
            spans = List.copyOf(spans);
        }

        /** A code point offset as a UTF-16 index into {@link #text()}, clamped to the text. */
        public int toChars(int codePoints) {
            int n = text.codePointCount(0, text.length());
            return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, n)));
        }

        /** A UTF-16 index as a code point offset. */
        public int toCodePoints(int chars) {
            return text.codePointCount(0, Math.max(0, Math.min(chars, text.length())));
        }
    }

    /**
     * Reads a split ({@code train} or {@code dev}).
     *
     * @throws IOException when the folder is not laid out as PTC
     */
    public static List<PtcArticle> read(Path dir, String split) throws IOException {
        Path articles = dir.resolve(split + "-articles");
        if (!Files.isDirectory(articles)) {
            throw new IOException("no " + split + "-articles folder in " + dir);
        }
        Map<String, List<Label>> techniques = labels(dir.resolve(split + "-task-flc-tc.labels"), true);
        Map<String, List<Label>> spans = labels(dir.resolve(split + "-task-si.labels"), false);
        List<PtcArticle> out = new ArrayList<>();
        for (Path file : articleFiles(articles)) {
            String name = file.getFileName().toString();
            String id = name.substring("article".length(), name.length() - ".txt".length());
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            out.add(new PtcArticle(id, text, techniques.getOrDefault(id, List.of()), spans.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** SHA-256 over the split's article files and label files, in name order. */
    public static String digest(Path dir, String split) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path file : articleFiles(dir.resolve(split + "-articles"))) {
            all.write(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            all.write(Files.readAllBytes(file));
        }
        all.write(Files.readAllBytes(dir.resolve(split + "-task-flc-tc.labels")));
        all.write(Files.readAllBytes(dir.resolve(split + "-task-si.labels")));
        return Digests.sha256(all.toByteArray());
    }

    private static List<Path> articleFiles(Path articles) throws IOException {
        try (Stream<Path> s = Files.list(articles)) {
            return s.filter(p -> p.getFileName().toString().matches("article\\d+\\.txt")).sorted().toList();
        }
    }

    private static Map<String, List<Label>> labels(Path file, boolean withTechnique) throws IOException {
        Map<String, List<Label>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            // Labels contain commas: split on tabs only (FORMAT.md).
            String[] f = line.split("\t");
            int k = withTechnique ? 2 : 1;
            if (f.length < k + 2) {
                throw new IOException(file + ": malformed line: " + line);
            }
            out.computeIfAbsent(f[0], x -> new ArrayList<>()).add(new Label(withTechnique ? f[1] : null,
                    Integer.parseInt(f[k].strip()), Integer.parseInt(f[k + 1].strip())));
        }
        return out;
    }
}
