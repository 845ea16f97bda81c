package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newslens.model.Author;

class ClosingBylinesTest {
    private static final String PROSE = "Der Hafen bleibt bis zum Frühjahr geschlossen, sagte die Verwaltung am Montag."
            + " Die Fähren fahren so lange von der Nachbarinsel aus, und wer zur Arbeit pendelt, braucht eine halbe"
            + " Stunde mehr als sonst. Die Gemeinde prüft einen Bus vom Anleger.";

    private static List<String> find(String html) {
        Document doc = HtmlParser.parse(html, null);
        ArticleLines lines = ArticleLines.of(doc.body(), doc.selectFirst("h1"));
        return ClosingBylines.find(lines).stream().map(Author::name).toList();
    }

    @Test
    void labelledLineAfterTheText() {
        assertEquals(List.of("Anna Muster"), find("<h1>Hafen</h1><p>" + PROSE + "</p><p><b>Text:</b> Anna Muster</p>"
                + "<p><b>Fotos:</b> Ben Beispiel</p>"));
    }

    @Test
    void labelledLineInsideAParagraphAfterABreak() {
        assertEquals(List.of("Anna Muster"), find("<h1>Hafen</h1><p>" + PROSE + "<br>Text: Anna Muster</p>"));
    }

    @Test
    void roleAfterTheNameIsDropped() {
        assertEquals(List.of("Anna Muster"),
                find("<h1>Hafen</h1><p>" + PROSE + "</p><p>Autorin: Anna Muster, Projektleiterin der Stiftung in Kiel.</p>"));
    }

    @Test
    void twoAuthorsWithoutAColon() {
        assertEquals(List.of("Anna Muster", "Ben Beispiel"),
                find("<h1>Hafen</h1><p>" + PROSE + "</p><p>Autoren Anna Muster und Ben Beispiel</p>"));
    }

    @Test
    void labelOnItsOwnLineNamesTheAuthorOnTheNext() {
        assertEquals(List.of("Anna Muster"),
                find("<h1>Hafen</h1><div><h4>Autor</h4><p><a href='/profil/am'>Anna Muster</a></p></div><p>" + PROSE));
    }

    @Test
    void aCaptionAfterTextLabelIsNoByline() {
        assertEquals(List.of(), find("<h1>Hafen</h1><p>" + PROSE + "</p><p>Text: Mein Motto: Fazit, Pläne</p>"));
    }

    @Test
    void sourceIsAnAuthorOnlyWhenAnAgency() {
        assertEquals(List.of("dpa"), find("<h1>Hafen</h1><p>" + PROSE + "</p><p>Quelle: dpa</p>"));
        assertEquals(List.of(), find("<h1>Hafen</h1><p>" + PROSE + "</p><p>Quelle: Statistisches Amt</p>"));
    }

    @Test
    void commentsAreNotRead() {
        assertEquals(List.of(), find("<h1>Hafen</h1><p>" + PROSE + "</p><div class='comments'><p>Von Ben Beispiel</p></div>"));
    }

    @Test
    void nameInItalicsUnderTheTextSignsIt() {
        assertEquals(List.of("Anna Muster"), find("<h1>Hafen</h1><p>" + PROSE + "</p><p><i>Anna Muster</i></p>"
                + "<p>Newsletter</p>"));
    }

    @Test
    void subheadingInItalicsOverAParagraphIsNoSignature() {
        assertEquals(List.of(), find("<h1>Hafen</h1><p>" + PROSE + "</p><p><i>Neue Fahrpläne</i></p><p>" + PROSE));
    }

    @Test
    void chineseEditorLine() {
        assertEquals(List.of("王明"), find("<h1>Hafen</h1><p>" + PROSE + "</p><span>责任编辑： 王明 </span>"));
    }
}
