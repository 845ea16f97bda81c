package org.newslens.rhetoric;

import java.util.List;

/**
 * Hand-written word lists, ours, grouped by purpose. Each becomes a lexicon flag the models can weigh and a reader
 * can recognise in a reason. Entries are lower case; several words make a phrase. Changing a list changes the
 * features: retrain with {@code newslens train techniques}.
 */
final class Cues {
    private Cues() {
    }

    /** A named list and the flag it sets. */
    record CueList(int flag, String name, String reason, List<String> entries) {
    }

    /** Raise degree or certainty: the writer leaves no room for doubt (cf. Hyland 2005 on boosters). */
    static final CueList BOOSTERS = new CueList(Lexicon.BOOSTER, "booster", "raises certainty or degree", List.of(
            "clearly", "obviously", "of course", "certainly", "undoubtedly", "undeniably", "definitely", "absolutely",
            "totally", "completely", "utterly", "entirely", "extremely", "incredibly", "truly", "surely", "indeed",
            "in fact", "no doubt", "without doubt", "without a doubt", "beyond doubt", "unquestionably", "very",
            "really", "highly", "deeply", "plainly", "evidently", "literally", "wholly", "always", "never",
            "everyone knows", "it is clear", "there is no question", "needless to say", "so much", "far more",
            "by far", "at all", "whatsoever", "even", "most", "massively", "hugely", "enormously", "tremendously"));

    /** Soften commitment (a short list in the spirit of Hyland 2005; not copied from it). */
    static final CueList HEDGES = new CueList(Lexicon.HEDGE, "hedge", "softens commitment", List.of(
            "perhaps", "maybe", "possibly", "possible", "might", "apparently", "allegedly", "seemingly", "seems",
            "seem", "seemed", "appears", "appear", "appeared", "likely", "unlikely", "probably", "presumably",
            "supposedly", "reportedly", "arguably", "somewhat", "rather", "fairly", "relatively", "roughly",
            "approximately", "around", "about", "suggests", "suggest", "suggested", "it is thought",
            "it is believed", "is said to", "are said to", "in some ways", "to some extent", "more or less",
            "sort of", "kind of", "tend to", "tends to", "could", "may", "would", "unclear", "uncertain"));

    /** Quantities with no number: size asserted without a count. */
    static final CueList VAGUE_QUANTITIES = new CueList(Lexicon.VAGUE_QUANTITY, "vague quantity",
            "a quantity without a number", List.of(
            "many", "numerous", "countless", "several", "a lot of", "lots of", "plenty of", "a number of",
            "a growing number of", "a host of", "scores of", "dozens of", "hundreds of", "thousands of",
            "millions of", "billions of", "most", "the majority of", "a majority of", "few", "a few", "a handful of",
            "some", "various", "untold", "innumerable", "a great deal of", "much of", "a wave of", "a flood of"));

    /** Authorities invoked, often unnamed: "experts say", "studies show". */
    static final CueList AUTHORITY = new CueList(Lexicon.CUE_AUTHORITY, "authority",
            "invokes an authority", List.of(
            "expert", "experts", "scientist", "scientists", "study", "studies", "research", "researchers",
            "professor", "doctors", "scholars", "analysts", "according to", "studies show", "research shows",
            "science", "specialists", "authorities", "officials", "insiders", "sources say", "it is known"));

    /** Danger and threat: words that raise alarm. */
    static final CueList FEAR = new CueList(Lexicon.CUE_FEAR, "fear", "raises alarm", List.of(
            "threat", "threats", "threaten", "threatens", "danger", "dangerous", "destroy", "destroyed",
            "destruction", "kill", "killed", "killing", "terror", "terrorist", "terrorists", "crisis", "invasion",
            "invade", "die", "death", "deadly", "risk", "catastrophe", "catastrophic", "disaster", "collapse",
            "chaos", "war", "attack", "attacks", "violent", "violence", "fear", "afraid", "panic", "enslave",
            "wipe out", "doom", "nightmare", "menace", "genocide", "extinction", "epidemic", "plague", "horror"));

    /** Group pride and identity. */
    static final CueList FLAG = new CueList(Lexicon.CUE_FLAG, "flag", "appeals to group pride or identity", List.of(
            "nation", "national", "nations", "country", "patriot", "patriots", "patriotic", "patriotism", "flag",
            "our country", "our nation", "our people", "our values", "homeland", "fatherland", "motherland",
            "freedom", "liberty", "heritage", "sovereignty", "citizens", "people", "americans", "american",
            "british", "great again", "we the people", "our", "we", "us", "proud", "pride", "god bless", "heroes",
            "brave", "sacred", "founding fathers", "constitution", "way of life", "civilization", "western"));

