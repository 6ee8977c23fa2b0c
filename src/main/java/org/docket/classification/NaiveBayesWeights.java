package org.docket.classification;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/** An OpenNLP document categoriser (naive Bayes) of the first model versions. */
public record NaiveBayesWeights(DoccatModel model) implements CategoriserWeights {

    @Override
    public List<String> categories() {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            categories.add(categorizer.getCategory(i));
        }
        return categories;
    }

    @Override
    public double[] probabilities(String[] terms) {
        return new DocumentCategorizerME(model).categorize(terms);
    }

    /**
     * Naive Bayes is log-linear, so each term adds its own share to the log-odds, measured on the term's
     * occurrences alone: one short call per term instead of re-reading the whole letter for each.
     */
    @Override
    public Map<String, Double> pushes(String[] terms, int towards, int against) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        for (String term : terms) {
            occurrences.merge(term, 1, Integer::sum);
        }
        double nothing = logOdds(categorizer.categorize(new String[0]), towards, against);
        Map<String, Double> pushes = new LinkedHashMap<>();
        occurrences.forEach((term, count) -> {
            String[] alone = new String[count];
            Arrays.fill(alone, term);
            pushes.put(term, logOdds(categorizer.categorize(alone), towards, against) - nothing);
        });
        return pushes;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    private static double logOdds(double[] probabilities, int towards, int against) {
        return Math.log(Math.max(probabilities[towards], 1e-300)) - Math.log(Math.max(probabilities[against], 1e-300));
    }
}
