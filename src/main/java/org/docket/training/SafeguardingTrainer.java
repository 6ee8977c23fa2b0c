package org.docket.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.docket.classification.SafeguardingModel;
import org.docket.classification.SafeguardingPatterns;
import org.docket.classification.Sentences;
import org.docket.training.corpus.GeneratedLetter;

/**
 * Trains the sentence-level safeguarding model: the sentences that voice a concern against every
 * sentence of letters that voice none, as words and pairs of words (naive Bayes). Its threshold is then
 * chosen on letters from template families it never saw: the most lenient at which patterns and model
 * together raise a false alarm on at most six ordinary letters in a hundred. A missed concern costs far
 * more than a reviewer's glance at a false alarm: at one in twenty-five, the check missed one concern in
 * fifteen on unseen post; at six in a hundred it misses about one in twenty-five, for false alarms on
 * about one ordinary letter in thirteen (docs/evaluation.md has the measurements).
 */
public class SafeguardingTrainer {

    /** The share of ordinary calibration letters the flag may be raised on needlessly. */
    static final double MOST_FALSE_ALARMS = 0.06;
    /** Candidate thresholds on the log of the odds of a concern, strictest first: 10^20 to one down to even odds. */
    private static final double[] THRESHOLDS = IntStream.iterate(80, k -> k >= 0, k -> k - 1).mapToDouble(k -> k / 4.0).toArray();

    public SafeguardingModel train(List<GeneratedLetter> training, List<GeneratedLetter> heldOut, String version) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (GeneratedLetter letter : training) {
            if (letter.concern() != null) {
                samples.add(new DocumentSample(SafeguardingModel.CONCERN, SafeguardingModel.words(letter.concern())));
            } else {
                for (String sentence : Sentences.of(letter.text())) {
                    samples.add(new DocumentSample(SafeguardingModel.NONE, SafeguardingModel.words(sentence)));
                }
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "NAIVEBAYES");
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters,
                new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)}));

        SafeguardingModel untuned = new SafeguardingModel(model, new SafeguardingModel.Card(version, Double.POSITIVE_INFINITY, Map.of()));
        List<Scored> scored = heldOut.stream().map(letter -> new Scored(letter, !SafeguardingPatterns.find(letter.text()).isEmpty(),
                untuned.highestScore(letter.text()))).toList();
        double chosen = THRESHOLDS[0];
        for (double threshold : THRESHOLDS) {
            if (figures(scored, threshold).falseAlarmRate() > MOST_FALSE_ALARMS) {
                break;
            }
            chosen = threshold;
        }
        return new SafeguardingModel(model, new SafeguardingModel.Card(version, chosen, card(figures(scored, chosen), chosen)));
    }

    /** A calibration letter with what the patterns said and its most worrying sentence's score, so thresholds are tried cheaply. */
    private record Scored(GeneratedLetter letter, boolean byPatterns, double highest) {
    }

    private static SafeguardingFigures figures(List<Scored> scored, double threshold) {
        List<SafeguardingFigures.Row> rows = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            boolean flagged = s.byPatterns() || s.highest() > threshold;
            rows.add(new SafeguardingFigures.Row(String.valueOf(i), s.letter().language(), s.letter().safeguarding(), flagged));
        }
        return SafeguardingFigures.of(rows);
    }

    /** The figures the model card and models/safeguarding.json carry. */
    private static Map<String, Object> card(SafeguardingFigures figures, double threshold) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("threshold", threshold);
        card.put("recall", figures.recall());
        card.put("falseAlarmRate", figures.falseAlarmRate());
        card.put("heldOutConcerns", figures.concerns());
        card.put("heldOutOrdinary", figures.documents() - figures.concerns());
        Map<String, Object> byLanguage = new LinkedHashMap<>();
        figures.byLanguage().forEach((language, slice) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("recall", slice.recall());
            one.put("falseAlarmRate", slice.falseAlarmRate());
            one.put("concerns", slice.concerns());
            one.put("ordinary", slice.documents() - slice.concerns());
            byLanguage.put(language, one);
        });
        card.put("byLanguage", byLanguage);
        return card;
    }
}
