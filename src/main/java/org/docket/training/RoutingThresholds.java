package org.docket.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses each category's auto-routing threshold on held-out letters: the lowest calibrated
 * confidence above which the letters the model gave that category were right at least as often as
 * the target precision (99% by default). A category that never reaches it on enough letters gets a
 * threshold no letter can reach, so it is always reviewed.
 */
public final class RoutingThresholds {

    /** One held-out letter as the model saw it. */
    public record Decision(String chosen, double confidence, boolean correct) {
    }

    /** Fewer letters than this above a threshold, and its precision is not trusted. */
    static final int FEWEST_LETTERS = 20;
    static final double NEVER = 1.0;
    private static final double LOWEST = 0.5;
    private static final double STEP = 0.005;

    private RoutingThresholds() {
    }

    public static Map<String, Double> fit(List<Decision> decisions, List<String> categories, double targetPrecision) {
        Map<String, Double> thresholds = new TreeMap<>();
        for (String category : categories) {
            List<Decision> mine = decisions.stream().filter(d -> d.chosen().equals(category)).toList();
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
