package org.newslens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArticleKeyTest {
    @Test
    void addressesAreComparedWithoutCaseWwwPortsFragmentsTrackingOrATrailingSlash() {
        assertEquals("https://news.example/a/b?id=7",
                ArticleKey.normaliseUrl("HTTPS://WWW.News.Example:443/a/b/?utm_source=x&id=7&fbclid=abc#comments"));
        assertEquals("http://news.example:8080/a", ArticleKey.normaliseUrl("http://news.example:8080/a"));
        assertEquals("https://news.example/A", ArticleKey.normaliseUrl("https://news.example/A"));
        assertEquals("https://news.example", ArticleKey.normaliseUrl("https://news.example/"));
    }

    @Test
    void anArchivedCopyIsTheArticleItArchives() {
        assertEquals("https://news.example/2019/story",
                ArticleKey.normaliseUrl("https://web.archive.org/web/20190405120000/https://www.news.example/2019/story"));
        assertEquals("http://news.example/s",
                ArticleKey.normaliseUrl("http://web.archive.org/web/20190405120000id_/http://news.example/s"));
    }

    @Test
    void addressesThatAreNotAbsoluteAreNone() {
        assertNull(ArticleKey.normaliseUrl(null));
        assertNull(ArticleKey.normaliseUrl("  "));
        assertNull(ArticleKey.normaliseUrl("/relative/path"));
        assertNull(ArticleKey.normaliseUrl("hard::news.example.story.html"));
    }

    @Test
    void theIdFollowsTheAddressWhenThereIsOneElseTheText() {
        ArticleKey a = ArticleKey.of("https://www.news.example/x?utm_medium=rss", null, "Some text.");
        ArticleKey b = ArticleKey.of("https://news.example/x", null, "Other text.");
        assertEquals(a.id(), b.id());
        assertEquals("news.example", a.site());
        assertNotEquals(a.contentHash(), b.contentHash());
        ArticleKey t1 = ArticleKey.of(null, null, "Some  text.\n");
        ArticleKey t2 = ArticleKey.of(null, "Valley Times", "Some text.");
        assertEquals(t1.id(), t2.id());
        assertEquals(a.contentHash(), t1.contentHash());
        assertNull(t1.site());
        assertEquals("valley times", t2.site());
        assertEquals(16, a.id().length());
    }

    @Test
    void aCanonicalAddressWithoutAPathIsNotTrusted() {
        assertEquals(ArticleKey.of(null, null, "Body.").id(), Corpus.keyOf(null, "https://news.example/", null, "Body.").id());
        assertEquals(ArticleKey.of("https://news.example/story", null, "Body.").id(),
                Corpus.keyOf(null, "https://news.example/story", null, "Body.").id());
        assertEquals(ArticleKey.of("https://news.example/a", null, "Body.").id(),
                Corpus.keyOf("https://news.example/a", "https://news.example/b", null, "Body.").id());
    }
}
