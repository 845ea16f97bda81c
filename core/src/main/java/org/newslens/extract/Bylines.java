package org.newslens.extract;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.Author;

/**
 * Reads the byline: who wrote the article, as a list of people and organisations. JSON-LD comes first, then the
 * byline printed with the article, then meta tags; comments, sidebars and footers are never read for it. A source
 * that names only the site itself gives way to one that names people.
 */
final class Bylines {
    /** The meta tag that carries a blog's tagline (WordPress writes it so). */
    private static final String TAGLINE = "msapplication-tooltip";

    private Bylines() {
    }

    /** Cleans one byline string into names; see {@link BylineText#parse}. */
    static List<Author> parse(String raw) {
        return BylineText.parse(raw);
    }

    /**
     * Sources in order: the byline marked in the markup (what readers see), JSON-LD, a plain-text byline near the
     * headline, meta tags, a byline line elsewhere in the article ("Text: …", a signature), a licence's attribution.
     * A source naming only the site, a user slug or initials is kept as a fallback, and a later source that gives
     * the same people more fully ("Pamela" → "Pamela Anderson", one of two authors → both) is preferred. With no
     * byline at all, a personal site's owner is taken ({@link SiteOwner}).
     *
     * @param headline the element printing the headline, near which a plain-text byline is looked for
     */
    static List<Author> find(Document doc, JsonLd ld, MetaTags meta, SiteNames site, Element headline) {
        Element body = doc.body() == null ? doc : doc.body();
        Predicate<Author> publisher = a -> isPublisher(a, site);
        Predicate<Author> weak = publisher.or(a -> AuthorKinds.isWeak(a.name()));
        List<Author> json = DeclaredBylines.fromJsonLd(ld);
        List<Author> declared = DeclaredBylines.fromMeta(meta, publisher);
        ArticleLines lines = ArticleLines.of(body, headline);
        Supplier<List<Author>> printed = memoised(() -> PrintedBylines.find(lines));
        Supplier<List<Author>> closing = memoised(() -> ClosingBylines.find(lines));
        List<Supplier<List<Author>>> sources = List.of(() -> MarkedBylines.find(body, headline, weak), () -> json,
                printed, () -> declared, closing);
        List<Author> fallback = List.of();
        for (int i = 0; i < sources.size(); i++) {
            List<Author> authors = sources.get(i).get();
            if (authors.isEmpty()) {
                continue;
            }
            if (authors.stream().allMatch(weak)) {
                if (fallback.isEmpty()) {
                    fallback = authors.stream().allMatch(publisher) ? asOrganisations(authors) : authors;
                }
                continue;
            }
            List<Author> chosen = withoutSite(authors, site);
            if (i == 0) {
                chosen = checked(chosen, json, declared, printed, weak);
            }
            // Only declared sources complete names freely: a plain-text match runs on too easily ("Anna Muster
            // Fotos"). A printed name completes a lone first name if it is shaped like a full name.
            for (List<Author> later : List.of(json, declared)) {
                if (later != authors && extends_(later, chosen)) {
                    chosen = withoutSite(later, site);
                }
            }
            if (chosen.size() == 1 && !chosen.get(0).name().contains(" ")) {
                chosen = completed(chosen.get(0), List.of(printed, closing));
            }
            return chosen;
        }
        // A slug or initials are a last resort: the name they stand for, or the site's owner, is better.
        if (fallback.size() == 1 && AuthorKinds.isWeak(fallback.get(0).name())) {
            List<Author> expanded = ClosingBylines.expand(fallback.get(0).name(), lines);
            if (!expanded.isEmpty()) {
                return expanded;
            }
        }
        if (fallback.isEmpty() || fallback.stream().noneMatch(publisher)) {
            List<Author> owner = SiteOwner.find(doc, site, siteNamesOf(doc, meta), meta.first(TAGLINE));
            if (!owner.isEmpty()) {
                return owner;
            }
        }
        return fallback;
    }

    /** Names a site goes by, for telling a personal site: its declared names and the parts of its title. */
    private static List<String> siteNamesOf(Document doc, MetaTags meta) {
        List<String> names = new java.util.ArrayList<>();
        for (String key : new String[] {"og:site_name", "application-name", TAGLINE}) {
            names.add(meta.first(key));
        }
        names.addAll(List.of(TitleText.SEPARATOR.split(doc.title())));
        return names;
    }

