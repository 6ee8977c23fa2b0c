package org.docket.routing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When the machine may route on its own: per-category thresholds chosen by {@code ./docket train} in
 * jobs/routing-thresholds.yml, then jobs/routing.yml, read after it, for the default, the margin and
 * any threshold a person wants to set by hand.
 *
 * @param defaultThreshold the calibrated confidence a category needs unless it has its own threshold
 * @param minimumMargin    how far ahead of the runner-up the chosen category must be
 * @param thresholds       per-category thresholds, by category id
 */
@Validated
@ConfigurationProperties("docket.routing")
public record RoutingProperties(
        @DecimalMin("0.0") @DecimalMax("1.0") double defaultThreshold,
        @DecimalMin("0.0") @DecimalMax("1.0") double minimumMargin,
        Map<String, Double> thresholds) {

    public RoutingProperties {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    }

    public RoutingPolicy policy() {
        return new RoutingPolicy(defaultThreshold, minimumMargin, thresholds);
    }
}
