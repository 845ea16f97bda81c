package org.newslens.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslens.Newslens;
import org.newslens.corpus.Corpus;
import org.newslens.model.Page;
import org.newslens.model.Result;

/**
 * Invented pages and hand-written analyses for the server and browser tests: a story, a copy of it on another
 * site (a reuse pair), an unrelated story, an analysis carrying every layer (quotes, claims of each sourcing kind,
 * techniques with definitions, overlapping spans), and a hostile one whose title, body, author and address hold
 * markup, event handlers, a {@code javascript:} address and HTML entities.
 */
final class Fixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String FERRY_TEXT_1 = "The Tollmouth ferry will stop running in January, the harbour board said on"
            + " Friday. Repairs to the hull would cost more than a new boat, and the board has no money for either.";
    static final String FERRY_TEXT_2 = "Islanders on Skerry will depend on the weekly supply plane until a new"
            + " operator is found. The board has asked the county council to fund a replacement, and a decision is"
            + " expected before the spring budget.";
    static final String FERRY_TEXT_3 = "\"We cannot leave people stranded for a whole winter,\" said Maren Holt, who"
            + " chairs the islanders' association. She said families had already begun to stock up on fuel.";

    static final String FERRY_PAGE = page("Tollmouth ferry to stop in January", "Anna Berg", "2024-01-05",
            FERRY_TEXT_1, FERRY_TEXT_2, FERRY_TEXT_3);
    /** The same story two days later on another site, with its own first paragraph: a reuse pair. */
    static final String COPY_PAGE = page("Skerry loses its ferry", "Desk", "2024-01-07",
            "From our partners at the Tollmouth Gazette.", FERRY_TEXT_1, FERRY_TEXT_2, FERRY_TEXT_3);
    static final String MARKET_PAGE = page("Saturday market moves to the quay", "Ola Lund", "2024-02-20",
            "The Saturday market will move to the quay in March, traders said on Tuesday. The old square is to be"
            + " dug up for new drains, which the council expects to take most of the summer.",
            "Stallholders welcomed the move. Fish sellers in particular hope the quay will bring them closer to"
            + " the boats that land their catch.");

    /** What the hostile article's fields hold, verbatim: each must show as written and none may run. */
    static final String HOSTILE_TITLE = "<script>window.__pwned='title'</script> Tom & Jerry &amp; <b>friends</b>";
    static final String HOSTILE_AUTHOR = "<img src=x onerror=\"window.__pwned='author'\"> O'Brien";
    static final String HOSTILE_URL = "javascript:window.__pwned='url'//https://hostile.example/story";
    static final String HOSTILE_TEXT = "Quarry <script>window.__pwned='body'</script> plans were shown on Monday."
            + " An <a href=\"javascript:window.__pwned='link'\" onclick=\"window.__pwned='click'\">odd link</a> and"
            + " <svg onload=\"window.__pwned='svg'\"></svg> sat in the notes; &lt;b&gt; and &amp;amp; stay as typed."
            + "\n\nThe Quarry Trust said the plans would be decided by the county in the spring.";

    private Fixtures() {
    }

    static String page(String title, String author, String day, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang=en><head><title>").append(title)
                .append("</title><meta name=author content=\"").append(author)
                .append("\"><meta property=article:published_time content=\"").append(day)
                .append("\"></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return b.append("</article><footer>Contact us</footer></body></html>").toString();
    }

    /** An analysis written by hand with every layer, overlapping spans included. */
    static String layered() {
        String text = "Minister Lena Falk said the new bridge is \"a total disaster for every taxpayer\" on Monday."
                + " Officials familiar with the plan said costs had doubled since 2021.\n\n"
                + "Critics say the project is the worst waste of money in the history of the region. Sources said"
                + " the council never saw the final bill.";
        ObjectNode d = base("https://layers.example/bridge", "Bridge costs double, minister says", "2024-03-04",
                text, List.of("Kim Dale"));
        int sentence2 = text.indexOf("Officials");
        int par2 = text.indexOf("Critics");
        int sources = text.indexOf("Sources said");
        ArrayNode entities = d.putArray("entities");
        entity(entities, "e1", "PERSON", "Lena Falk", text, "Lena Falk");
        ArrayNode times = d.putArray("times");
        span(times.addObject(), text, "on Monday").put("type", "DATE").put("value", "2024-03-04")
                .put("confidence", 0.9).put("reason", "a weekday, resolved against the publication date");
        span(times.addObject(), text, "since 2021").put("type", "DATE").put("value", "2021")
                .put("confidence", 0.8).put("reason", "a year");
        ArrayNode quotes = d.putArray("quotes");
        ObjectNode q = span(quotes.addObject(), text, "a total disaster for every taxpayer");
        q.put("kind", "direct");
        span(q.putObject("cue"), text, "said");
        span(q.putObject("speaker"), text, "Minister Lena Falk").put("entity", "e1");
        q.put("source", "named").put("confidence", 0.92).put("reason", "in quotation marks after 'said', speaker"
                + " named before the cue");
        ObjectNode q2 = quotes.addObject().put("start", text.indexOf("costs had")).put("end", par2 - 3);
        q2.put("kind", "indirect");
        q2.put("source", "vague").put("confidence", 0.7).put("reason", "a that-less clause after 'said'; the source"
                + " is a group, not a person");
        ArrayNode claims = d.putArray("claims");
        claim(claims, 0, sentence2 - 1, 0.91, "named", "Minister Lena Falk", text);
        claim(claims, sentence2, par2 - 2, 0.84, "vague", "Officials familiar with the plan", text);
        claim(claims, par2, sources - 1, 0.66, "none", null, text);
        claim(claims, sources, text.length(), 0.79, "anonymous", "Sources", text);
        ArrayNode techniques = d.putArray("techniques");
        span(techniques.addObject(), text, "a total disaster").put("technique", "Loaded_Language")
                .put("confidence", 0.81).put("reason", "strongly negative word with an intensifier");
        span(techniques.addObject(), text, "the worst waste of money in the history of the region")
                .put("technique", "Exaggeration,Minimisation").put("confidence", 0.74)
                .put("reason", "a superlative over an open-ended comparison");
        ObjectNode defs = d.putObject("techniqueDefinitions");
        defs.putObject("Loaded_Language").put("name", "loaded language")
                .put("definition", "Words chosen for their emotional charge rather than their content.")
                .put("example", "a reckless, shameful plan");
        defs.putObject("Exaggeration,Minimisation").put("name", "exaggeration or minimisation")
                .put("definition", "Making something seem far larger or smaller than the facts support.")
                .put("example", "the greatest failure of all time");
        ObjectNode sourcing = d.putObject("summary").putObject("sourcing");
        sourcing.putObject("counts").put("named", 1).put("vague", 1).put("anonymous", 1).put("none", 1);
        sourcing.putObject("shares").put("named", 0.25).put("vague", 0.25).put("anonymous", 0.25).put("none", 0.25);
        sourcing.putArray("namedSources").addObject().put("entity", "e1").put("name", "Lena Falk").put("claims", 1);
        return d.toString();
    }

    /** The hostile analysis: markup, handlers, a javascript: address and entities in every field a reader shows. */
    static String hostile() {
        ObjectNode d = base(HOSTILE_URL, HOSTILE_TITLE, "2024-02-01", HOSTILE_TEXT, List.of(HOSTILE_AUTHOR));
        ((ObjectNode) d.get("article")).putArray("section").add("<i onmouseover=\"window.__pwned='section'\">News</i>");
        ArrayNode entities = d.putArray("entities");
        entity(entities, "e1", "ORGANIZATION", "Quarry Trust", HOSTILE_TEXT, "Quarry Trust");
        ArrayNode claims = d.putArray("claims");
        int second = HOSTILE_TEXT.indexOf("The Quarry Trust");
        claim(claims, second, HOSTILE_TEXT.length(), 0.8, "named", "The Quarry Trust", HOSTILE_TEXT);
        ((ObjectNode) claims.get(0).get("attribution")).put("reason", "<b onclick=\"window.__pwned='reason'\">named</b> source");
        ObjectNode t = span(d.putArray("techniques").addObject(), HOSTILE_TEXT, "<script>window.__pwned='body'</script>");
        t.put("technique", "<img src=x onerror=\"window.__pwned='technique'\">").put("confidence", 0.5)
                .put("reason", "</span><script>window.__pwned='reason2'</script>");
        return d.toString();
    }

    private static ObjectNode base(String url, String title, String day, String text, List<String> authors) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("schema", "newslens/1");
        d.putObject("source").put("uri", "fixture").put("url", url);
        ObjectNode a = d.putObject("article");
        a.put("title", title);
        ArrayNode by = a.putArray("authors");
        authors.forEach(name -> by.addObject().put("name", name).put("kind", "person"));
        a.putObject("published").put("value", day).put("from", "given");
        a.put("language", "en");
        a.putArray("section").add("News");
        a.put("text", text);
        ArrayNode paragraphs = a.putArray("paragraphs");
        int start = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.addObject().put("start", start).put("end", start + p.length()).put("kind", "paragraph");
            start += p.length() + 2;
        }
        return d;
    }

    private static ObjectNode span(ObjectNode node, String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + part);
        }
        return node.put("start", at).put("end", at + part.length());
    }

    private static void entity(ArrayNode entities, String id, String type, String name, String text, String mention) {
        ObjectNode e = entities.addObject().put("id", id).put("type", type).put("name", name);
        e.putArray("aliases");
        ArrayNode mentions = e.putArray("mentions");
        for (int at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
            mentions.addObject().put("start", at).put("end", at + mention.length());
        }
    }

    private static void claim(ArrayNode claims, int start, int end, double score, String kind, String source,
            String text) {
        ObjectNode c = claims.addObject().put("start", start).put("end", end).put("score", score);
        ObjectNode a = c.putObject("attribution").put("kind", kind);
        if (source != null) {
            int at = text.indexOf(source, start);
            a.putObject("source").put("start", at).put("end", at + source.length());
        }
        a.put("reason", kind.equals("none") ? "no attribution covers this sentence: the article asserts it"
                : "attributed to a " + kind + " source");
        c.put("reason", "check-worthy (" + score + "): a figure and a comparison");
    }

    /** Analyses of the invented pages (through the real pipeline) and the hand-written ones. */
    static List<String> analyses() {
        Newslens newslens = Newslens.builder().build();
        List<String> out = new ArrayList<>();
        out.add(analyse(newslens, "https://tollmouth.example/news/ferry", FERRY_PAGE));
        out.add(analyse(newslens, "https://county.example/skerry-ferry", COPY_PAGE));
        out.add(analyse(newslens, "https://tollmouth.example/news/market", MARKET_PAGE));
        out.add(layered());
        out.add(hostile());
        return out;
    }

    private static String analyse(Newslens newslens, String url, String html) {
        Result r = newslens.analyze(Page.html(url, url, html));
        return Newslens.toJson(r);
    }

    /** Builds an index of {@link #analyses()} in {@code dir} and returns the ids in that order. */
    static List<String> index(Path dir) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Corpus corpus = Corpus.open(dir)) {
            for (String json : analyses()) {
                ids.add(corpus.add(json).id());
            }
            corpus.commit();
        }
        return ids;
    }
}
