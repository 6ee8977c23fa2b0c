package org.docket.training;

import java.io.IOException;
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
import org.docket.classification.SafeguardingDetector;
import org.docket.classification.SafeguardingModel;
import org.docket.classification.Sentences;
import org.docket.classification.Tokens;
import org.docket.training.corpus.GeneratedLetter;

/**
 * Trains the sentence-level safeguarding model: the sentences that voice a concern against every
 * sentence of letters that voice none. Its threshold is then chosen on letters from template families
 * it never saw: the highest at which patterns and model together catch 95% of concerns, or, where that
 * would flag more than one ordinary letter in twenty, the one that catches most within that bound.
 */
public class SafeguardingTrainer {

    private static final double TARGET_RECALL = 0.95;
    /** Beyond this share of false alarms the flag would stop meaning anything to a reviewer. */
    private static final double MOST_FALSE_ALARMS = 0.05;
    private static final double[] THRESHOLDS = {0.99, 0.98, 0.97, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5};

    public SafeguardingModel train(List<GeneratedLetter> training, List<GeneratedLetter> heldOut, String version) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (GeneratedLetter letter : training) {
            if (letter.concern() != null) {
                samples.add(new DocumentSample(SafeguardingModel.CONCERN, Tokens.of(letter.concern())));
            } else {
                for (String sentence : Sentences.of(letter.text())) {
                    samples.add(new DocumentSample(SafeguardingModel.NONE, Tokens.of(sentence)));
                }
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "NAIVEBAYES");
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters,
                new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));

        Map<String, Object> chosen = null;
        for (double threshold : THRESHOLDS) {
            Map<String, Object> figures = measure(new SafeguardingModel(model, new SafeguardingModel.Card(version, threshold, Map.of())), heldOut);
            if (chosen == null || (double) figures.get("falseAlarmRate") <= MOST_FALSE_ALARMS
                    && (double) figures.get("recall") > (double) chosen.get("recall")) {
                chosen = figures;
            }
            if ((double) figures.get("recall") >= TARGET_RECALL) {
                break;
            }
        }
        return new SafeguardingModel(model, new SafeguardingModel.Card(version, (double) chosen.get("threshold"), chosen));
    }

    /** Recall and false-alarm rate of patterns plus model on labelled letters. */
    static Map<String, Object> measure(SafeguardingModel model, List<GeneratedLetter> letters) {
        SafeguardingDetector detector = new SafeguardingDetector(model);
        int caught = 0;
        int concerns = 0;
        int falseAlarms = 0;
        int ordinary = 0;
        for (GeneratedLetter letter : letters) {
            boolean flagged = detector.inspect(letter.text()).flagged();
            if (letter.safeguarding()) {
                concerns++;
                caught += flagged ? 1 : 0;
            } else {
                ordinary++;
                falseAlarms += flagged ? 1 : 0;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("threshold", model.card().threshold());
        figures.put("recall", round(caught / (double) Math.max(1, concerns)));
        figures.put("falseAlarmRate", round(falseAlarms / (double) Math.max(1, ordinary)));
        figures.put("heldOutConcerns", concerns);
        figures.put("heldOutOrdinary", ordinary);
        return figures;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
