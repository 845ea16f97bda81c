package org.newslens.attribution;

import java.util.Set;

/**
 * The word lists behind the claim model's cue features, grouped by what they signal. All lower case, matched against
 * single tokens unless the name says otherwise. Written for this project; the split into "checkable" and "not
 * checkable" cues follows the ClaimBuster annotation guide (Arslan et al., ICWSM 2020): a check-worthy sentence
 * states a fact about figures, events, people or institutions; opinions, promises, questions and small talk are not.
 * The model learns how much each cue counts; a list only decides which words fire it.
 */
final class ClaimCues {
    private ClaimCues() {
    }

    /** Words that state a quantity without digits: figures are the most checkable thing a sentence can hold. */
    static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
            "trillion", "trillions", "dozen", "dozens", "half", "twice", "double", "doubled", "triple", "tripled",
            "percent", "percentage", "quarter", "third", "majority", "minority");

    /** Units and signs that make a figure a sum of money or a share. */
    static final Set<String> MONEY_OR_SHARE = Set.of("$", "£", "€", "%", "percent", "dollars", "dollar", "cents",
            "pounds", "euros", "per", "rate", "budget", "deficit", "debt", "tax", "taxes");

    /** Month names (matched with a capital, so the modal "may" is not a month) and weekday names. */
    static final Set<String> DATE_WORDS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "yesterday", "ago", "decade", "decades", "century", "since");

    /**
     * Irregular past-tense forms of common event verbs. Regular ones are caught by their "-ed" ending; together they
     * mark a sentence that reports something that happened.
     */
    static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did", "made", "took", "gave", "went",
            "came", "became", "began", "won", "lost", "left", "led", "met", "paid", "sent", "spent", "built", "brought",
            "bought", "sold", "fought", "taught", "caught", "thought", "told", "said", "wrote", "rose", "fell", "grew",
            "drove", "broke", "chose", "froze", "stole", "struck", "hit", "put", "set", "cut", "shot", "ran", "held",
            "kept", "found", "got", "saw", "knew", "heard", "stood", "sat", "fled", "swept", "threw", "flew", "sank",
            "signed", "voted", "been", "taken", "given", "gone", "done", "seen", "known", "written", "shown", "chosen",
            "fallen", "risen", "grown", "begun", "stolen", "spoken", "driven", "broken");

    /** Words ending in "-ed" that are not past tenses. */
    static final Set<String> NOT_PAST = Set.of("need", "needed", "indeed", "speed", "seed", "feed", "deed", "breed",
            "greed", "bed", "red", "shed", "hundred", "proceed", "exceed", "succeed", "bleed", "weed", "creed", "steed",
            "sacred", "naked", "wicked", "ragged", "rugged", "beloved", "learned", "aged", "blessed", "supposed",
            "interested", "concerned", "committed", "dedicated", "determined", "talented", "unprecedented",
            "sophisticated", "complicated", "qualified", "prepared", "scared", "tired", "excited", "pleased",
            "worried");

    /** Verbs and phrases that report what someone said: the article relays a statement that can be checked. */
    static final Set<String> REPORTING = Set.of("say", "said", "says", "tell", "told", "tells", "report",
            "reported", "reports", "state", "stated", "states", "announce", "announced", "announces", "according",
            "claim", "claimed", "confirm", "confirmed", "confirms", "deny", "denied", "denies", "reveal", "revealed",
            "testified", "wrote", "writes", "disclosed", "admitted", "acknowledged", "estimate", "estimated",
            "estimates", "found", "showed", "shows", "warn", "warned", "accuse", "accused", "allege", "alleged",
            "posited", "recognised", "recognized");

    /** Words of change and comparison in amount: "rose", "fewer than", "the highest". */
    static final Set<String> CHANGE = Set.of("increase", "increased", "increases", "decrease", "decreased", "rose",
            "risen", "fell", "fallen", "grew", "grown", "dropped", "declined", "doubled", "tripled", "cut", "cuts",
            "raised", "lowered", "more", "less", "fewer", "highest", "lowest", "largest", "smallest", "record",
            "times", "than", "average", "rate", "most", "least", "number", "amount", "total");

    /** Connectives of cause: "because", "led to", "as a result". */
    static final Set<String> CAUSE = Set.of("because", "caused", "causes", "due", "result", "resulted", "led",
            "thanks", "therefore", "consequently");

    /** The speaker talking about themself: typical of opinions, promises and anecdotes. */
    static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself", "i'm", "i've", "i'll",
            "i'd");

    /** "We" and "us": speeches use them for promises and appeals as often as for records. */
    static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves", "we're", "we've",
            "we'll", "let's");

    /** Addressing the listener or reader. */
    static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves", "you're",
            "you've", "you'll");

    /** Modal and future verbs: what might, should or will happen cannot be checked yet. */
    static final Set<String> MODAL = Set.of("will", "would", "should", "could", "must", "might", "may", "can",
            "shall", "ought", "'ll", "wo", "gonna", "going", "needs", "want", "wants");

    /** Words that mark a belief, wish or judgement rather than a report: "I think", "clearly", "of course". */
    static final Set<String> OPINION = Set.of("think", "believe", "feel", "hope", "wish", "clearly", "obviously",
            "certainly", "surely", "frankly", "honestly", "truly", "really", "course", "simply", "just", "absolutely",
            "definitely", "undoubtedly", "importantly", "unfortunately", "fortunately", "opinion", "view", "agree",
            "disagree", "deserve", "deserves", "proud", "sorry");

    /** Hedges: the statement is offered as a possibility. */
    static final Set<String> HEDGE = Set.of("maybe", "perhaps", "probably", "possibly", "likely", "unlikely",
            "seems", "seem", "seemed", "appears", "apparently", "suggests", "might", "allegedly", "reportedly");

    /**
     * Evaluative words: praise, blame and intensity. They colour a sentence; a sentence made mostly of them states
     * a judgement, not a fact.
     */
    static final Set<String> EVALUATIVE = Set.of("good", "bad", "great", "terrible", "wonderful", "horrible",
            "horrific", "best", "worst", "wrong", "important", "dangerous", "disaster", "disastrous", "shameful",
            "outrageous", "ridiculous", "incredible", "amazing", "fantastic", "excellent", "awful", "tremendous",
            "brutal", "evil", "biggest", "greatest", "real", "very", "so", "strong", "weak", "fair", "unfair",
            "generously", "warmly", "freedom", "democracy", "values", "threat", "crisis", "massive", "huge",
            "extraordinary", "beautiful", "nice", "serious", "disgrace", "failed", "failure", "successful", "safe",
            "better", "worse", "nonsense", "lie", "lies", "crazy", "stupid", "smart", "tough", "clear");
}
