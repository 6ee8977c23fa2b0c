package org.docket.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.docket.classification.LinearWeights;
import org.docket.classification.LinearWeights.Vector;

/**
 * Fits {@link LinearWeights}: a vocabulary of the terms seen in at least two training letters, their
 * inverse document frequencies, and for each category a linear support vector machine against all the
 * others (L2-regularised squared hinge loss), solved in its dual by coordinate descent, one letter at a
 * time, as LIBLINEAR does. A margin-seeking model leans on the many terms that separate categories
 * rather than on the few its training phrasing repeats, which is what holds up on letters worded unlike
 * any it saw.
 */
final class LinearTrainer {

    /** Inverse regularisation strength: larger fits the training letters more closely. */
    static final double C = 0.5;
    private static final int MIN_LETTERS = 2;
    private static final int MAX_PASSES = 200;
    private static final double TOLERANCE = 0.1;

    /** @param terms each training letter's terms; @param categories each one's category id */
    LinearWeights train(List<String[]> terms, List<String> categories, long seed) {
        List<String> outcomes = new ArrayList<>(new TreeSet<>(categories));
        Columns columns = columns(terms);
        Map<String, Integer> vocabulary = columns.vocabulary();
        float[] idf = columns.idf();
        List<Vector> vectors = terms.stream().map(letter -> LinearWeights.vector(letter, vocabulary, idf)).toList();
        int[] truth = categories.stream().mapToInt(outcomes::indexOf).toArray();
        float[][] weights = new float[outcomes.size()][];
        float[] bias = new float[outcomes.size()];
        IntStream.range(0, outcomes.size()).parallel().forEach(c -> {
            double[] w = oneAgainstRest(vectors, truth, c, vocabulary.size(), new SplittableRandom(seed + c));
            weights[c] = new float[vocabulary.size()];
            for (int j = 0; j < vocabulary.size(); j++) {
                weights[c][j] = (float) w[j];
            }
            bias[c] = (float) w[vocabulary.size()];
        });
        return new LinearWeights(List.copyOf(outcomes), vocabulary, idf, weights, bias);
    }

    /** The terms kept, each with its column, and each column's inverse document frequency. */
    private record Columns(Map<String, Integer> vocabulary, float[] idf) {
    }

    /**
     * One count of how many letters hold each term gives both: the terms in at least two letters, and
     * their idf, smoothed as if one more letter held every term: ln((1 + n) / (1 + df)) + 1.
     */
    private static Columns columns(List<String[]> terms) {
        Map<String, Integer> letters = new HashMap<>();
        for (String[] letter : terms) {
            for (String term : new TreeSet<>(List.of(letter))) {
                letters.merge(term, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        List<Float> idf = new ArrayList<>();
        new TreeSet<>(letters.keySet()).stream().filter(term -> letters.get(term) >= MIN_LETTERS).forEach(term -> {
            vocabulary.put(term, vocabulary.size());
            idf.add((float) (Math.log((1.0 + terms.size()) / (1.0 + letters.get(term))) + 1));
        });
        float[] weights = new float[idf.size()];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = idf.get(j);
        }
        return new Columns(vocabulary, weights);
    }

    /**
     * Dual coordinate descent for the squared hinge loss (Hsieh et al., 2008): the bias is a last column
     * of value 1 in every letter; stops when the projected gradient's spread falls under the tolerance.
     */
    private static double[] oneAgainstRest(List<Vector> vectors, int[] truth, int category, int columns, SplittableRandom random) {
        int n = vectors.size();
        double diagonal = 1 / (2 * C);
        double[] w = new double[columns + 1];
        double[] alpha = new double[n];
        double[] q = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = truth[i] == category ? 1 : -1;
            double squared = 1;
            for (double value : vectors.get(i).values()) {
                squared += value * value;
            }
            q[i] = squared + diagonal;
        }
        int[] order = IntStream.range(0, n).toArray();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            shuffle(order, random);
            double highest = Double.NEGATIVE_INFINITY;
            double lowest = Double.POSITIVE_INFINITY;
            for (int i : order) {
                Vector x = vectors.get(i);
                double dot = w[columns];
                for (int j = 0; j < x.columns().length; j++) {
                    dot += w[x.columns()[j]] * x.values()[j];
                }
                double gradient = y[i] * dot - 1 + diagonal * alpha[i];
                double projected = alpha[i] == 0 ? Math.min(gradient, 0) : gradient;
                highest = Math.max(highest, projected);
                lowest = Math.min(lowest, projected);
                if (Math.abs(projected) > 1e-12) {
                    double before = alpha[i];
                    alpha[i] = Math.max(before - gradient / q[i], 0);
                    double step = (alpha[i] - before) * y[i];
                    for (int j = 0; j < x.columns().length; j++) {
                        w[x.columns()[j]] += step * x.values()[j];
                    }
                    w[columns] += step;
                }
            }
            if (highest - lowest < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
