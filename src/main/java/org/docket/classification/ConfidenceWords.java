package org.docket.classification;

/** A calibrated probability in the words a forecast would use, so a number is never shown alone. */
public final class ConfidenceWords {

    private ConfidenceWords() {
    }

    /** A percentage that never claims certainty: "over 99%" rather than 100%, "under 1%" rather than 0%. */
    public static String percent(double confidence) {
        if (confidence >= 0.995) {
            return "over 99%";
        }
        if (confidence < 0.005) {
            return "under 1%";
        }
        return Math.round(confidence * 100) + "%";
    }

    public static String describe(double confidence) {
        if (confidence >= 0.9) {
            return "very likely";
        }
        if (confidence >= 0.7) {
            return "likely";
        }
        if (confidence >= 0.4) {
            return "possibly";
        }
        return "unsure, perhaps";
    }
}
