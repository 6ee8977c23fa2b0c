package org.docket.training.registry;

import java.util.Locale;
import org.docket.training.Evaluation;

/**
 * The rule for replacing the model Docket loads, as a pure function: a challenger is promoted only when
 * it is not worse than the champion on the same held-out letters, that is its macro-F1 is at least the
 * champion's and its calibration error is no higher than the champion's (give or take a hundredth) or
 * within the 0.03 Docket aims for.
 */
public final class ChampionChallenger {

    /** An ECE this small is honest enough that a slightly higher one than the champion's is no loss. */
    public static final double GOOD_ENOUGH_ECE = 0.03;
    /** Another draw of held-out letters moves an ECE by about this much, so a smaller rise is no evidence of loss. */
    public static final double ECE_NOISE = 0.01;

    /** @param promoted whether the challenger becomes current; reason says why, with both sets of figures */
    public record Verdict(boolean promoted, String reason) {
    }

    private ChampionChallenger() {
    }

    /** @param champion null when there is no current model, in which case any challenger is promoted */
    public static Verdict judge(String championVersion, Evaluation champion, String challengerVersion, Evaluation challenger) {
        if (champion == null) {
            return new Verdict(true, "there was no current model; " + challengerVersion + " has macro-F1 " + number(challenger.macroF1())
                    + " and ECE " + number(challenger.ece()) + ".");
        }
        String figures = challengerVersion + " has macro-F1 " + number(challenger.macroF1()) + " against " + number(champion.macroF1())
                + " and ECE " + number(challenger.ece()) + " against " + number(champion.ece()) + " for " + championVersion;
        if (challenger.macroF1() < champion.macroF1()) {
            return new Verdict(false, figures + ": its macro-F1 is lower, so " + championVersion + " stays current.");
        }
        if (challenger.ece() > Math.max(champion.ece() + ECE_NOISE, GOOD_ENOUGH_ECE)) {
            return new Verdict(false, figures + ": its confidences are less honest, so " + championVersion + " stays current.");
        }
        return new Verdict(true, figures + ": not worse, so it replaces " + championVersion + ".");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
