package org.docket.routing;

import java.util.List;
import org.docket.classification.Categoriser;
import org.docket.document.Classification;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;
import org.springframework.stereotype.Service;

/**
 * What a threshold would do: on an evaluation set of generated CALIBRATION-family letters, classified
 * once by the model Docket loads, the share of a category's post that would be routed without a person
 * and how much of that would go to the wrong service.
 */
@Service
public class ThresholdSimulator {

    /** Letters per category in the evaluation set: enough to see a threshold's effect, quick to classify. */
    private static final int PER_CATEGORY = 40;
    private static final long SEED = 29;

    /** One evaluation letter: its true category and what the model made of it. */
    record Row(String truth, String chosen, double confidence, double margin) {
    }

    /**
     * @param suggested letters the model would put in this category
     * @param routed    of those, the ones the threshold and margin would route alone
     * @param wrong     of those routed, the ones that are truly another service's
     */
    public record Outcome(String category, double threshold, int suggested, int routed, int wrong) {
        public double routedShare() {
            return suggested == 0 ? 0 : routed / (double) suggested;
        }

        public double errorRate() {
            return routed == 0 ? 0 : wrong / (double) routed;
        }
    }

    private final Categoriser categoriser;
    private volatile List<Row> rows;

    ThresholdSimulator(Categoriser categoriser) {
        this.categoriser = categoriser;
    }

    public Outcome simulate(String category, double threshold, double minimumMargin) {
        int suggested = 0;
        int routed = 0;
        int wrong = 0;
        for (Row row : rows()) {
            if (!row.chosen().equals(category)) {
                continue;
            }
            suggested++;
            if (row.confidence() >= threshold && row.margin() >= minimumMargin) {
                routed++;
                wrong += row.truth().equals(category) ? 0 : 1;
            }
        }
        return new Outcome(category, threshold, suggested, routed, wrong);
    }

    public int letters() {
        return rows().size();
    }

    private List<Row> rows() {
        List<Row> ready = rows;
        if (ready == null) {
            List<GeneratedLetter> letters = new CouncilLetters(TemplateFamily.CALIBRATION, SEED).corpus(PER_CATEGORY, 0.15, 0);
            ready = letters.stream().map(letter -> {
                Classification decided = categoriser.classify(letter.text(), List.of(), List.of());
                return new Row(letter.category(), decided.category(), decided.confidence(), decided.margin());
            }).toList();
            rows = ready;
        }
        return ready;
    }
}