    /**
     * The marked byline, unless the other sources agree on someone it does not name: two declared sources, or the
     * printed byline with one of them, outvote a credit line or a category list in an "author" slot.
     */
    private static List<Author> checked(List<Author> marked, List<Author> json, List<Author> declared,
            Supplier<List<Author>> printed, Predicate<Author> weak) {
        if (interleaves(marked, json)) {
            return json;
        }
        if (overlaps(json, marked) || overlaps(declared, marked)) {
            return marked;
        }
        boolean jsonNamesSomeone = !json.isEmpty() && !json.stream().allMatch(weak);
        if (jsonNamesSomeone && overlaps(declared, json)) {
            return json;
        }
        boolean declaredNamesSomeone = !declared.isEmpty() && !declared.stream().allMatch(weak);
        // The printed byline is read only when there is someone it could side with.
        if (!jsonNamesSomeone && !declaredNamesSomeone || overlaps(printed.get(), marked)) {
            return marked;
        }
        if (jsonNamesSomeone && overlaps(printed.get(), json)) {
            return json;
        }
        return declaredNamesSomeone && overlaps(printed.get(), declared) ? printed.get() : marked;
    }

    /** A lone first name ("Todd") completed by a full name printed with the article ("By Todd Bates"). */
    private static List<Author> completed(Author first, List<Supplier<List<Author>>> printedSources) {
        for (Supplier<List<Author>> source : printedSources) {
            for (Author a : source.get()) {
                if (a.name().startsWith(first.name() + " ") && ClosingBylines.isFullName(a.name())) {
                    return List.of(a);
                }
            }
        }
        return List.of(first);
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    /** The site itself named as author; a desk of it ("Redaktion Polizeiticker") is a real byline. */
    private static boolean isPublisher(Author a, SiteNames site) {
        return (site.resembles(a.name()) || a.kind() == Author.Kind.ORGANIZATION && site.contains(a.name()))
                && !AuthorKinds.isDesk(a.name());
    }

    private static boolean overlaps(List<Author> a, List<Author> b) {
        for (Author x : a) {
            for (Author y : b) {
                if (x.name().equalsIgnoreCase(y.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a printed byline holds all the declared names with other parts between them: roles and affiliations
     * ("A, Staff Attorney, ACLU & B, Director"), which a list of co-authors would not interleave.
     */
    private static boolean interleaves(List<Author> printed, List<Author> declared) {
        if (declared.size() < 2 || printed.size() <= declared.size()) {
            return false;
        }
        int last = -1;
        for (Author d : declared) {
            int at = -1;
            for (int j = 0; j < printed.size(); j++) {
                if (printed.get(j).name().equalsIgnoreCase(d.name())) {
                    at = j;
                }
            }
            if (at < 0) {
                return false;
            }
            last = Math.max(last, at);
        }
        return last >= declared.size();
    }

    /** Whether {@code fuller} names everyone in {@code names}, at least one of them more fully or more people. */
    private static boolean extends_(List<Author> fuller, List<Author> names) {
        if (fuller.size() < names.size()) {
            return false;
        }
        boolean more = fuller.stream().filter(a -> !AuthorKinds.isWeak(a.name())).count() > names.size();
        for (Author a : names) {
            String n = a.name().toLowerCase(Locale.ROOT);
            boolean found = false;
            for (Author b : fuller) {
                String m = b.name().toLowerCase(Locale.ROOT);
                // Same words, or the same name printed with a stray space ("Will Knigh t").
                if (m.equals(n) || m.startsWith(n + " ") || m.contains(" ") && m.replace(" ", "").equals(n.replace(" ", ""))) {
                    found = true;
                    more |= !m.equals(n);
                }
            }
            if (!found) {
                return false;
            }
        }
        return more;
    }

    private static List<Author> asOrganisations(List<Author> authors) {
        return authors.stream().map(a -> new Author(a.name(), Author.Kind.ORGANIZATION)).toList();
    }

    /** Drops the site's own name from a byline that also names people ("Rob Picheta, CNN"). */
    private static List<Author> withoutSite(List<Author> authors, SiteNames site) {
        List<Author> kept = authors.stream().filter(a -> !site.resembles(a.name())).toList();
        return kept.isEmpty() ? authors : kept;
    }
}
