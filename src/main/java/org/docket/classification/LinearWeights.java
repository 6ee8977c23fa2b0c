package org.docket.classification;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Docket's linear categoriser: each letter becomes a TF-IDF vector over its terms (log term counts,
 * weighted by how rare the term is, scaled to length one so a long letter counts no more than a
 * short one), and each category has a weight per term and a bias. A category's score is the sum of
 * the weights of the letter's terms; the softmax of the scores is the raw probability that
 * {@link Calibration} then tempers.
 *
 * @param categories category ids, in score order
 * @param vocabulary each known term and its column
 * @param idf        inverse document frequency of each column
 * @param weights    per category, a weight per column
 * @param bias       per category
 */
public record LinearWeights(List<String> categories, Map<String, Integer> vocabulary, float[] idf, float[][] weights, float[] bias)
        implements CategoriserWeights {

    private static final int FORMAT = 1;
    private static final String MAGIC = "docket-linear-categoriser";

    /** A letter as the model reads it: the columns of its known terms and their values. */
    public record Vector(int[] columns, double[] values) {
    }

    /** The letter's TF-IDF vector: sublinear term counts times idf, unit length; unknown terms are left out. */
    public Vector vector(String[] terms) {
        return vector(terms, vocabulary, idf);
    }

    /** A letter's TF-IDF vector over a vocabulary: what training and classifying both read. */
    public static Vector vector(String[] terms, Map<String, Integer> vocabulary, float[] idf) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (String term : terms) {
            Integer column = vocabulary.get(term);
            if (column != null) {
                counts.merge(column, 1, Integer::sum);
            }
        }

        int[] columns = new int[counts.size()];
        double[] values = new double[counts.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
            columns[i] = count.getKey();
            values[i] = (1 + Math.log(count.getValue())) * idf[count.getKey()];
            norm += values[i] * values[i];
            i++;
        }
        norm = Math.sqrt(norm);
        for (int j = 0; norm > 0 && j < values.length; j++) {
            values[j] /= norm;
        }
        return new Vector(columns, values);
    }

    /** Each category's score: its bias plus its weights on the letter's vector. */
    public double[] scores(Vector vector) {
        double[] scores = new double[categories.size()];
        for (int c = 0; c < scores.length; c++) {
            double score = bias[c];
            for (int j = 0; j < vector.columns().length; j++) {
                score += weights[c][vector.columns()[j]] * vector.values()[j];
            }
            scores[c] = score;
        }
        return scores;
    }

    @Override
    public double[] probabilities(String[] terms) {
        double[] scores = scores(vector(terms));
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    /**
     * Exactly what each term adds to the log-odds of one category against another: the difference of
     * their weights on it times its value in this letter (the log of a softmax ratio is the score difference).
     */
    @Override
    public Map<String, Double> pushes(String[] terms, int towards, int against) {
        Vector vector = vector(terms);
        Map<Integer, String> termOf = new HashMap<>();
        for (String term : terms) {
            Integer column = vocabulary.get(term);
            if (column != null) {
                termOf.putIfAbsent(column, term);
            }
        }
        Map<String, Double> pushes = new LinkedHashMap<>();
        for (int j = 0; j < vector.columns().length; j++) {
            int column = vector.columns()[j];
            pushes.put(termOf.get(column), (weights[towards][column] - weights[against][column]) * vector.values()[j]);
        }
        return pushes;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zipped);
        data.writeUTF(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(categories.size());
        for (String category : categories) {
            data.writeUTF(category);
        }
        String[] terms = new String[idf.length];
        vocabulary.forEach((term, column) -> terms[column] = term);
        data.writeInt(terms.length);
        for (int j = 0; j < terms.length; j++) {
            data.writeUTF(terms[j]);
            data.writeFloat(idf[j]);
        }
        for (int c = 0; c < categories.size(); c++) {
            data.writeFloat(bias[c]);
            for (float weight : weights[c]) {
                data.writeFloat(weight);
            }
        }
        data.flush();
        zipped.finish();
    }

    public static LinearWeights read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT) {
            throw new IOException("This is not a linear categoriser Docket can read; train one with ./docket train");
        }
        String[] categories = new String[data.readInt()];
        for (int c = 0; c < categories.length; c++) {
            categories[c] = data.readUTF();
        }
        int columns = data.readInt();
        Map<String, Integer> vocabulary = new HashMap<>(columns * 2);
        float[] idf = new float[columns];
        for (int j = 0; j < columns; j++) {
            vocabulary.put(data.readUTF(), j);
            idf[j] = data.readFloat();
        }
        float[][] weights = new float[categories.length][columns];
        float[] bias = new float[categories.length];
        for (int c = 0; c < categories.length; c++) {
            bias[c] = data.readFloat();
            for (int j = 0; j < columns; j++) {
                weights[c][j] = data.readFloat();
            }
        }
        return new LinearWeights(List.of(categories), vocabulary, idf, weights, bias);
    }
}
