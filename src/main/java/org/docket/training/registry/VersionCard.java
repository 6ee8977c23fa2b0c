package org.docket.training.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docket.training.Evaluation;
import org.docket.training.Evaluation.CategoryFigures;

/**
 * The machine-readable model card of one categoriser version, {@code models/<version>.json}; the same
 * facts are written for people to {@code models/<version>.md}.
 *
 * @param version     the version's name, shown with every decision it makes
 * @param date        ISO date it was registered
 * @param madeBy      the command that made it
 * @param data        what it learnt from
 * @param heldOut     how it did on letters from templates it never saw
 * @param calibration how its confidences were made honest
 * @param decision    whether it was promoted over the champion of the day, and why; null for a model
 *                    registered as it was
 * @param intendedUse what it is for
 * @param knownLimits where it is known to fall short
 */
public record VersionCard(String version, String date, String madeBy, Data data, Figures heldOut, Calibration calibration,
                          Decision decision, String intendedUse, List<String> knownLimits) {

    /**
     * @param summary          one sentence on the training data
     * @param documents        labelled documents trained on
     * @param generatedLetters of those, letters from Docket's generated corpus
     * @param corrections      of those, reviewers' decisions on real post
     * @param corrected        of the corrections, those where the reviewer chose another category than the model
     * @param perCategory      training documents per category id (empty when not known)
     * @param perLanguage      training documents per language (empty when not known)
     */
    public record Data(String summary, int documents, int generatedLetters, int corrections, int corrected,
                       Map<String, Integer> perCategory, Map<String, Integer> perLanguage) {
    }

    /** The headline figures of an {@link Evaluation}, overall and for each category, language and kind of scan. */
    public record Figures(String set, int documents, double accuracy, double macroF1, double ece, double coverageAt99Precision,
                          Map<String, CategoryFigures> perCategory, Map<String, Headline> byLanguage, Map<String, Headline> byScanQuality) {

        public static Figures of(String set, Evaluation evaluation) {
            return new Figures(set, evaluation.documents(), evaluation.accuracy(), evaluation.macroF1(), evaluation.ece(),
                    evaluation.coverageAt99Precision(), evaluation.perCategory(), headlines(evaluation.byLanguage()),
                    headlines(evaluation.byScanQuality()));
        }

        private static Map<String, Headline> headlines(Map<String, Evaluation> slices) {
            Map<String, Headline> headlines = new LinkedHashMap<>();
            slices.forEach((key, slice) -> headlines.put(key, new Headline(slice.documents(), slice.accuracy(), slice.macroF1(),
                    slice.ece(), slice.coverageAt99Precision())));
            return headlines;
        }
    }

    public record Headline(int documents, double accuracy, double macroF1, double ece, double coverageAt99Precision) {
    }

    /**
     * @param temperature  what the model's log-probabilities are divided by
     * @param trainerNotes what the trainer reported: algorithm, calibration set, error before and after
     */
    public record Calibration(double temperature, Map<String, Object> trainerNotes) {
    }

    /**
     * @param promoted  whether it became the model Docket loads
     * @param champion  the version it was measured against; null when there was none
     * @param reason    the comparison, in a sentence
     */
    public record Decision(boolean promoted, String champion, String reason) {
    }
}