    /** Single causes: "because", "leads to". */
    static final CueList CAUSAL = new CueList(Lexicon.CUE_CAUSAL, "causal", "asserts a cause", List.of(
            "because", "therefore", "thus", "hence", "so", "cause", "causes", "caused", "causing", "leads to",
            "led to", "lead to", "result of", "as a result", "due to", "since", "consequently", "responsible for",
            "blame", "blamed", "thanks to", "the reason", "that is why", "which is why", "fault", "behind"));

    /** Two options presented as the only ones. */
    static final CueList BLACK_WHITE = new CueList(Lexicon.CUE_BLACK_WHITE, "either-or",
            "presents only two options", List.of(
            "either", "or", "only", "no other", "no alternative", "the only", "must", "choice", "choose",
            "with us", "against us", "nothing but", "one or the other", "there is no middle", "all or nothing",
            "no choice", "only way", "only option", "never", "unless"));

    /** Stock phrases that end a discussion. */
    static final CueList CLICHES = new CueList(Lexicon.CUE_CLICHE, "cliche", "a stock phrase that ends discussion",
            List.of("it is what it is", "that's it", "enough", "period", "end of story", "the bottom line",
            "at the end of the day", "nothing to see", "time will tell", "so be it", "let's move on", "move on",
            "get over it", "it's that simple", "that's that", "facts are facts", "rules are rules", "no question",
            "plain and simple", "everything happens", "you know", "common sense", "the truth is", "make no mistake",
            "mark my words", "stay woke", "wake up", "the fact is", "simple as that"));

    /** Pointing elsewhere or at a distorted version of the other side. */
    static final CueList WHATABOUT = new CueList(Lexicon.CUE_WHATABOUT, "whatabout",
            "turns to another target", List.of(
            "what about", "hypocrisy", "hypocrite", "hypocrites", "hypocritical", "double standard",
            "double standards", "yet", "meanwhile", "instead", "while", "but", "never mention", "ignore", "ignored",
            "ignores", "same people", "the same", "pretend", "pretends", "claim to", "so-called", "supposedly",
            "where was", "where were", "funny how", "strange how", "interesting how"));

    /** Everyone agrees; or the view of a despised group. */
    static final CueList BANDWAGON = new CueList(Lexicon.CUE_BANDWAGON, "bandwagon",
            "appeals to the crowd or to a despised group", List.of(
            "everyone", "everybody", "all of us", "the majority", "majority of", "most people", "millions",
            "overwhelming", "consensus", "popular", "join", "nazi", "nazis", "hitler", "fascist", "fascists",
            "fascism", "communist", "communists", "stalin", "totalitarian", "gestapo", "soviet", "kkk",
            "everyone knows", "nobody", "no one", "movement", "growing number"));

    /** Questions about credibility. */
    static final CueList DOUBT = new CueList(Lexicon.CUE_DOUBT, "doubt", "questions credibility", List.of(
            "really", "truly", "allegedly", "so-called", "supposedly", "claims", "claimed", "claim", "questionable",
            "dubious", "suspicious", "credibility", "trust", "lie", "lies", "lied", "liar", "liars", "whether",
            "if", "why", "doubt", "doubts", "fake", "hoax", "phony", "fraud", "cover-up", "conspiracy",
            "untrustworthy", "mystery", "mysterious", "questions", "unanswered", "convenient", "conveniently"));

    /** Words of size and extremity. */
    static final CueList EXTREME = new CueList(Lexicon.CUE_EXTREME, "extreme", "states size or extremity",
            List.of("all", "every", "entire", "whole", "total", "ever", "never", "nothing", "none", "biggest",
            "largest", "greatest", "worst", "best", "most", "least", "huge", "massive", "enormous", "tiny",
            "unprecedented", "historic", "record", "only", "mere", "merely", "just", "simply", "nothing more",
            "absolute", "infinite", "endless", "forever", "millions", "billions", "epic", "monumental"));

    /** Every list, in flag order. */
    static final List<CueList> ALL = List.of(BOOSTERS, HEDGES, VAGUE_QUANTITIES, AUTHORITY, FEAR, FLAG, CAUSAL,
            BLACK_WHITE, CLICHES, WHATABOUT, BANDWAGON, DOUBT, EXTREME);
}
