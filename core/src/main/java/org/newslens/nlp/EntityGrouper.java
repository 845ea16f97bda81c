package org.newslens.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.model.Entity;
import org.newslens.model.Span;

/**
 * Groups mentions into the entities an article talks about, the way a reader links names: the same name again;
 * a surname after a full name ("Rouhani" after "Hassan Rouhani"), or a full name after a surname; an acronym after
 * the name it abbreviates ("AFP" after "Agence France-Presse"), including one the article defines in brackets.
 * An entity's name is its fullest form; its type is the type most of its mentions have.
 */
final class EntityGrouper {
    /** Words left out of acronyms: "Organization of the Petroleum Exporting Countries" is OPEC. */
    private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "for", "and", "de", "des", "du", "la", "le",
            "on", "in", "&");

    /** An acronym: two to seven capitals, optionally with dots or a digit ("G7", "U.N."). */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9.&-]{1,9}");

    /** A bracketed acronym right after a name: "Agence France-Presse (AFP)". */
    private static final Pattern BRACKETED = Pattern.compile("\\A\\s*[(\\[]\\s*([A-Z][A-Za-z0-9.&-]{1,9})\\s*[)\\]]");

    private EntityGrouper() {
    }

    /** A growing entity while mentions are read. */
    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Map<Entity.Type, Integer> types = new HashMap<>();

        void add(Mention m, String form) {
            mentions.add(m);
            forms.merge(form, 1, Integer::sum);
            types.merge(m.type(), 1, Integer::sum);
        }

        String name() {
            String best = null;
            for (String form : forms.keySet()) {
                if (best == null || words(form).length > words(best).length
                        || words(form).length == words(best).length && form.length() > best.length()) {
                    best = form;
                }
            }
            return best;
        }

        Entity.Type type() {
            Entity.Type most = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            // People are not abbreviated: a "person" known by an acronym ("Agence France-Presse (AFP)") is an organisation.
            if (most == Entity.Type.PERSON && forms.keySet().stream().anyMatch(f -> ACRONYM.matcher(f).matches())) {
                return Entity.Type.ORGANIZATION;
            }
            return most;
        }

        boolean isPerson() {
            return type() == Entity.Type.PERSON;
        }
    }

    static List<Entity> group(String text, List<Mention> mentions) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byForm = new HashMap<>();
        for (Mention m : mentions) {
            String form = normalise(m.text());
            if (form.isEmpty()) {
                continue;
            }
            Group g = byForm.get(form);
            if (g == null) {
                g = match(form, m, groups);
            }
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.add(m, form);
            byForm.put(form, g);
            // An acronym defined in brackets right after the name belongs to it, initials or not.
            Matcher bracket = BRACKETED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
            if (bracket.find() && ACRONYM.matcher(bracket.group(1)).matches()) {
                byForm.putIfAbsent(bracket.group(1), g);
            }
        }
        List<Entity> entities = new ArrayList<>();
        int id = 1;
        for (Group g : groups) {
            String name = g.name();
            List<String> aliases = new ArrayList<>();
            for (String form : g.forms.keySet()) {
                if (!form.equals(name)) {
                    aliases.add(form);
                }
            }
            List<Span> spans = new ArrayList<>();
            for (Mention m : g.mentions) {
                spans.add(new Span(m.start(), m.end()));
            }
            entities.add(new Entity("e" + id++, g.type(), name, aliases, spans));
        }
        return entities;
    }

    /** The earlier entity a new form refers to, or null; the most recent wins when several could. */
    private static Group match(String form, Mention m, List<Group> groups) {
        String[] words = words(form);
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            for (String known : g.forms.keySet()) {
                String[] knownWords = words(known);
                boolean person = m.type() == org.newslens.model.Entity.Type.PERSON && g.isPerson();
                // "Rouhani" after "Hassan Rouhani", or "Hassan Rouhani" after "Rouhani".
                if (person && words.length == 1 && knownWords.length > 1
                        && (words[0].equals(knownWords[knownWords.length - 1]) || words[0].equals(knownWords[0]))) {
                    return g;
                }
                if (person && knownWords.length == 1 && words.length > 1
                        && knownWords[0].equals(words[words.length - 1])) {
                    return g;
                }
                // "AFP" after "Agence France-Presse", or the other way round.
                if (ACRONYM.matcher(form).matches() && initials(known).equals(stripDots(form))
                        || ACRONYM.matcher(known).matches() && initials(form).equals(stripDots(known))) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The initials of a multi-word name, split at spaces and hyphens, skipping function words. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        String[] parts = name.split("[\\s-]+");
        if (parts.length < 2) {
            return "";
        }
        for (String part : parts) {
            if (!part.isEmpty() && !ACRONYM_SKIP.contains(part.toLowerCase(Locale.ROOT))) {
                sb.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return sb.toString();
    }

    private static String stripDots(String s) {
        return s.replace(".", "");
    }

    /** The form a mention is grouped by: a leading article and a trailing possessive dropped, spaces collapsed. */
    static String normalise(String mention) {
        String s = mention.strip().replaceAll("\\s+", " ");
        s = s.replaceFirst("^(?i)the ", "");
        s = s.replaceFirst("['’]s?$", "");
        return s.strip();
    }

    private static String[] words(String form) {
        return form.split(" ");
    }
}
