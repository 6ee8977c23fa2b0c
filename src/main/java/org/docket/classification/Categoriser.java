package org.docket.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docket.document.Classification;
import org.docket.document.Classification.Alternative;
import org.docket.document.Classification.Term;

/**
 * Decides a document's category with the trained categoriser ({@link CategoriserWeights}), turns its scores into calibrated
 * probabilities (fitted on held-out letters, see {@link Calibration}) and explains the choice by the words
 * that most favour the chosen category over the runner-up.
 */
public class Categoriser {

    private static final int ALTERNATIVES = 3;
    private static final int EXPLAINING_TERMS = 8;

    private final CategoriserModel model;
    private final List<String> categories;

    public Categoriser(CategoriserModel model) {
        this.model = model;
        this.categories = model.weights().categories();
    }

    public String version() {
        return model.card().version();
    }

    /** Calibrated probability of every category, in the model's outcome order. */
    public double[] probabilities(String text) {
        return model.calibrate(model.weights().probabilities(model.terms(text).terms()));
    }

    public String categoryAt(int index) {
        return categories.get(index);
    }

    public Classification classify(String text, List<String> flags, List<String> flagReasons) {
        Tokens.Terms terms = model.terms(text);
        double[] calibrated = model.calibrate(model.weights().probabilities(terms.terms()));
        List<Alternative> ranked = new ArrayList<>();
        for (int i = 0; i < calibrated.length; i++) {
            ranked.add(new Alternative(categories.get(i), calibrated[i]));
        }
        ranked.sort(Comparator.comparingDouble(Alternative::confidence).reversed());
        Alternative best = ranked.get(0);
        Alternative runnerUp = ranked.size() > 1 ? ranked.get(1) : new Alternative(best.category(), 0);
        return new Classification(best.category(), best.confidence(), best.confidence() - runnerUp.confidence(),
                ranked.subList(0, Math.min(ALTERNATIVES, ranked.size())),
                explain(terms, best.category(), runnerUp.category()), flags, flagReasons, version());
    }

    /**
     * The words of this text that most favour the chosen category over the runner-up: for each distinct
     * term, how much the tempered log-odds of chosen against runner-up fall when it is taken out (both
     * kinds of model are log-linear, so each term adds its own share). A stem is shown as the word of the
     * letter it came from, a pair of stems as its two words, a kind of reference as its name in brackets.
     */
    private List<Term> explain(Tokens.Terms terms, String chosen, String runnerUp) {
        int chosenIndex = categories.indexOf(chosen);
        int runnerUpIndex = categories.indexOf(runnerUp);
        if (chosenIndex == runnerUpIndex) {
            return List.of();
        }
        Map<String, Double> pushes = new HashMap<>();
        model.weights().pushes(terms.terms(), chosenIndex, runnerUpIndex).forEach((term, push) -> {
            String shown = terms.shown().get(term);
            double tempered = push / model.card().temperature();
            if (tempered > 0 && Explanations.telling(shown)) {
                pushes.merge(shown, tempered, Double::sum);
            }
        });
        return pushes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(EXPLAINING_TERMS)
                .map(entry -> new Term(entry.getKey(), Math.round(entry.getValue() * 1000) / 1000.0))
                .toList();
    }
}
