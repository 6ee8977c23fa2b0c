package org.docket.document;

import java.util.List;

/**
 * What the classifier made of a document.
 *
 * @param category     the chosen category id
 * @param confidence   calibrated probability of the chosen category, 0..1
 * @param margin       confidence minus the runner-up's confidence
 * @param alternatives the top categories, best first, the chosen one included
 * @param explanation  the terms that pushed it towards the chosen category, heaviest first
 * @param flags        raised flags, for example "safeguarding"
 * @param flagReasons  for each flag, the words that raised it, in a sentence a reviewer can read
 * @param modelVersion the version of the model that decided
 */
public record Classification(
        String category,
        double confidence,
        double margin,
        List<Alternative> alternatives,
        List<Term> explanation,
        List<String> flags,
        List<String> flagReasons,
        String modelVersion) {

    public record Alternative(String category, double confidence) {
    }

    public record Term(String term, double weight) {
    }

    public Classification {
        alternatives = List.copyOf(alternatives);
        explanation = List.copyOf(explanation);
        flags = List.copyOf(flags);
        flagReasons = List.copyOf(flagReasons);
    }

    public boolean flagged(String flag) {
        return flags.contains(flag);
    }
}
