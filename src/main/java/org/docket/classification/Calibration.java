package org.docket.classification;

/**
 * Temperature scaling: raw maxent probabilities are sharpened or softened by one number fitted on
 * letters the model never saw, so that "90%" is right about nine times in ten.
 */
public final class Calibration {

    private Calibration() {
    }

    public static double[] temper(double[] probabilities, double temperature) {
        double[] logits = new double[probabilities.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < probabilities.length; i++) {
            logits[i] = Math.log(Math.max(probabilities[i], 1e-300)) / temperature;
            max = Math.max(max, logits[i]);
        }
        double sum = 0;
        double[] tempered = new double[probabilities.length];
        for (int i = 0; i < logits.length; i++) {
            tempered[i] = Math.exp(logits[i] - max);
            sum += tempered[i];
        }
        for (int i = 0; i < tempered.length; i++) {
            tempered[i] /= sum;
        }
        return tempered;
    }

    /**
     * The temperature that minimises the negative log-likelihood of the true categories.
     *
     * @param raw   raw probabilities per held-out document
     * @param truth index of each document's true category
     */
    public static double fitTemperature(double[][] raw, int[] truth) {
        // naive Bayes is far too sure of itself, so the search runs wide: 0.05 to 200, in 2% steps
        double best = 1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double t = 0.05; t <= 200; t *= 1.02) {
            double loss = 0;
            for (int d = 0; d < raw.length; d++) {
                loss -= Math.log(Math.max(temper(raw[d], t)[truth[d]], 1e-12));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return Math.round(best * 1000) / 1000.0;
    }

    /** Expected calibration error over equal-width confidence bins. */
    public static double expectedCalibrationError(double[] confidence, boolean[] correct, int bins) {
        double[] sumConfidence = new double[bins];
        double[] sumCorrect = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < confidence.length; i++) {
            int bin = Math.min(bins - 1, (int) (confidence[i] * bins));
            sumConfidence[bin] += confidence[i];
            sumCorrect[bin] += correct[i] ? 1 : 0;
            count[bin]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                ece += Math.abs(sumConfidence[b] - sumCorrect[b]) / confidence.length;
            }
        }
        return ece;
    }
}
