package org.newslens.attribution;

/**
 * The named cues of the claim model, each a feature with a learned weight and the words a reason uses for it. The
 * order is the order of the weights in the model file; append new cues at the end.
 */
enum ClaimCue {
    FIGURE("a figure"),
    MONEY_OR_SHARE("a sum, share or rate"),
    DATE("a date or year"),
    PERSON("a named person"),
    ORGANIZATION("a named organisation"),
    PLACE("a named place"),
    OTHER_NAME("a nationality or other name"),
    PAST("a past-tense verb (something that happened)"),
    REPORTING("a reporting verb"),
    CHANGE("a change or comparison in amount"),
    CAUSE("a stated cause"),
    FIRST_SINGULAR("the speaker talks about themself"),
    FIRST_PLURAL("\"we\" or \"us\""),
    SECOND_PERSON("addresses \"you\""),
    MODAL("a modal or future verb"),
    OPINION("an opinion marker"),
    HEDGE("a hedge"),
    EVALUATIVE("evaluative words"),
    QUESTION("a question"),
    SHORT("fewer than seven words"),
    LONG("more than 30 words");

    private final String phrase;

    ClaimCue(String phrase) {
        this.phrase = phrase;
    }

    /** How a reason names this cue. */
    String phrase() {
        return phrase;
    }
}
