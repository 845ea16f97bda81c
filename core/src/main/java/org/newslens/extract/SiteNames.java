package org.newslens.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The names a site goes by, to tell its name from a headline in headings and in {@code <title>}. */
final class SiteNames {
    /** A name this short spelled in letters only ("ap", "ft") matches too many words to be a sign. */
    private static final int MIN_LETTERS = 3;

    /** A title ends in a short name when its last part has at most this many words ("Headline – The Courier"). */
    private static final int MAX_TRAILING_NAME_WORDS = 4;

    /** A title starts with a name when its first part has at most this many words ("Courier | Headline"). */
    private static final int MAX_LEADING_NAME_WORDS = 3;

    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*(?:[|·•»«:/–—-]|::|-{2}|│)\\s*$");

    /** Shorter names than this are too likely to occur inside unrelated names. */
    private static final int MIN_RESEMBLING = 5;

    /** A name contained in a site name must be this long, or it matches by chance ("post" in "hannoverschepost"). */
    private static final int MIN_CONTAINED = 8;

    private final Set<String> keys;
    private final String hostLabel;

    private SiteNames(Set<String> keys, String hostLabel) {
        this.keys = keys;
        this.hostLabel = hostLabel;
    }

    /** Declared site names and the host name's main label, as comparison keys. */
    static SiteNames of(String url, String... names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                keys.add(TitleText.key(n));
                addLetters(keys, n);
            }
        }
        String host = host(url);
        String label = null;
        if (host != null) {
            addLetters(keys, host);
            String[] labels = host.split("\\.");
            if (labels.length >= 2) {
                label = TitleText.letters(labels[labels.length - 2]);
                addLetters(keys, labels[labels.length - 2]);
            }
            // A blog on a hosting service is named by its first label: "anna-muster.blogspot.com".
            if (labels.length >= 3) {
                String first = TitleText.letters(labels[0]);
                label = first.length() > (label == null ? 0 : label.length()) ? first : label;
            }
        }
        return new SiteNames(keys, label);
    }

    private static void addLetters(Set<String> keys, String name) {
        String l = TitleText.letters(name);
        // Names in scripts without Latin letters have no letter key; an empty key would match every such heading.
        if (l.length() >= MIN_LETTERS) {
            keys.add(l);
        }
    }

    boolean matches(String text) {
        String l = TitleText.letters(text);
        return keys.contains(TitleText.key(text)) || l.length() >= MIN_LETTERS && keys.contains(l);
    }

    /**
     * Whether a name is the site's or a variant of it: "OÖ Volksblatt" on volksblatt.at, "finanztreff.de". Looser
     * than {@link #matches}, for telling a publisher from a person in a byline.
     */
    boolean resembles(String name) {
        if (matches(name)) {
            return true;
        }
        String l = TitleText.letters(name);
        if (l.length() < MIN_RESEMBLING) {
            return false;
        }
        for (String key : keys) {
            // "Anna" on anna-muster.de is a person; "OÖ Volksblatt" on volksblatt.at is the site.
            if (key.length() >= MIN_RESEMBLING && l.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name is part of one of the site's names: "Harbour Foundation e.V." in "HF - Harbour Foundation
     * e.V.". Only for names already known to be organisations: a person's name is often part of a blog's.
     */
    boolean contains(String name) {
        String l = TitleText.letters(name);
        if (l.length() < MIN_CONTAINED) {
            return false;
        }
        for (String key : keys) {
            if (key.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name, spelled in letters only, is the site's address: "Anna Muster" on anna-muster.de. */
    boolean isHost(String name) {
        return hostLabel != null && hostLabel.length() >= MIN_RESEMBLING && hostLabel.equals(TitleText.letters(name));
    }

    /** "Headline | Site" → "Headline": drops the parts that name the site, or failing that a short trailing part. */
    String strip(String title) {
        String t = Whitespace.flatten(title);
        String[] parts = TitleText.SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!matches(part)) {
                kept.add(part);
            }
        }
        if (!kept.isEmpty() && kept.size() < parts.length) {
            return Whitespace.flatten(t.substring(t.indexOf(kept.get(0)),
                    t.lastIndexOf(kept.get(kept.size() - 1)) + kept.get(kept.size() - 1).length()));
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (last.length() < first.length() && last.split("\\s+").length <= MAX_TRAILING_NAME_WORDS) {
            return Whitespace.flatten(TRAILING_SEPARATOR.matcher(t.substring(0, t.lastIndexOf(last))).replaceAll(""));
        }
        if (first.length() < last.length() && first.split("\\s+").length <= MAX_LEADING_NAME_WORDS
                && parts.length == 2) {
            return last;
        }
        return t;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
