package org.newslens.corpus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.Attribution;
import org.newslens.model.Author;
import org.newslens.model.Claim;
import org.newslens.model.DateValue;
import org.newslens.model.Entity;
import org.newslens.model.Source;
import org.newslens.model.SourceKind;
import org.newslens.model.Span;
import org.newslens.model.Speaker;
import org.newslens.model.Summary;
import org.newslens.pipeline.ResultJson;

/** Builds small newslens/1 documents of invented articles for corpus tests. */
final class FixtureArticle {
    private final String text;
    private String url;
    private String title;
    private String published;
    private String language = "en";
    private String siteName;
    private final List<Author> authors = new ArrayList<>();
    private final List<String> section = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<String[]> techniques = new ArrayList<>();

    private FixtureArticle(String text) {
        this.text = text;
    }

    static FixtureArticle of(String text) {
        return new FixtureArticle(text);
    }

    FixtureArticle url(String u) {
        url = u;
        return this;
    }

    FixtureArticle title(String t) {
        title = t;
        return this;
    }

    FixtureArticle published(String day) {
        published = day;
        return this;
    }

    FixtureArticle language(String l) {
        language = l;
        return this;
    }

    FixtureArticle siteName(String s) {
        siteName = s;
        return this;
    }

    FixtureArticle author(String name) {
        authors.add(new Author(name, Author.Kind.PERSON));
        return this;
    }

    FixtureArticle section(String s) {
        section.add(s);
        return this;
    }

    /** An entity named by {@code mention}, which must occur in the text; aliases are other names. */
    FixtureArticle entity(Entity.Type type, String name, String mention, String... aliases) {
        int at = text.indexOf(mention);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + mention + "' in the text");
        }
        entities.add(new Entity("e" + (entities.size() + 1), type, name, List.of(aliases),
                List.of(new Span(at, at + mention.length()))));
        return this;
    }

    /** A claim over {@code sentence}, sourced as {@code kind} to the words {@code source} (entity when known). */
    FixtureArticle claim(String sentence, SourceKind kind, String source, String entityId) {
        int at = text.indexOf(sentence);
        Speaker speaker = null;
        if (source != null) {
            int s = text.indexOf(source);
            speaker = new Speaker(s, s + source.length(), entityId);
        }
        claims.add(new Claim(at, at + sentence.length(), 0.8, new Attribution(kind, speaker, null, "test"), "test"));
        claims.sort(java.util.Comparator.comparingInt(Claim::start));
        return this;
    }

    /** A technique span, written into the JSON as the rhetoric layer will write it. */
    FixtureArticle technique(String words, String label) {
        techniques.add(new String[] {words, label});
        return this;
    }

    String json() {
        Article article = new Article(title, authors, published == null ? null
                : new DateValue(published, DateValue.Origin.GIVEN), null, siteName, section, language, null, null,
                text, List.of(), List.of(), null);
        Analysis a = new Analysis(new Source("test:" + (url == null ? text.hashCode() : url), url, null), article,
                List.of(), List.of(), entities, List.of(), List.of(), claims, Summary.EMPTY);
        ObjectNode tree = ResultJson.toTree(a, true);
        if (!techniques.isEmpty()) {
            ArrayNode array = tree.putArray("techniques");
            for (String[] t : techniques) {
                int at = text.indexOf(t[0]);
                array.addObject().put("start", at).put("end", at + t[0].length()).put("technique", t[1])
                        .put("confidence", 0.7).put("reason", "test");
            }
        }
        return tree.toString();
    }
}
