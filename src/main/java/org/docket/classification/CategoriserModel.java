package org.docket.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trained categoriser and what is known about it: the OpenNLP model in {@code NAME.bin},
 * its card in {@code NAME.json} (version, calibration temperature, training data).
 *
 * @param model       the OpenNLP model
 * @param card        its version and calibration
 */
public record CategoriserModel(DoccatModel model, ModelCard card) {

    public static final String DEFAULT_NAME = "categoriser";

    /**
     * @param version     shown with every decision the model makes
     * @param temperature divides the log-probabilities; fitted on held-out letters so confidences are true
     * @param trainedOn   how many documents it was trained on
     * @param trainedAt   ISO date of training
     * @param notes       how it was made, for the model card
     */
    public record ModelCard(String version, double temperature, int trainedOn, String trainedAt, Map<String, Object> notes) {
    }

    public static CategoriserModel load(Path folder, String name) throws IOException {
        Path bin = folder.resolve(name + ".bin");
        Path json = folder.resolve(name + ".json");
        if (!Files.isRegularFile(bin) || !Files.isRegularFile(json)) {
            throw new IOException("No categoriser model at " + bin + "; train one with ./docket train");
        }
        try (InputStream in = Files.newInputStream(bin)) {
            return new CategoriserModel(new DoccatModel(in), JsonMapper.builder().build().readValue(json.toFile(), ModelCard.class));
        }
    }

    public void save(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(name + ".bin"))) {
            model.serialize(out);
        }
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(folder.resolve(name + ".json").toFile(), card);
    }

}
