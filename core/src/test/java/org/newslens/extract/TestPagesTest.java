package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newslens.model.Article;
import org.newslens.model.Author;
import org.newslens.model.Page;
import org.newslens.model.Source;
import org.newslens.testing.SpanChecks;

/**
 * The regression corpus: one folder per page under {@code test-pages/}, holding {@code source.html} (or
 * {@code source.txt} for flattened text) and a hand-checked {@code expected.json}. One dynamic test per field, so
 * a failure names the page and the field. See {@code test-pages/README.md} for the fields.
 */
class TestPagesTest {
    /** Fetch time assumed for every page, so date checks do not depend on the day the tests run. */
    static final Instant FETCHED = Instant.parse("2026-01-01T00:00:00Z");

    @TestFactory
    Stream<DynamicNode> everyPageMatchesItsExpectations() throws IOException, URISyntaxException {
        Path root = Path.of(TestPagesTest.class.getResource("/test-pages").toURI());
        List<DynamicNode> pages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                pages.add(DynamicContainer.dynamicContainer(dir.getFileName().toString(), checks(dir)));
                currentPage = null;
            }
        }
        assertFalse(pages.isEmpty(), "no test pages found");
        return pages.stream();
    }

    /** The page whose checks are being built, so that every assertion message names it. */
    private static String currentPage;

    private static List<DynamicTest> checks(Path dir) throws IOException {
        currentPage = dir.getFileName().toString();
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        boolean text = Files.exists(dir.resolve("source.txt"));
        String content = Files.readString(dir.resolve(text ? "source.txt" : "source.html"), StandardCharsets.UTF_8);
        String url = expected.path("url").asText(null);
        Page page = new Page(new Source(dir.getFileName().toString(), url, FETCHED),
                text ? Page.Format.TEXT : Page.Format.HTML, content, "UTF-8");
        Article article = ArticleExtractor.extract(page, FETCHED);
        String body = article.text();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("paragraph spans", () ->
                SpanChecks.assertLayer("paragraph", body, article.paragraphs(), true)));
        expected.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "url", "source", "note" -> { }
                case "title" -> tests.add(test(name, () -> assertEquals(nullable(value), article.title())));
                case "authors" -> tests.add(test(name, () -> assertEquals(strings(value),
                        article.authors().stream().map(Author::name).toList())));
                case "authorKinds" -> tests.add(test(name, () -> assertEquals(strings(value),
                        article.authors().stream().map(a -> a.kind().label()).toList())));
                case "published" -> tests.add(test(name, () -> assertEquals(nullable(value),
                        article.published() == null ? null : article.published().date().toString())));
                case "publishedFrom" -> tests.add(test(name, () -> assertEquals(value.asText(),
                        article.published() == null ? null : article.published().from().label())));
                case "modified" -> tests.add(test(name, () -> assertEquals(nullable(value),
                        article.modified() == null ? null : article.modified().date().toString())));
                case "siteName" -> tests.add(test(name, () -> assertEquals(nullable(value), article.siteName())));
                case "section" -> tests.add(test(name, () -> assertEquals(strings(value), article.section())));
                case "language" -> tests.add(test(name, () -> assertEquals(nullable(value), article.language())));
                case "description" -> tests.add(test(name, () -> assertEquals(nullable(value), article.description())));
                case "canonicalUrl" -> tests.add(test(name, () -> assertEquals(nullable(value), article.canonicalUrl())));
                case "bodyStartsWith" -> tests.add(test(name, () -> assertTrue(body.startsWith(value.asText()),
                        "body starts: " + head(body))));
                case "bodyEndsWith" -> tests.add(test(name, () -> assertTrue(body.endsWith(value.asText()),
                        "body ends: " + tail(body))));
                case "bodyContains" -> strings(value).forEach(s -> tests.add(test(name + " \"" + head(s) + "\"",
                        () -> assertTrue(body.contains(s), "missing from body"))));
                case "bodyExcludes" -> strings(value).forEach(s -> tests.add(test(name + " \"" + head(s) + "\"",
                        () -> assertFalse(body.contains(s), "present in body"))));
                case "paragraphKinds" -> tests.add(test(name, () -> assertEquals(strings(value),
                        article.paragraphs().stream().map(p -> p.kind().label()).toList())));
                case "commentsContain" -> strings(value).forEach(s -> tests.add(test(name + " \"" + head(s) + "\"",
                        () -> assertTrue(article.comments().stream().anyMatch(c -> c.contains(s)), "not in comments"))));
                case "truncation" -> tests.add(test(name, () -> {
                    if (value.isNull()) {
                        assertNull(article.truncation());
                    } else {
                        assertNotNull(article.truncation(), "no truncation flagged");
                        assertEquals(value.asText(), article.truncation().kind());
                    }
                }));
                default -> tests.add(test(name, () -> {
                    throw new AssertionError("unknown field in expected.json: " + name);
                }));
            }
        });
        return tests;
    }

    private static DynamicTest test(String name, org.junit.jupiter.api.function.Executable check) {
        String page = currentPage;
        return DynamicTest.dynamicTest(name, () -> {
            try {
                check.execute();
            } catch (AssertionError e) {
                throw new AssertionError(page + " / " + name + ": " + e.getMessage(), e);
            }
        });
    }

    private static String nullable(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode v) {
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String head(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static String tail(String s) {
        return s.length() <= 60 ? s : "…" + s.substring(s.length() - 60);
    }
}
