package org.newslens.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs the taggers' output where English grammar decides: an impersonal "it" is no source ("it was reported by
 * AFP that ...", "It has been posited that ..."); the agent of a passive cue is its source ("recognised as an
 * Iranian spy by US intelligence agents"); a span that opens a bracket also closes it.
 */
final class Frames {
    private Frames() {
    }

    /** Forms of "be" that make a following participle passive ("was reported", "has been posited"). */
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");

    /** Subjects that stand for no one: "it has been said", "there were reports". */
    private static final Set<String> DUMMY_SUBJECTS = Set.of("it", "there");

    /** Words that end the agent's noun phrase after "by". */
    private static final Set<String> AGENT_STOPS = Set.of("that", "who", "which", "as", "to", "in", "on", "at", "when",
            "after", "before", "because", "and", "but", "for", "since", "while", "<q", "q>");

    /** The longest agent phrase taken after "by", in tokens. */
    static final int MAX_AGENT = 8;

    static List<RelationTagger.Tagged> apply(TokenSheet s, List<RelationTagger.Tagged> relations) {
        List<RelationTagger.Tagged> out = new ArrayList<>();
        for (RelationTagger.Tagged r : relations) {
            List<int[]> sources = balanced(s, r.sources());
            List<int[]> contents = wholeQuotations(s, balanced(s, r.contents()), r.cueStart(), r.cueEnd());
            boolean passive = passive(s, r.cueStart(), r.cueEnd());
            if (passive) {
                // The subject of a passive cue is not its source: the agent after "by" is, and the subject is part of
                // what is said ("The delay was first reported by the Gazette"). Without an agent there is no source.
                sources = withoutDummy(s, sources, r.cueStart());
                contents = new ArrayList<>(withoutDummy(s, contents, r.cueStart()));
                int[] agent = agent(s, r.cueEnd());
                if (agent != null) {
                    for (int[] subject : sources) {
                        if (subject[1] <= r.cueStart()) {
                            contents.add(subject);
                        }
                    }
                    sources = List.of(new int[] {agent[0], agent[1]});
                    contents = wholeQuotations(s, cut(contents, agent[0] - 1, agent[1]), r.cueStart(), r.cueEnd());
                } else {
                    sources = List.of();
                }
            }
            contents = withoutRecipient(s, r.cueEnd(), contents);
            contents = withoutTrailingAside(s, r.cueStart(), sources, withoutDanglingLinks(s, contents));
            sources = appositiveComma(s, sources, r.cueStart());
            out.add(new RelationTagger.Tagged(r.cueStart(), r.cueEnd(), sources, contents, r.cueScore()));
        }
        return out;
    }

    /**
     * A source before its cue ends as PolNeAR marks it: a source with an apposition keeps the comma that closes it
     * ("Ann Lee, a lawyer for the firm, said": 851 of 927 such sources in train), a plain one does not ("Ann Lee,
     * who ..."; 428 of 433).
     */
    static List<int[]> appositiveComma(TokenSheet s, List<int[]> sources, int cueStart) {
        if (sources.isEmpty()) {
            return sources;
        }
        int[] last = sources.get(sources.size() - 1);
        if (last[1] > cueStart || last[1] - last[0] < 2) {
            return sources;
        }
        boolean trailing = s.norm[last[1] - 1].equals(",");
        boolean inner = false;
        for (int i = last[0]; i < last[1] - (trailing ? 1 : 0); i++) {
            inner |= s.norm[i].equals(",");
        }
        int end = last[1];
        if (inner && !trailing && end < cueStart && s.norm[end].equals(",")) {
            end++;
        } else if (!inner && trailing) {
            end--;
        }
        if (end == last[1]) {
            return sources;
        }
        List<int[]> out = new ArrayList<>(sources.subList(0, sources.size() - 1));
        out.add(new int[] {last[0], end});
        return out;
    }

