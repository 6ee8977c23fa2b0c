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
     * @param threshold a sentence scoring above this raises the flag
     * @param figures   recall and false-alarm rate measured on letters from unseen templates
     */
    public record Card(String version, double threshold, Map<String, Object> figures) {
    }

    /** The sentence most likely to voice a concern, if any scores above the threshold. */
    public Optional<String> concern(String text) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        int concern = categorizer.getIndex(CONCERN);
        String worst = null;
        double highest = card.threshold();
        for (String sentence : Sentences.of(text)) {
            double score = categorizer.categorize(Tokens.of(sentence))[concern];
            if (score > highest) {
                highest = score;
                worst = sentence;
            }
        }
        return Optional.ofNullable(worst);
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
