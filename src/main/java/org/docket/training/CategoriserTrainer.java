package org.docket.training;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.docket.classification.Calibration;
import org.docket.classification.CategoriserModel;
import org.docket.classification.LinearWeights;
import org.docket.classification.Tokens;

/**
 * Trains the categoriser on labelled text, then fits its calibration on a separate held-out
 * set so that the confidences it reports are honest probabilities.
 */
public class CategoriserTrainer {

    /** A labelled text: the category id it truly belongs to. */
    public record Example(String category, String text) {
    }

    /**
     * A linear support vector machine over TF-IDF word stems, pairs of stems, long words whole and
     * reference types: on letters from template families it never saw it is right more often than the
     * naive Bayes of the first versions and than a TF-IDF logistic regression (docs/evaluation.md).
     */
    private static final int BINS = 15;

    /**
     * The model to ship, and how its calibrated first fit decided each held-out letter (where routing
     * thresholds are chosen: the shipped model has learnt those letters, the first fit had not).
     */
    public record Fitted(CategoriserModel model, List<RoutingThresholds.Decision> heldOutDecisions) {
    }

    public CategoriserModel train(List<Example> training, List<Example> calibration, String version) throws IOException {
        return fit(training, calibration, version).model();
    }

    /**
     * Fits on the training letters and calibrates that fit on the held-out ones, which it never saw; then
     * fits again on both with the same settings and keeps the calibration, since more wording to learn
     * from matters most on post unlike any seen. Whether the calibration still holds for the second fit
     * is measured on HELDOUT letters, not assumed (docs/evaluation.md). Each letter is read into terms once.
     */
    public Fitted fit(List<Example> training, List<Example> calibration, String version) throws IOException {
        List<String[]> trainingTerms = terms(training);
        List<String[]> calibrationTerms = terms(calibration);
        LinearWeights first = weigh(trainingTerms, training);
        double[][] raw = new double[calibration.size()][];
        int[] truth = new int[calibration.size()];
        for (int i = 0; i < calibration.size(); i++) {
            raw[i] = first.probabilities(calibrationTerms.get(i));
            truth[i] = first.categories().indexOf(calibration.get(i).category());
        }
        CalibrationChoice choice = CalibrationChoice.fit(raw, truth);
        List<Example> all = new ArrayList<>(training);
        all.addAll(calibration);
        List<String[]> allTerms = new ArrayList<>(trainingTerms);
        allTerms.addAll(calibrationTerms);
        LinearWeights weights = calibration.isEmpty() ? first : weigh(allTerms, all);
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("algorithm", "linear support vector machine per category (squared hinge, C " + LinearTrainer.C + "), TF-IDF over word"
                + " stems (6 letters, Welsh mutations folded), pairs of stems, long words whole and reference types, "
                + weights.vocabulary().size() + " terms");
        notes.put("refitted", "calibrated on a first fit to the " + training.size() + " training letters, then fitted again on those and the "
                + calibration.size() + " calibration letters together");
        notes.put("calibrationDocuments", calibration.size());
        notes.put("calibrationAccuracy", accuracy(raw, truth));
        notes.put("calibration", choice.method());
        notes.put("crossFittedEce", choice.crossFittedEce());
        notes.put("eceBeforeCalibration", ece(raw, truth, 1.0, 1.0, 0.0));
        notes.put("eceAfterCalibration", ece(raw, truth, choice.temperature(), choice.slope(), choice.intercept()));
        CategoriserModel.ModelCard card = new CategoriserModel.ModelCard(version, choice.temperature(), all.size(),
                LocalDate.now().toString(), notes, CategoriserModel.STEMS_PAIRS_AND_ENTITIES, choice.slope(), choice.intercept(),
                CategoriserModel.LINEAR);
        CategoriserModel firstFit = new CategoriserModel(first, card);
        List<RoutingThresholds.Decision> decisions = new ArrayList<>(calibration.size());
        for (int i = 0; i < calibration.size(); i++) {
            decisions.add(RoutingThresholds.decide(firstFit.calibrate(raw[i]), first.categories()::get, calibration.get(i).category()));
        }
        return new Fitted(new CategoriserModel(weights, card), decisions);
    }