    /** A cue ending in a participle: "was reported", "has been posited", or a bare "recognised" after a comma. */
    static boolean passive(TokenSheet s, int cueStart, int cueEnd) {
        int last = cueEnd - 1;
        String w = s.norm[last];
        boolean participle = !s.lemma[last].equals(w) && (w.endsWith("ed") || w.endsWith("en") || w.equals("told")
                || w.equals("said") || w.equals("thought") || w.equals("found") || w.equals("known") || w.equals("seen"));
        if (!participle) {
            return false;
        }
        for (int i = Math.max(0, cueStart - 1); i < last; i++) {
            if (BE_FORMS.contains(s.norm[i]) && s.sentence[i] == s.sentence[last]) {
                return true;
            }
        }
        // "Singleton, recognised as a spy by agents": a participle opening an aside, with "by" close after.
        return cueStart > 0 && s.norm[cueStart - 1].equals(",") && agent(s, cueEnd) != null;
    }

    /**
     * In "“...,” said Robert Hall, a lawyer for the firm", what follows the source describes it; only a new
     * quotation there continues the content ("“...,” she said. “...”"). So when the content comes before the cue
     * and the source after it, a later fragment must open inside a quotation.
     */
    private static List<int[]> withoutTrailingAside(TokenSheet s, int cueStart, List<int[]> sources, List<int[]> contents) {
        if (sources.isEmpty() || sources.get(0)[0] < cueStart || contents.isEmpty() || contents.get(0)[1] > cueStart) {
            return contents;
        }
        int sourceEnd = sources.get(sources.size() - 1)[1];
        List<int[]> out = new ArrayList<>();
        for (int[] c : contents) {
            if (c[0] < sourceEnd || s.quotes.inside[c[0]] >= 0) {
                out.add(c);
            }
        }
        return out;
    }

    /** Verbs that name whom they address before the that-clause: "told MSNBC's “Morning Joe” that ...". */
    private static final Set<String> RECIPIENT_VERBS = Set.of("tell", "inform", "assure", "warn", "remind", "notify",
            "convince", "persuade", "promise", "advise", "brief", "reassure");

    /** The longest recipient looked through for the "that" after it, in tokens. */
    static final int MAX_RECIPIENT = 8;

    /**
     * A content that a recipient-taking cue runs straight into starts at the "that" after the recipient: whom a
     * speaker told is not what was said ("Sanders told [MSNBC's “Morning Joe”] that nobody would question ...").
     */
    static List<int[]> withoutRecipient(TokenSheet s, int cueEnd, List<int[]> contents) {
        if (contents.isEmpty() || !RECIPIENT_VERBS.contains(s.lemma[cueEnd - 1])) {
            return contents;
        }
        int[] first = contents.get(0);
        // Right after the cue, or after a word of the recipient the tagger left out ("told MSNBC['s ...]").
        if (first[0] < cueEnd || first[0] > cueEnd + 1) {
            return contents;
        }
        for (int i = first[0] + 1; i < Math.min(first[1], first[0] + MAX_RECIPIENT); i++) {
            if (s.norm[i].equals(",") || s.norm[i].equals(".")) {
                return contents;
            }
            if (s.norm[i].equals("that") && s.quotes.inside[i] < 0) {
                List<int[]> out = new ArrayList<>(contents);
                out.set(0, new int[] {i, first[1]});
                return out;
            }
        }
        return contents;
    }

    /** Words that link a content to what follows it and say nothing themselves: "... forever, and [a group warned]". */
    private static final Set<String> LINKS = Set.of(",", ";", "and", "but", "or", "nor", "--", "—", "–");

    /** Each content fragment less the linking words and commas it ends with, outside quotation marks. */
    static List<int[]> withoutDanglingLinks(TokenSheet s, List<int[]> contents) {
        List<int[]> out = new ArrayList<>(contents.size());
        for (int[] c : contents) {
            int end = c[1];
            while (end > c[0] + 1 && LINKS.contains(s.norm[end - 1]) && s.quotes.inside[end - 1] < 0) {
                end--;
            }
            out.add(end == c[1] ? c : new int[] {c[0], end});
        }
        return out;
    }

