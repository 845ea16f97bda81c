package org.newslens.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks over a token sequence: straight ("...", ''...'') and curly (“...”) double marks, « », „...“,
 * and single marks (‘...’, ‚...‘, '...') outside double ones. A quotation may run over several paragraphs when every
 * continued paragraph reopens it and only the last closes it, the usual convention in English news. Marks that find
 * no partner are strays and quote nothing: unbalanced input never makes the rest of the text a quotation.
 */
final class QuoteMarks {
    /** No quotation mark. */
    static final byte NONE = 0;
    /** Opens a quotation (or reopens it at the start of a continued paragraph). */
    static final byte OPEN = 1;
    /** Closes a quotation. */
    static final byte CLOSE = 2;
    /** A mark with no partner. */
    static final byte STRAY = 3;

    /** A quotation from its opening to its closing mark, both token indices inclusive. */
    record Quotation(int open, int close, boolean single) {
    }

    private enum Mark { DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER, LOW_DOUBLE_OPEN, SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER }

    final List<Quotation> quotations;
    /** Per token: {@link #NONE}, {@link #OPEN}, {@link #CLOSE} or {@link #STRAY}. */
    final byte[] role;
    /** Per token: the index of the quotation covering it (marks included), or -1. */
    final int[] inside;

    private QuoteMarks(List<Quotation> quotations, byte[] role, int[] inside) {
        this.quotations = quotations;
        this.role = role;
        this.inside = inside;
    }

    static QuoteMarks find(String text, int[] start, int[] end, int[] paragraph) {
        int n = start.length;
        Mark[] marks = new Mark[n];
        for (int i = 0; i < n; i++) {
            marks[i] = markOf(text, start[i], end[i]);
        }
        byte[] role = new byte[n];
        List<Quotation> found = new ArrayList<>();
        pairDoubles(text, start, end, paragraph, marks, role, found);
        pairSingles(text, start, end, paragraph, marks, role, found);
        found.sort((a, b) -> Integer.compare(a.open(), b.open()));
        int[] inside = new int[n];
        java.util.Arrays.fill(inside, -1);
        for (int q = 0; q < found.size(); q++) {
            for (int i = found.get(q).open(); i <= found.get(q).close(); i++) {
                inside[i] = q;
            }
        }
        return new QuoteMarks(List.copyOf(found), role, inside);
    }

    /** The quotations lying wholly within tokens [from, to), in order. */
    List<Quotation> within(int from, int to) {
        int lo = 0;
        int hi = quotations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotations.get(mid).open() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Quotation> out = new ArrayList<>();
        for (int q = lo; q < quotations.size() && quotations.get(q).open() < to; q++) {
            if (quotations.get(q).close() < to) {
                out.add(quotations.get(q));
            }
        }
        return out;
    }

    private static void pairDoubles(String text, int[] start, int[] end, int[] paragraph, Mark[] marks, byte[] role,
            List<Quotation> found) {
        int open = -1;
        List<Integer> reopened = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            boolean firstOfParagraph = i == 0 || paragraph[i] != paragraph[i - 1];
            Mark m = marks[i];
            boolean opening = m != null && opens(m, text, start[i], end[i], open >= 0, open >= 0 ? marks[open] : null);
            if (firstOfParagraph && open >= 0 && paragraph[i] != paragraph[open]) {
                if (m != null && opening && isDouble(m)) {
                    // The paragraph reopens the quotation: it continues.
                    reopened.add(i);
                    continue;
                }
                role[open] = STRAY;
                reopened.clear();
                open = -1;
            }
            if (m == null || !isDouble(m)) {
                continue;
            }
            if (opening) {
                if (open >= 0) {
                    role[open] = STRAY;
                    reopened.clear();
                }
                open = i;
                role[i] = OPEN;
            } else if (open >= 0) {
                role[i] = CLOSE;
                for (int r : reopened) {
                    role[r] = OPEN;
                }
                reopened.clear();
                found.add(new Quotation(open, i, false));
                open = -1;
            } else {
                role[i] = STRAY;
            }
        }
        if (open >= 0) {
            role[open] = STRAY;
        }
    }

    /** Single marks quote only outside double quotations and within one paragraph. */
    private static void pairSingles(String text, int[] start, int[] end, int[] paragraph, Mark[] marks, byte[] role,
            List<Quotation> found) {
        boolean[] covered = new boolean[marks.length];
        for (Quotation q : found) {
            for (int i = q.open(); i <= q.close(); i++) {
                covered[i] = true;
            }
        }
        int open = -1;
        for (int i = 0; i < marks.length; i++) {
            if (open >= 0 && paragraph[i] != paragraph[open]) {
                open = -1;
            }
            Mark m = marks[i];
            if (m == null || isDouble(m) || covered[i]) {
                continue;
            }
            boolean before = spaceBefore(text, start[i]);
            boolean after = spaceAfter(text, end[i]);
            if (open < 0) {
                if ((m == Mark.SINGLE_OPEN || m == Mark.SINGLE_EITHER) && before && !after
                        && end[i] < text.length() && Character.isLetterOrDigit(text.charAt(end[i]))) {
                    open = i;
                }
            } else if ((m == Mark.SINGLE_CLOSE || m == Mark.SINGLE_EITHER) && !before && after) {
                role[open] = OPEN;
                role[i] = CLOSE;
                found.add(new Quotation(open, i, true));
                open = -1;
            }
        }
    }

    private static boolean isDouble(Mark m) {
        return m == Mark.DOUBLE_OPEN || m == Mark.DOUBLE_CLOSE || m == Mark.DOUBLE_EITHER || m == Mark.LOW_DOUBLE_OPEN;
    }

    /** Whether a double mark opens, given what is open: direction marks decide, straight marks read the spacing. */
    private static boolean opens(Mark m, String text, int start, int end, boolean isOpen, Mark openMark) {
        if (!isDouble(m)) {
            return false;
        }
        boolean before = spaceBefore(text, start);
        boolean after = spaceAfter(text, end);
        return switch (m) {
            case LOW_DOUBLE_OPEN -> true;
            // „...“ and »...«: after a low or a reversed opening mark, “ or « closes.
            case DOUBLE_OPEN -> !(isOpen && (openMark == Mark.LOW_DOUBLE_OPEN
                    || openMark == Mark.DOUBLE_CLOSE && !before && after));
            // ” opening a quotation happens in Swedish and in typos: only with nothing open and text glued after it.
            case DOUBLE_CLOSE -> !isOpen && before && !after;
            default -> before && !after || !(after && !before) && !isOpen;
        };
    }

    private static Mark markOf(String text, int start, int end) {
        String t = text.substring(start, Math.min(end, start + 3));
        if (end - start > 2) {
            return null;
        }
        return switch (t) {
            case "“", "«", "``" -> Mark.DOUBLE_OPEN;
            case "„" -> Mark.LOW_DOUBLE_OPEN;
            case "”", "»" -> Mark.DOUBLE_CLOSE;
            case "\"", "''" -> Mark.DOUBLE_EITHER;
            case "‘", "‚", "‹", "`" -> Mark.SINGLE_OPEN;
            case "’", "›" -> Mark.SINGLE_CLOSE;
            case "'" -> Mark.SINGLE_EITHER;
            default -> null;
        };
    }

    /** Start of text, white space or an opening bracket or dash before the mark. */
    static boolean spaceBefore(String text, int start) {
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "([{—–-/".indexOf(c) >= 0;
    }

    /** End of text, white space or closing punctuation after the mark. */
    static boolean spaceAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ".,;:!?)]}—–-…".indexOf(c) >= 0;
    }
}
