package org.docket.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Raises the safeguarding flag on words that speak of risk of harm: to a child or an adult, self-harm,
 * domestic abuse, or losing one's home today. Two checks, either of which raises it: patterns for the
 * plain ways such things are said ({@link SafeguardingPatterns}), and a trained model that scores every
 * sentence. A flagged letter always goes to a person first, so the check leans towards raising it; a
 * reviewer clears a false alarm in seconds, a missed one costs far more.
 */
public class SafeguardingDetector {

    public static final String FLAG = "safeguarding";

    /** @param reasons one sentence per concern, naming it and quoting the words of the letter that raised it */
    public record Finding(boolean flagged, List<String> reasons) {
    }

    private final Optional<SafeguardingModel> model;

    /** Patterns and the trained model together, as intake uses them. */
    public SafeguardingDetector(SafeguardingModel model) {
        this.model = Optional.of(model);
    }

    private SafeguardingDetector() {
        this.model = Optional.empty();
    }

    /** The patterns alone, without the trained model. */
    public static SafeguardingDetector patternsOnly() {
        return new SafeguardingDetector();
    }

    public Finding inspect(String text) {
        List<String> reasons = new ArrayList<>();
        for (SafeguardingPatterns.Found found : SafeguardingPatterns.find(text)) {
            reasons.add(reason(found.what(), found.sentence()));
        }
        if (reasons.isEmpty() && text != null) {
            model.flatMap(trained -> trained.concern(text))
                    .ifPresent(sentence -> reasons.add(reason("concern for someone's safety", sentence)));
        }
        return new Finding(!reasons.isEmpty(), reasons);
    }

    private static String reason(String what, String sentence) {
        return "possible " + what + ": \u201c" + excerpt(sentence) + "\u201d";
    }

    private static String excerpt(String words) {
        String oneLine = words.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 240 ? oneLine : oneLine.substring(0, 240) + "\u2026";
    }
}
