package org.docket.classification;

/**
 * Temperature scaling: raw probabilities are sharpened or softened by one number fitted on letters
 * the model never saw, so that "90%" is right about nine times in ten. Optionally followed by Platt
 * scaling of the chosen category's confidence (a slope and an intercept on its log-odds), which the
 * trainer keeps only when it measures better on letters the fit did not see.
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

    /** Temperature, then Platt scaling of the top probability; the others share what is left in their own proportions. */
    public static double[] calibrate(double[] raw, double temperature, double slope, double intercept) {
        double[] tempered = temper(raw, temperature);
        if (slope == 1 && intercept == 0) {
            return tempered;
        }
        int top = 0;
        for (int i = 1; i < tempered.length; i++) {
            if (tempered[i] > tempered[top]) {
                top = i;
            }
        }
        double scaled = platt(tempered[top], slope, intercept);
        double rest = 0;
        for (int i = 0; i < tempered.length; i++) {
            rest += i == top ? 0 : tempered[i];
        }
        double[] calibrated = new double[tempered.length];
        for (int i = 0; i < tempered.length; i++) {
            double share = rest > 0 ? tempered[i] / rest : 1.0 / (tempered.length - 1);
            calibrated[i] = i == top ? scaled : (1 - scaled) * share;
        }
        return calibrated;
    }

    public static double platt(double confidence, double slope, double intercept) {
        return 1 / (1 + Math.exp(-(slope * logit(confidence) + intercept)));
    }

    /**
     * Slope and intercept of the logistic curve on the log-odds of the chosen category's confidence
     * that best predicts whether it was right (Newton's method on the log-likelihood).
     */
    public static double[] fitPlatt(double[] confidence, boolean[] correct) {
        double slope = 1;
        double intercept = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double gradSlope = 0;
            double gradIntercept = 0;
            double hSS = 0;
            double hSI = 0;
            double hII = 0;
            for (int i = 0; i < confidence.length; i++) {
                double z = logit(confidence[i]);
                double p = 1 / (1 + Math.exp(-(slope * z + intercept)));
                double error = p - (correct[i] ? 1 : 0);
                double weight = p * (1 - p) + 1e-9;
                gradSlope += error * z;
                gradIntercept += error;
                hSS += weight * z * z;
                hSI += weight * z;
                hII += weight;
            }
            double determinant = hSS * hII - hSI * hSI;
            if (Math.abs(determinant) < 1e-12) {
                break;
            }
            double stepSlope = (hII * gradSlope - hSI * gradIntercept) / determinant;
            double stepIntercept = (hSS * gradIntercept - hSI * gradSlope) / determinant;
            slope -= stepSlope;
            intercept -= stepIntercept;
            if (Math.abs(stepSlope) + Math.abs(stepIntercept) < 1e-9) {
                break;
            }
        }
        return new double[] {slope, intercept};
    }

    private static double logit(double p) {
        double clipped = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        return Math.log(clipped / (1 - clipped));
    }

    /**
     * The temperature that minimises the negative log-likelihood of the true categories.
     *
     * @param raw   raw probabilities per held-out document
     * @param truth index of each document's true category
     */
    public static double fitTemperature(double[][] raw, int[] truth) {
        // naive Bayes is far too sure of itself and a margin model's scores far too flat, so the search runs
        // wide: 0.005 to 200, in 2% steps
        double best = 1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double t = 0.005; t <= 200; t *= 1.02) {
            double loss = 0;
            for (int d = 0; d < raw.length; d++) {
                loss -= Math.log(Math.max(temper(raw[d], t)[truth[d]], 1e-12));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return Math.round(best * 100000) / 100000.0;
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
