package org.newslens.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.model.Paragraph;

/**
 * Reads TimeML (TempEval-3 format): the document creation time from {@code <DCT>}, the text inside {@code <TEXT>}
 * with every tag stripped and entities decoded, and the {@code TIMEX3} elements inside it as spans over that text.
 * EVENT, SIGNAL and other tags are dropped.
 */
public final class TimeMl {
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");

    private TimeMl() {
    }

    /** A gold time expression: span over the document text and its TIMEX3 attributes. */
    public record Timex(int start, int end, String type, String value, String mod) {
    }

    /**
     * A TimeML document.
     *
     * @param created the creation date (DCT), or null when the file has none
     * @param text the content of {@code <TEXT>} without tags
     * @param paragraphs the blank-line separated blocks of {@code text}
     */
    public record Document(String name, LocalDate created, String text, List<Paragraph> paragraphs,
            List<Timex> timexes) {
    }

    /** Reads one {@code .tml} file. */
    public static Document read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses TimeML markup.
     *
     * @throws IOException when the markup has no {@code <TEXT>} element or its TIMEX3 tags do not nest
     */
    public static Document parse(String name, String xml) throws IOException {
        LocalDate created = null;
        Matcher dct = DCT.matcher(xml);
        if (dct.find()) {
            created = date(attributes(dct.group(1)).get("value"));
        }
        int open = xml.indexOf("<TEXT>");
        int close = xml.indexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new IOException(name + ": no <TEXT> element");
        }
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Deque<Map<String, String>> openTimex = new ArrayDeque<>();
        Deque<Integer> openAt = new ArrayDeque<>();
        int i = open + "<TEXT>".length();
        while (i < close) {
            char c = xml.charAt(i);
            if (c == '<') {
                int gt = xml.indexOf('>', i);
                if (gt < 0 || gt > close) {
                    throw new IOException(name + ": unclosed tag at " + i);
                }
                String tag = xml.substring(i + 1, gt);
                if (tag.startsWith("TIMEX3") && !tag.endsWith("/")) {
                    openTimex.push(attributes(tag));
                    openAt.push(text.length());
                } else if (tag.equals("/TIMEX3")) {
                    if (openTimex.isEmpty()) {
                        throw new IOException(name + ": </TIMEX3> without <TIMEX3> at " + i);
                    }
                    Map<String, String> a = openTimex.pop();
                    timexes.add(new Timex(openAt.pop(), text.length(), a.get("type"), a.get("value"), a.get("mod")));
                }
                i = gt + 1;
            } else if (c == '&') {
                int semi = xml.indexOf(';', i);
                String decoded = semi < 0 || semi - i > 10 ? null : entity(xml.substring(i + 1, semi));
                text.append(decoded == null ? "&" : decoded);
                i = decoded == null ? i + 1 : semi + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        timexes.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        String body = text.toString();
        return new Document(name, created, body, paragraphs(body), List.copyOf(timexes));
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.put(m.group(1), m.group(2));
        }
        return a;
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> numeric(name);
        };
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** The non-blank stretches between blank lines, trimmed. */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(text);
        int from = 0;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : text.length();
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                paragraphs.add(new Paragraph(s, e, Paragraph.Kind.PARAGRAPH));
            }
            if (!found) {
                return paragraphs;
            }
            from = m.end() - 1;
        }
    }
}