    private static List<int[]> withoutDummy(TokenSheet s, List<int[]> spans, int cueStart) {
        List<int[]> out = new ArrayList<>();
        for (int[] span : spans) {
            boolean dummy = span[1] - span[0] == 1 && DUMMY_SUBJECTS.contains(s.norm[span[0]]) && span[1] <= cueStart;
            if (!dummy) {
                out.add(span);
            }
        }
        return out;
    }

    /** The noun phrase after a "by" within a few words of the cue, as {start, end}, or null. */
    static int[] agent(TokenSheet s, int cueEnd) {
        // The cue may hold the "by" itself: "was first reported by".
        int from = s.norm[cueEnd - 1].equals("by") ? cueEnd - 1 : cueEnd;
        for (int i = from; i < s.n && i < cueEnd + MAX_AGENT && s.sentence[i] == s.sentence[cueEnd - 1]; i++) {
            String w = s.norm[i];
            if (w.equals("by")) {
                int end = i + 1;
                while (end < s.n && end - i <= MAX_AGENT && s.sentence[end] == s.sentence[i]
                        && !AGENT_STOPS.contains(s.norm[end]) && !(s.shape[end].equals("p") && !s.norm[end].equals("(")
                        && !s.norm[end].equals(")") && !s.norm[end].equals("-"))) {
                    end++;
                }
                return end > i + 1 ? new int[] {i + 1, end} : null;
            }
            if (w.equals("that") || s.shape[i].equals("q") || w.equals(".") || w.equals(";")) {
                return null;
            }
        }
        return null;
    }

    /** The spans without the tokens [from, to). */
    private static List<int[]> cut(List<int[]> spans, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (int[] span : spans) {
            if (span[0] < from) {
                out.add(new int[] {span[0], Math.min(span[1], from)});
            }
            if (span[1] > to) {
                out.add(new int[] {Math.max(span[0], to), span[1]});
            }
        }
        return out;
    }

    /**
     * A content fragment that opens or closes a quotation takes all of it: a quotation is quoted whole, also when it
     * runs on into the next paragraphs. Fragments that then overlap merge; the cue itself is never content.
     */
    static List<int[]> wholeQuotations(TokenSheet s, List<int[]> spans, int cueStart, int cueEnd) {
        List<int[]> grown = new ArrayList<>();
        for (int[] span : spans) {
            int a = span[0];
            int b = span[1];
            int qa = s.quotes.inside[a];
            int qb = s.quotes.inside[b - 1];
            if (qa >= 0 && s.quotes.role[a] == QuoteMarks.OPEN) {
                b = Math.max(b, s.quotes.quotations.get(qa).close() + 1);
            }
            if (qb >= 0 && s.quotes.role[b - 1] == QuoteMarks.CLOSE) {
                a = Math.min(a, s.quotes.quotations.get(qb).open());
            }
            if (a < cueEnd && b > cueStart) {
                // Never swallow the cue: keep the side of the fragment the tagger found.
                a = span[0];
                b = span[1];
            }
            grown.add(new int[] {a, b});
        }
        grown.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : grown) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** Extends a span by the closing bracket right after it when it holds an unclosed opening one. */
    private static List<int[]> balanced(TokenSheet s, List<int[]> spans) {
        List<int[]> out = new ArrayList<>();
        for (int[] span : spans) {
            int depth = 0;
            for (int i = span[0]; i < span[1]; i++) {
                depth += s.norm[i].equals("(") ? 1 : s.norm[i].equals(")") ? -1 : 0;
            }
            int end = span[1];
            if (depth > 0 && end < s.n && s.norm[end].equals(")")) {
                end++;
            }
            out.add(new int[] {span[0], end});
        }
        return out;
    }
}
