package org.newslens.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newslens.model.Author;

/**
 * Tells people from organisations in bylines (agencies, desks, companies), and strong names from weak ones (user
 * slugs, initials) that a fuller name from another source should replace.
 */
final class AuthorKinds {
    /** News agencies, tagged as organisations and kept apart from people. */
    static final Set<String> AGENCIES = Set.of(
            "afp", "ap", "dpa", "reuters", "ansa", "apa", "sda", "kna", "epd", "efe", "upi", "xinhua", "tass", "pa",
            "associated press", "agence france-presse", "agence france presse", "deutsche presse-agentur",
            "keystone-sda", "sid", "bloomberg", "dts", "dapd", "ddp", "kyodo", "yonhap", "anp", "belga", "ats",
            "ria novosti", "press association", "pap", "ctk", "europa press", "notimex", "lusa", "jiji", "kathpress",
            "erbol", "agencia efe", "agencies", "agenturen");

    /** Words that make a byline an organisation: desks, teams, newsrooms, companies. */
    private static final Pattern ORGANISATION_WORDS = Pattern.compile(
            "(?iu)(?<!\\p{L})(redaktion|redacción|rédaction|redakcja|newsroom|staff|team|desk|editors?|editorial|"
                    + "online|news|agentur|agencia|agency|press|presse|prensa|media|verlag|gmbh|ag|e\\.\\s?v\\.|inc\\.?|"
                    + "ltd\\.?|llc|group|foundation|stiftung|office|bureau|service|pressestelle|magazin|magazine|"
                    + "zeitung|times|post|daily|verband|institut|institute|universität|university)(?!\\p{L})");

    /** Words of a desk or team byline. */
    private static final Pattern DESK_WORDS = Pattern.compile(
            "(?iu)(?<!\\p{L})(redaktion|redacción|rédaction|redakcja|newsroom|newsdesk|staff|team|desk|editors?)(?!\\p{L})");

    /** Initials ("DT") rather than a name. */
    private static final int MAX_INITIALS = 2;

    /** An all-capital single word this short ("AFP", "LN") is an agency or desk code rather than a name. */
    private static final int MAX_CODE = 6;

    private AuthorKinds() {
    }

    /** A desk or team byline: "Redaktion", "Newsdesk", "Staff". */
    static boolean isDesk(String name) {
        return DESK_WORDS.matcher(name).find();
    }

    static boolean isAgency(String name) {
        return AGENCIES.contains(name.toLowerCase(Locale.ROOT));
    }

    static Author.Kind kindOf(String name) {
        if (isAgency(name) || ORGANISATION_WORDS.matcher(name).find()) {
            return Author.Kind.ORGANIZATION;
        }
        boolean code = name.length() <= MAX_CODE && name.equals(name.toUpperCase(Locale.ROOT)) && !name.contains(" ");
        return code ? Author.Kind.ORGANIZATION : Author.Kind.PERSON;
    }

    /**
     * Whether a name is a weak sign of authorship: a user slug ("robert.stitz"), or initials and desk codes ("LN",
     * "DT"); a fuller name from another source should win over it.
     */
    static boolean isWeak(String name) {
        if (isAgency(name)) {
            return false;
        }
        boolean slug = !name.contains(" ") && name.equals(name.toLowerCase(Locale.ROOT)) && name.matches(".*[.\\-_].*");
        return slug || name.length() <= MAX_INITIALS && name.equals(name.toUpperCase(Locale.ROOT));
    }
}