    private static List<String[]> terms(List<Example> letters) {
        return letters.stream().map(example -> Tokens.stemsPairsAndEntities(example.text()).terms()).toList();
    }

    private static LinearWeights weigh(List<String[]> terms, List<Example> letters) {
        return new LinearTrainer().train(terms, letters.stream().map(Example::category).toList(), letters.size());
    }

    /**
     * Temperature scaling alone, or followed by Platt scaling of the top confidence: each is fitted on
     * one half of the held-out letters and measured on the other (and the other way round), and the one
     * with the lower expected calibration error is refitted on all of them.
     */
    record CalibrationChoice(String method, double temperature, double slope, double intercept, Map<String, Double> crossFittedEce) {

        static final String TEMPERATURE = "temperature";
        static final String TEMPERATURE_AND_PLATT = "temperature+platt";

        static CalibrationChoice fit(double[][] raw, int[] truth) {
            boolean[] firstHalf = new boolean[raw.length];
            SplittableRandom random = new SplittableRandom(raw.length);
            for (int i = 0; i < raw.length; i++) {
                firstHalf[i] = random.nextBoolean();
            }
            double temperatureOnly = 0;
            double withPlatt = 0;
            for (boolean fold : new boolean[] {true, false}) {
                Held fitOn = Held.of(raw, truth, firstHalf, fold);
                Held measureOn = Held.of(raw, truth, firstHalf, !fold);
                double temperature = Calibration.fitTemperature(fitOn.raw(), fitOn.truth());
                double[] platt = fitPlatt(fitOn, temperature);
                temperatureOnly += ece(measureOn.raw(), measureOn.truth(), temperature, 1.0, 0.0) * measureOn.raw().length / raw.length;
                withPlatt += ece(measureOn.raw(), measureOn.truth(), temperature, platt[0], platt[1]) * measureOn.raw().length / raw.length;
            }
            Map<String, Double> measured = new LinkedHashMap<>();
            measured.put(TEMPERATURE, round(temperatureOnly));
            measured.put(TEMPERATURE_AND_PLATT, round(withPlatt));
            double temperature = Calibration.fitTemperature(raw, truth);
            if (withPlatt < temperatureOnly) {
                double[] platt = fitPlatt(new Held(raw, truth), temperature);
                return new CalibrationChoice(TEMPERATURE_AND_PLATT, temperature, round(platt[0]), round(platt[1]), measured);
            }
            return new CalibrationChoice(TEMPERATURE, temperature, 1.0, 0.0, measured);
        }

        private static double[] fitPlatt(Held held, double temperature) {
            double[] confidence = new double[held.raw().length];
            boolean[] correct = new boolean[held.raw().length];
            for (int i = 0; i < confidence.length; i++) {
                double[] tempered = Calibration.temper(held.raw()[i], temperature);
                int best = argmax(tempered);
                confidence[i] = tempered[best];
                correct[i] = best == held.truth()[i];
            }
            return Calibration.fitPlatt(confidence, correct);
        }
    }

    /** Some held-out letters: raw probabilities and the index of the true category. */
    private record Held(double[][] raw, int[] truth) {
        static Held of(double[][] raw, int[] truth, boolean[] firstHalf, boolean which) {
            List<Integer> picked = new ArrayList<>();
            for (int i = 0; i < raw.length; i++) {
                if (firstHalf[i] == which) {
                    picked.add(i);
                }
            }
            return new Held(picked.stream().map(i -> raw[i]).toArray(double[][]::new), picked.stream().mapToInt(i -> truth[i]).toArray());
        }
    }

    private static double accuracy(double[][] raw, int[] truth) {
        int correct = 0;
        for (int i = 0; i < raw.length; i++) {
            correct += argmax(raw[i]) == truth[i] ? 1 : 0;
        }
        return round(correct / (double) Math.max(1, raw.length));
    }

    private static double ece(double[][] raw, int[] truth, double temperature, double slope, double intercept) {
        double[] confidence = new double[raw.length];
        boolean[] correct = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double[] tempered = Calibration.calibrate(raw[i], temperature, slope, intercept);
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
