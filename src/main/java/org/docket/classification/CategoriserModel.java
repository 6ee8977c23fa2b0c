package org.docket.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import org.docket.classification.Tokens.Terms;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trained categoriser and what is known about it: its weights in {@code NAME.bin} (Docket's linear
 * model, or the OpenNLP naive Bayes of the first versions), its card in {@code NAME.json} (version,
 * algorithm, calibration, features, training data).
 *
 * @param weights what it learnt
 * @param card    its version and calibration
 */
public record CategoriserModel(CategoriserWeights weights, ModelCard card) {

    public static final String DEFAULT_NAME = "categoriser";

    /** Features of the first models: the words alone. */
    public static final String WORDS = "words";
    /** Word stems with Welsh mutations folded, long words whole, one term per kind of reference ({@link Tokens#stemsAndEntities}). */
    public static final String STEMS_AND_ENTITIES = "stems+entities";
    /** As {@link #STEMS_AND_ENTITIES}, with each pair of neighbouring stems as well ({@link Tokens#stemsPairsAndEntities}). */
    public static final String STEMS_PAIRS_AND_ENTITIES = "stems+pairs+entities";

    /** The OpenNLP naive Bayes categoriser of the first versions. */
    public static final String NAIVE_BAYES = "naive-bayes";
    /** Docket's linear model over TF-IDF features ({@link LinearWeights}). */
    public static final String LINEAR = "linear";

    /**
     * @param version     shown with every decision the model makes
     * @param temperature divides the log-probabilities; fitted on held-out letters so confidences are true
     * @param trainedOn   how many documents it was trained on
     * @param trainedAt   ISO date of training
     * @param notes       how it was made, for the model card
     * @param features    how text becomes features, {@link #WORDS} or {@link #STEMS_AND_ENTITIES}; a card without it is of the first kind
     * @param plattSlope  Platt scaling of the chosen category's confidence after the temperature; 1 when not used
     * @param plattIntercept its intercept; 0 when not used
     * @param algorithm   {@link #LINEAR} or {@link #NAIVE_BAYES}; a card without it is of the second kind
     */
    public record ModelCard(String version, double temperature, int trainedOn, String trainedAt, Map<String, Object> notes,
                            String features, Double plattSlope, Double plattIntercept, String algorithm) {

        public ModelCard {
            features = features == null ? WORDS : features;
            algorithm = algorithm == null ? NAIVE_BAYES : algorithm;
            plattSlope = plattSlope == null ? 1.0 : plattSlope;
            plattIntercept = plattIntercept == null ? 0.0 : plattIntercept;
        }

        public ModelCard(String version, double temperature, int trainedOn, String trainedAt, Map<String, Object> notes) {
            this(version, temperature, trainedOn, trainedAt, notes, WORDS, 1.0, 0.0, NAIVE_BAYES);
        }
    }

    /** Calibrated probabilities from the model's raw ones, as the card says. */
    public double[] calibrate(double[] raw) {
        return Calibration.calibrate(raw, card.temperature(), card.plattSlope(), card.plattIntercept());
    }

    /** The text as this model was trained to read it. */
    public Terms terms(String text) {
        if (card.features().equals(STEMS_PAIRS_AND_ENTITIES)) {
            return Tokens.stemsPairsAndEntities(text);
        }
        if (card.features().equals(STEMS_AND_ENTITIES)) {
            return Tokens.stemsAndEntities(text);
        }
        String[] words = Tokens.of(text);
        Map<String, String> shown = new LinkedHashMap<>();
        for (String word : words) {
            shown.putIfAbsent(word, word);
        }
        return new Terms(words, shown);
    }

    public static CategoriserModel load(Path folder, String name) throws IOException {
        Path bin = folder.resolve(name + ".bin");
        Path json = folder.resolve(name + ".json");
        if (!Files.isRegularFile(bin) || !Files.isRegularFile(json)) {
            throw new IOException("No categoriser model at " + bin + "; train one with ./docket train");
        }
        ModelCard card = JsonMapper.builder().build().readValue(json.toFile(), ModelCard.class);
        try (InputStream in = Files.newInputStream(bin)) {
            CategoriserWeights weights = card.algorithm().equals(LINEAR) ? LinearWeights.read(in) : new NaiveBayesWeights(new DoccatModel(in));
            return new CategoriserModel(weights, card);
        }
    }

    public void save(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(name + ".bin"))) {
            weights.write(out);
        }
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(folder.resolve(name + ".json").toFile(), card);
    }

}
