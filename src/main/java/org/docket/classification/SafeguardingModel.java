package org.docket.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trained half of the safeguarding check: an OpenNLP categoriser that scores each sentence of a
 * letter as voicing a concern or not ({@code safeguarding.bin}), with the score above which a
 * sentence raises the flag and the figures it was chosen by ({@code safeguarding.json}).
 */
public record SafeguardingModel(DoccatModel model, Card card) {

    public static final String NAME = "safeguarding";
    public static final String CONCERN = "concern";
    public static final String NONE = "none";

    /**
     * @param version   recorded with every flag it raises
     * @param threshold a sentence raises the flag when the odds that it voices a concern exceed ten to
     *                  this power (3 is a thousand to one)
     * @param figures   recall and false-alarm rate measured on letters from unseen templates
     */
    public record Card(String version, double threshold, Map<String, Object> figures) {
    }

    /** The sentence most likely to voice a concern, if it scores above the threshold. */
    public Optional<String> concern(String text) {
        return mostWorrying(text).filter(sentence -> sentence.score() > card.threshold()).map(Scored::sentence);
    }

    /** The highest score (log of the odds of a concern) any sentence of the text gets, so a trainer can try thresholds cheaply. */
    public double highestScore(String text) {
        return mostWorrying(text).map(Scored::score).orElse(Double.NEGATIVE_INFINITY);
    }

    private record Scored(String sentence, double score) {
    }

    private Optional<Scored> mostWorrying(String text) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        int concern = categorizer.getIndex(CONCERN);
        int none = categorizer.getIndex(NONE);
        Scored worst = null;
        for (String sentence : Sentences.of(text)) {
            double[] probabilities = categorizer.categorize(words(sentence));
            double score = log10(probabilities[concern]) - log10(probabilities[none]);
            if (worst == null || score > worst.score()) {
                worst = new Scored(sentence, score);
            }
        }
        return Optional.ofNullable(worst);
    }

    /** Naive Bayes puts many sentences within a hair of certainty either way; the log keeps them apart. */
    private static double log10(double probability) {
        return Math.log10(Math.max(probability, Double.MIN_NORMAL));
    }

    /**
     * How the model sees a sentence, in training and in use alike: the categoriser's tokens of its plain
     * form, without accents or apostrophes, so "don't" and a hurried "dont" are one word.
     */
    public static String[] words(String sentence) {
        return Tokens.of(SafeguardingPatterns.plain(sentence).replace("'", ""));
    }

    public static SafeguardingModel load(Path folder) throws IOException {
        Path bin = folder.resolve(NAME + ".bin");
        Path json = folder.resolve(NAME + ".json");
        if (!Files.isRegularFile(bin) || !Files.isRegularFile(json)) {
            throw new IOException("No safeguarding model at " + bin + "; train one with ./docket train --generated");
        }
        try (InputStream in = Files.newInputStream(bin)) {
            return new SafeguardingModel(new DoccatModel(in), JsonMapper.builder().build().readValue(json.toFile(), Card.class));
        }
    }

    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(NAME + ".bin"))) {
            model.serialize(out);
        }
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(folder.resolve(NAME + ".json").toFile(), card);
    }
}
