package org.docket.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docket.classification.SafeguardingDetector;
import org.docket.document.Classification;
import org.docket.document.RoutingDecision;
import org.docket.document.RoutingDecision.Route;

/**
 * The rule for routing without a person, as a pure function: a document is auto-routed only when its
 * calibrated confidence reaches its category's threshold, it is clearly ahead of the runner-up, and it
 * carries no safeguarding flag. Otherwise it goes to the review queue with every reason that applied.
 *
 * @param defaultThreshold threshold for categories without their own
 * @param minimumMargin    lead over the runner-up needed
 * @param thresholds       per-category thresholds
 */
public record RoutingPolicy(double defaultThreshold, double minimumMargin, Map<String, Double> thresholds) {

    public RoutingPolicy {
        thresholds = Map.copyOf(thresholds);
    }

    public double thresholdFor(String category) {
        return thresholds.getOrDefault(category, defaultThreshold);
    }

    public RoutingDecision decide(Classification classification, String target) {
        List<String> reasons = new ArrayList<>();
        if (classification.flagged(SafeguardingDetector.FLAG)) {
            reasons.add("safeguarding concern: a person must read it first");
        }
        double threshold = thresholdFor(classification.category());
        if (classification.confidence() < threshold) {
            reasons.add("low confidence: %s below the %s needed for %s".formatted(
                    percent(classification.confidence()), percent(threshold), classification.category()));
        }
        if (classification.margin() < minimumMargin) {
            reasons.add("close call: only %s ahead of the runner-up, %s needed".formatted(
                    percent(classification.margin()), percent(minimumMargin)));
        }
        return new RoutingDecision(reasons.isEmpty() ? Route.AUTO : Route.REVIEW, target, reasons);
    }

    private static String percent(double value) {
        return Math.round(value * 100) + "%";
    }
}
