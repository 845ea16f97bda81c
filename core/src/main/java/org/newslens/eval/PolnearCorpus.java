package org.newslens.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newslens.attribution.AttributionRelation;
import org.newslens.model.Span;

/**
 * Reads a split of PolNeAR (Newell, Margolin and Ruths, LREC 2018) as its brat standoff files give it:
 * {@code <split>/text/<name>.txt} and {@code <split>/attributions/<name>_<annotator>.ann}.
 *
 * <ul>
 *   <li>{@code T} lines are spans: {@code T3<TAB>Content 115 290;300 310<TAB>surface}. Offsets count Unicode code
 *       points; they are converted to UTF-16 indices here. Fragments are separated by {@code ;}.</li>
 *   <li>{@code E} lines join them: {@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1}, roles in any order. The
 *       trigger type is {@code Attribution}, or {@code Attribution-no-source} for relations without a source.</li>
 *   <li>Other lines ({@code #} notes, {@code Discuss}/{@code Discard} workflow spans, stray text) carry no
 *       relation and are skipped, as are lines that do not parse and roles naming a span that does not exist.</li>
 * </ul>
 *
 * <p>Several annotators labelled some articles. The corpus authors pick one at random; we pick the annotator whose
 * id sorts first (plain string order of the hex ids), so every run scores the same annotation.
 */
public final class PolnearCorpus {
    private static final Pattern ANN_NAME = Pattern.compile("(.+)_([0-9A-Za-z]+)\\.ann");
    private static final Pattern FRAGMENT = Pattern.compile("(\\d+) (\\d+)");

    private PolnearCorpus() {
    }

    /** One article: its text and the relations of the chosen annotator. */
    public record Document(String name, String annotator, String text, List<AttributionRelation> relations) {
        public Document {
            relations = List.copyOf(relations);
        }
    }

    /**
     * Reads every annotated article of {@code split} under {@code dir}, sorted by name.
     *
     * @throws IOException when the split's folders cannot be read
     */
    public static List<Document> read(Path dir, String split) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (List<Document> annotations : readAll(dir, split).values()) {
            documents.add(annotations.get(0));
        }
        return documents;
    }

    /**
     * Every annotation of {@code split}: for each article (in name order), one document per annotator, the annotator
     * whose id sorts first at the head of the list.
     *
     * @throws IOException when the split's folders cannot be read
     */
    public static Map<String, List<Document>> readAll(Path dir, String split) throws IOException {
        Path texts = dir.resolve(split).resolve("text");
        Path anns = dir.resolve(split).resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IOException("no PolNeAR split '" + split + "' under " + dir + " (expected text/ and attributions/)");
        }
        Map<String, TreeMap<String, Path>> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(anns)) {
            for (Path p : listing.toList()) {
                Matcher m = ANN_NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    files.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), p);
                }
            }
        }
        Map<String, List<Document>> out = new LinkedHashMap<>();
        for (Map.Entry<String, TreeMap<String, Path>> e : files.entrySet()) {
            Path textFile = texts.resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(textFile)) {
                continue;
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            List<Document> annotations = new ArrayList<>();
            for (Map.Entry<String, Path> a : e.getValue().entrySet()) {
                List<AttributionRelation> relations = parse(Files.readAllLines(a.getValue(), StandardCharsets.UTF_8), text);
                annotations.add(new Document(e.getKey(), a.getKey(), text, relations));
            }
            out.put(e.getKey(), annotations);
        }
        return out;
    }

    /** A SHA-256 over the split's file names and bytes, in name order: floors are tied to this exact data. */
    public static String digest(Path dir, String split) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.resolve(split))) {
            files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path f : files) {
            md.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    /** Parses the lines of one .ann file against its text; lines that do not parse are skipped. */
    static List<AttributionRelation> parse(List<String> lines, String text) {
        int[] utf16 = codePointIndex(text);
        Map<String, List<Span>> spans = new HashMap<>();
        List<Map<String, String>> events = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                List<Span> fragments = fragments(fields[1], utf16);
                if (fragments != null) {
                    spans.put(fields[0], fragments);
                }
            } else if (line.startsWith("E") && fields.length >= 2) {
                Map<String, String> roles = new HashMap<>();
                for (String role : fields[1].trim().split(" +")) {
                    int colon = role.indexOf(':');
                    if (colon > 0) {
                        // brat numbers repeated roles (Content2); a relation here has one span per role.
                        roles.putIfAbsent(role.substring(0, colon).replaceAll("\\d+$", ""), role.substring(colon + 1));
                    }
                }
                events.add(roles);
            }
        }
        List<AttributionRelation> relations = new ArrayList<>();
        for (Map<String, String> roles : events) {
            boolean known = roles.containsKey("Attribution") || roles.containsKey("Attribution-no-source");
            List<Span> cue = spans.get(roles.get("Cue"));
            List<Span> content = spans.get(roles.get("Content"));
            if (!known || cue == null && content == null) {
                continue;
            }
            List<Span> source = spans.getOrDefault(roles.get("Source"), List.of());
            Span cueSpan = cue == null ? null : new Span(cue.get(0).start(), cue.get(cue.size() - 1).end());
            relations.add(new AttributionRelation(source, cueSpan, content == null ? List.of() : content));
        }
        relations.sort(Comparator.comparingInt(PolnearCorpus::firstOffset));
        return relations;
    }

    private static int firstOffset(AttributionRelation r) {
        int first = r.cue() == null ? Integer.MAX_VALUE : r.cue().start();
        for (Span s : r.content()) {
            first = Math.min(first, s.start());
        }
        return first;
    }

    /** "Content 115 290;300 310" as UTF-16 spans, or null when the offsets do not parse or fall outside the text. */
    private static List<Span> fragments(String typeAndOffsets, int[] utf16) {
        int space = typeAndOffsets.indexOf(' ');
        if (space < 0) {
            return null;
        }
        List<Span> fragments = new ArrayList<>();
        for (String part : typeAndOffsets.substring(space + 1).split(";")) {
            Matcher m = FRAGMENT.matcher(part.trim());
            if (!m.matches()) {
                return null;
            }
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if (end < start || end >= utf16.length) {
                return null;
            }
            fragments.add(new Span(utf16[start], utf16[end]));
        }
        fragments.sort(Comparator.comparingInt(Span::start));
        return fragments;
    }

    /** For each code-point offset 0..n, the UTF-16 index it starts at. */
    static int[] codePointIndex(String text) {
        int[] index = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            index[cp++] = i;
        }
        index[cp] = text.length();
        return index;
    }
}
