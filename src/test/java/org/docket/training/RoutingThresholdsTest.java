package org.docket.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.docket.training.RoutingThresholds.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingThresholdsTest {

    private static final double MARGIN = 0.3;

    /** n letters given this category at this confidence, well ahead of the runner-up, of which the first `right` were right. */
    private static List<Decision> letters(String category, double confidence, int n, int right) {
        return letters(category, confidence, 0.9, n, right);
    }

    private static List<Decision> letters(String category, double confidence, double margin, int n, int right) {
        List<Decision> letters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            letters.add(new Decision(category, confidence, margin, i < right));
        }
        return letters;
    }

    @Test
    void thresholdIsTheLowestConfidenceAboveWhichTheTargetPrecisionHolds() {
        List<Decision> decisions = new ArrayList<>();
        decisions.addAll(letters("waste", 0.97, 100, 100));   // all right
        decisions.addAll(letters("waste", 0.80, 50, 40));     // 80% right
        Map<String, Double> thresholds = RoutingThresholds.fit(decisions, List.of("waste"), 0.99, MARGIN);
        assertThat(thresholds.get("waste")).isGreaterThan(0.80).isLessThanOrEqualTo(0.97);
    }

    @Test
    void categoryNeverPreciseEnoughIsAlwaysReviewed() {
        Map<String, Double> thresholds = RoutingThresholds.fit(letters("complaints", 0.99, 100, 90), List.of("complaints"), 0.99, MARGIN);
        assertThat(thresholds.get("complaints")).isEqualTo(RoutingThresholds.NEVER);
    }

    @Test
    void tooFewLettersAreNotTrusted() {
        Map<String, Double> thresholds = RoutingThresholds.fit(letters("licensing", 0.99, 10, 10), List.of("licensing"), 0.99, MARGIN);
        assertThat(thresholds.get("licensing")).isEqualTo(RoutingThresholds.NEVER);
    }

    @Test
    void allRightFromTheLowestConfidenceGivesTheLowestThreshold() {
        Map<String, Double> thresholds = RoutingThresholds.fit(letters("parking", 0.60, 40, 40), List.of("parking"), 0.99, MARGIN);
        assertThat(thresholds.get("parking")).isEqualTo(0.5);
    }

    @Test
    void lettersTooCloseToTheRunnerUpAreReviewedAnywaySoTheyDoNotCount() {
        List<Decision> decisions = new ArrayList<>();
        decisions.addAll(letters("waste", 0.80, 0.9, 40, 40));    // clear leads, all right
        decisions.addAll(letters("waste", 0.80, 0.1, 40, 20));    // close calls, half wrong: never auto-routed
        Map<String, Double> thresholds = RoutingThresholds.fit(decisions, List.of("waste"), 0.99, MARGIN);
        assertThat(thresholds.get("waste")).isEqualTo(0.5);
    }

    @Test
    void thresholdsAreWrittenAsRoutingSettings(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("routing-thresholds.yml");
        RoutingThresholds.write(new TreeMap<>(Map.of("waste", 0.725, "complaints", 1.0)), file, "a test");
        assertThat(file).content().contains("docket:\n  routing:\n    thresholds:\n")
                .contains("      complaints: 1.000\n      waste: 0.725\n");
    }
}
