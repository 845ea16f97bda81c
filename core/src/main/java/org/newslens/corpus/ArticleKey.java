package org.newslens.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an article is in the corpus. Its id comes from its address when it has one (so a page indexed again replaces
 * itself), else from its text (so the same text indexed again does too). Its content hash lets the same text reached
 * at another address of the same site replace the earlier copy, while the same text on another site stays: that is
 * syndication, for reuse detection to find.
 *
 * @param id 16 hex digits
 * @param url the address as normalised for comparison, or null
 * @param site the host without {@code www.} (else the publication's name, lower-cased), or null
 * @param contentHash SHA-256 of the body with whitespace runs collapsed, 32 hex digits
 */
public record ArticleKey(String id, String url, String site, String contentHash) {
    /** Query parameters that track a visit rather than name a page (campaign tags, click ids). */
    private static final Pattern TRACKING = Pattern.compile("(?i)utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ocid|cmpid|ref_src");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The Internet Archive's address of an archived page: /web/TIMESTAMP[flags]/ORIGINAL. */
    private static final Pattern WAYBACK = Pattern.compile(
            "(?i)https?://(?:www\\.)?web\\.archive\\.org/web/\\d+[a-z_]*/(https?://.+)");

    /**
     * The key of an article.
     *
     * @param url the page address, or null
     * @param siteName the publication's name, used as the site when there is no address; may be null
     * @param text the body
     */
    public static ArticleKey of(String url, String siteName, String text) {
        String normal = normaliseUrl(url);
        String contentHash = sha256(SPACES.matcher(text.strip()).replaceAll(" ")).substring(0, 32);
        String site = host(normal);
        if (site == null && siteName != null && !siteName.isBlank()) {
            site = siteName.strip().toLowerCase(Locale.ROOT);
        }
        String id = sha256(normal != null ? "url:" + normal : "text:" + contentHash).substring(0, 16);
        return new ArticleKey(id, normal, site, contentHash);
    }

    /**
     * The address as compared: scheme and host lower-cased, {@code www.}, default port, fragment, tracking
     * parameters and a trailing slash on the path dropped; a Wayback Machine address becomes the address it archives. Null for null, blank or unparseable addresses that have no scheme.
     */
    static String normaliseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Matcher archived = WAYBACK.matcher(url.strip());
        if (archived.matches()) {
            // An archived copy names the page it archives: the same article as the live one.
            url = archived.group(1);
        }
        try {
            URI u = new URI(url.strip().replace(" ", "%20"));
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                return null;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? u.getRawAuthority().toLowerCase(Locale.ROOT)
                    : u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = u.getPort();
            boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringBuilder out = new StringBuilder(scheme).append("://").append(host);
            if (!defaultPort) {
                out.append(':').append(port);
            }
            out.append(path);
            String query = keptQuery(u.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String keptQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : raw.split("&")) {
            String name = part.split("=", 2)[0];
            if (!part.isEmpty() && !TRACKING.matcher(name).matches()) {
                kept.add(part);
            }
        }
        return String.join("&", kept);
    }

    /** The host of a normalised address (already without {@code www.}), or null. */
    static String host(String normalisedUrl) {
        if (normalisedUrl == null) {
            return null;
        }
        String rest = normalisedUrl.substring(normalisedUrl.indexOf("://") + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', ':'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return rest.substring(0, end);
    }

    static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
