package org.docket.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.docket.classification.Categoriser;
import org.docket.training.CategoriserTrainer.Example;

/**
 * Chooses each category's auto-routing threshold on held-out letters: the lowest calibrated
 * confidence above which the letters the model gave that category, and led the runner-up by the
 * minimum margin routing asks for, were right at least as often as the target precision (99% by
 * default). Letters short of the margin are reviewed whatever their confidence, so they do not count.
 * A category that never reaches the target on enough letters gets a threshold no letter can reach,
 * so it is always reviewed.
 */
public final class RoutingThresholds {

    /** One held-out letter as the model saw it: its chosen category, confidence, lead over the runner-up. */
    public record Decision(String chosen, double confidence, double margin, boolean correct) {
    }

    /** Fewer letters than this above a threshold, and its precision is not trusted. */
    static final int FEWEST_LETTERS = 20;
    static final double NEVER = 1.0;
    private static final double LOWEST = 0.5;
    private static final double STEP = 0.005;

    private RoutingThresholds() {
    }

    /** How the categoriser decides each held-out letter. */
    public static List<Decision> decide(Categoriser categoriser, List<Example> letters) {
        List<Decision> decisions = new ArrayList<>(letters.size());
        for (Example letter : letters) {
            decisions.add(decide(categoriser.probabilities(letter.text()), categoriser::categoryAt, letter.category()));
        }
        return decisions;
    }

    /** How one letter is decided from its calibrated probabilities: the category chosen, its confidence and its lead. */
    public static Decision decide(double[] probabilities, IntFunction<String> categoryAt, String truth) {
        int best = 0;
        int second = -1;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                second = best;
                best = i;
            } else if (second < 0 || probabilities[i] > probabilities[second]) {
                second = i;
            }
        }
        String chosen = categoryAt.apply(best);
        double margin = probabilities[best] - (second < 0 ? 0 : probabilities[second]);
        return new Decision(chosen, probabilities[best], margin, chosen.equals(truth));
    }

    public static Map<String, Double> fit(List<Decision> decisions, List<String> categories, double targetPrecision, double minimumMargin) {
        Map<String, Double> thresholds = new TreeMap<>();
        for (String category : categories) {
            List<Decision> mine = decisions.stream()
                    .filter(d -> d.chosen().equals(category) && d.margin() >= minimumMargin).toList();
            double chosen = NEVER;
            for (int step = 0; LOWEST + step * STEP < 1.0; step++) {
                // whole thousandths, so a letter at exactly a threshold is never lost to rounding
                double threshold = Math.round((LOWEST + step * STEP) * 1000) / 1000.0;
                List<Decision> above = mine.stream().filter(d -> d.confidence() >= threshold).toList();
                if (above.size() < FEWEST_LETTERS) {
                    break;
                }
                long right = above.stream().filter(Decision::correct).count();
                if (right >= targetPrecision * above.size()) {
                    chosen = threshold;
                    break;
                }
            }
            thresholds.put(category, chosen);
        }
        return thresholds;
    }

    /** Writes the thresholds as a jobs/ settings file; jobs/routing.yml, read after it, can still override any of them. */
    public static void write(Map<String, Double> thresholds, Path file, String provenance) throws IOException {
        StringBuilder yaml = new StringBuilder()
                .append("# Written by ./docket train: per-category thresholds chosen on held-out letters (").append(provenance).append(").\n")
                .append("# Edit jobs/routing.yml, not this file, to override one; it is read after this one.\n")
                .append("docket:\n  routing:\n    thresholds:\n");
        thresholds.forEach((category, threshold) ->
                yaml.append("      ").append(category).append(": ").append(String.format(Locale.ROOT, "%.3f", threshold)).append('\n'));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, yaml.toString(), StandardCharsets.UTF_8);
    }
}
