package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The 14 persuasion techniques of the Propaganda Techniques Corpus (Da San Martino et al., EMNLP 2019; SemEval-2020
 * Task 11), each with a definition and an example written for newslens. The JSON value is the corpus label, so that
 * output can be scored against the corpus as it is.
 */
public enum PersuasionTechnique {
    LOADED_LANGUAGE("Loaded_Language", "loaded language",
            "Words chosen for the feeling they carry rather than for what they describe.",
            "The council's reckless, shameful budget passed on Tuesday."),
    NAME_CALLING("Name_Calling,Labeling", "name calling / labelling",
            "Attaching a label to a person or group so that readers judge the label, not the conduct.",
            "The so-called reformers in the union voted against the plan."),
    REPETITION("Repetition", "repetition",
            "Saying the same word or phrase again and again so that it sticks.",
            "The plan is fair. Fair to workers, fair to families, fair to everyone."),
    EXAGGERATION("Exaggeration,Minimisation", "exaggeration / minimisation",
            "Making something larger, worse or better than it is, or waving a serious matter away as trivial.",
            "It was the worst decision in the history of the city; the leak was only a small misunderstanding."),
    DOUBT("Doubt", "doubt",
            "Questioning someone's credibility or honesty rather than their argument.",
            "Can we really trust a mayor who changed her mind twice this year?"),
    FEAR_PREJUDICE("Appeal_to_fear-prejudice", "appeal to fear / prejudice",
            "Raising alarm or playing on prejudice to win support for a view.",
            "If the bridge plan goes ahead, our streets will be flooded with crime."),
    FLAG_WAVING("Flag-Waving", "flag-waving",
            "Appealing to national or group pride or identity to justify a view.",
            "Every true citizen of this town knows the old stadium must stay."),
    CAUSAL_OVERSIMPLIFICATION("Causal_Oversimplification", "causal oversimplification",
            "Giving one cause to something that has many.",
            "Prices rose last winter because the new governor took office."),
    SLOGANS("Slogans", "slogans",
            "A short, catchy phrase standing in for an argument.",
            "Clean streets, safe streets!"),
    APPEAL_TO_AUTHORITY("Appeal_to_Authority", "appeal to authority",
            "Treating a claim as true because an authority, named or not, is said to back it.",
            "Leading experts agree that the new timetable is the only sensible choice."),
    BLACK_AND_WHITE("Black-and-White_Fallacy", "black-and-white fallacy",
            "Offering two options as if they were the only ones.",
            "Either we close the library or we raise every tax in town."),
    THOUGHT_TERMINATING_CLICHE("Thought-terminating_Cliches", "thought-terminating cliché",
            "A stock phrase that cuts discussion short.",
            "Rules are rules, and that is the end of it."),
    WHATABOUTISM("Whataboutism,Straw_Men,Red_Herring", "whataboutism / straw man / red herring",
            "Answering a charge by pointing elsewhere, distorting the other side's view, or changing the subject.",
            "Critics of the budget never mention what their own party spent on parking."),
    BANDWAGON("Bandwagon,Reductio_ad_hitlerum", "bandwagon / reductio ad Hitlerum",
            "Urging a view because everyone holds it, or rejecting one because a despised group holds it.",
            "Everyone in the neighbourhood has already signed; only cranks still object.");

    private final String label;
    private final String title;
    private final String definition;
    private final String example;

    PersuasionTechnique(String label, String title, String definition, String example) {
        this.label = label;
        this.title = title;
        this.definition = definition;
        this.example = example;
    }

    /** The corpus label, e.g. {@code Name_Calling,Labeling}. */
    @JsonValue
    public String label() {
        return label;
    }

    /** A short readable name, e.g. "name calling / labelling". */
    public String title() {
        return title;
    }

    /** What the technique is, in one sentence. */
    public String definition() {
        return definition;
    }

    /** An invented sentence that uses it. */
    public String example() {
        return example;
    }

    /**
     * The technique with the given corpus label.
     *
     * @throws IllegalArgumentException for an unknown label
     */
    public static PersuasionTechnique ofLabel(String label) {
        for (PersuasionTechnique t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown technique label: " + label);
    }
}
