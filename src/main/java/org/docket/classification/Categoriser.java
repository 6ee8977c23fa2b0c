package org.docket.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.docket.document.Classification;
import org.docket.document.Classification.Alternative;
import org.docket.document.Classification.Term;

/**
 * Decides a document's category with an OpenNLP document categoriser, turns its scores into calibrated
 * probabilities (fitted on held-out letters, see {@link Calibration}) and explains the choice by the words
 * that most favour the chosen category over the runner-up.
 */
public class Categoriser {

    private static final int ALTERNATIVES = 3;
    private static final int EXPLAINING_TERMS = 8;

    private final CategoriserModel model;

    public Categoriser(CategoriserModel model) {
        this.model = model;
    }

    public String version() {
        return model.card().version();
    }

    /** Calibrated probability of every category, in the model's outcome order. */
    public double[] probabilities(String text) {
        return model.calibrate(new DocumentCategorizerME(model.model()).categorize(model.terms(text).terms()));
    }

    public String categoryAt(int index) {
        return new DocumentCategorizerME(model.model()).getCategory(index);
    }

    public Classification classify(String text, List<String> flags, List<String> flagReasons) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model.model());
        Tokens.Terms terms = model.terms(text);
        double[] calibrated = model.calibrate(categorizer.categorize(terms.terms()));
        List<Alternative> ranked = new ArrayList<>();
        for (int i = 0; i < calibrated.length; i++) {
            ranked.add(new Alternative(categorizer.getCategory(i), calibrated[i]));
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
     * term, how much the (tempered) log-odds of chosen against runner-up fall when it is taken out. The
     * document categoriser's models are log-linear (naive Bayes and maxent alike), so each term adds its
     * own share to those log-odds, and that share is measured on the term's occurrences alone: one short
     * call per term instead of re-reading the whole letter for each, which kept long letters to seconds.
     * A stem is shown as the word of the letter it came from, a kind of reference as its name in brackets.
     */
    private List<Term> explain(Tokens.Terms terms, String chosen, String runnerUp) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model.model());
        int chosenIndex = categorizer.getIndex(chosen);
        int runnerUpIndex = categorizer.getIndex(runnerUp);
        if (chosenIndex == runnerUpIndex) {
            return List.of();
        }
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        for (String term : terms.terms()) {
            occurrences.merge(term, 1, Integer::sum);
        }
        double nothing = logOdds(categorizer.categorize(new String[0]), chosenIndex, runnerUpIndex);
        Map<String, Double> pushes = new HashMap<>();
        occurrences.forEach((term, count) -> {
            String shown = terms.shown().get(term);
            if (Explanations.telling(shown)) {
                String[] alone = new String[count];
                Arrays.fill(alone, term);
                double push = (logOdds(categorizer.categorize(alone), chosenIndex, runnerUpIndex) - nothing) / model.card().temperature();
                if (push > 0) {
                    pushes.merge(shown, push, Double::sum);
                }
            }
        });
        return pushes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(EXPLAINING_TERMS)
                .map(entry -> new Term(entry.getKey(), Math.round(entry.getValue() * 1000) / 1000.0))
                .toList();
    }

    private static double logOdds(double[] probabilities, int chosen, int runnerUp) {
        return Math.log(Math.max(probabilities[chosen], 1e-300)) - Math.log(Math.max(probabilities[runnerUp], 1e-300));
    }
}
