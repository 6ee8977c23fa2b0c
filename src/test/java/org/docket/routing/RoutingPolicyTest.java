package org.docket.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.docket.document.Classification;
import org.docket.document.Classification.Alternative;
import org.docket.document.RoutingDecision.Route;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private final RoutingPolicy policy = new RoutingPolicy(0.90, 0.30, Map.of("childrens-services", 0.97));

    private static Classification classified(String category, double confidence, double runnerUp, List<String> flags) {
        return new Classification(category, confidence, confidence - runnerUp,
                List.of(new Alternative(category, confidence), new Alternative("other", runnerUp)),
                List.of(), flags, flags.isEmpty() ? List.of() : List.of("possible self-harm"), "test");
    }

    @Test
    void confidentClearUnflaggedLetterIsAutoRouted() {
        var decision = policy.decide(classified("waste", 0.95, 0.03, List.of()), "waste-crm");
        assertThat(decision.route()).isEqualTo(Route.AUTO);
        assertThat(decision.target()).isEqualTo("waste-crm");
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void lowConfidenceLetterGoesToReview() {
        var decision = policy.decide(classified("waste", 0.85, 0.05, List.of()), "waste-crm");
        assertThat(decision.route()).isEqualTo(Route.REVIEW);
        assertThat(decision.reasons()).singleElement().asString().contains("low confidence").contains("85%").contains("90%");
    }

    @Test
    void closeCallGoesToReviewEvenWhenConfident() {
        var decision = new RoutingPolicy(0.5, 0.30, Map.of()).decide(classified("parking", 0.60, 0.35, List.of()), "parking-system");
        assertThat(decision.route()).isEqualTo(Route.REVIEW);
        assertThat(decision.reasons()).singleElement().asString().contains("close call");
    }

    @Test
    void safeguardingFlagAlwaysGoesToReview() {
        var decision = policy.decide(classified("housing-needs", 0.999, 0.0, List.of("safeguarding")), "housing-options-system");
        assertThat(decision.route()).isEqualTo(Route.REVIEW);
        assertThat(decision.reasons()).singleElement().asString().contains("safeguarding");
    }

    @Test
    void categoryThresholdOverridesTheDefault() {
        assertThat(policy.decide(classified("childrens-services", 0.95, 0.01, List.of()), "children-care-record").route())
                .isEqualTo(Route.REVIEW);
        assertThat(policy.decide(classified("childrens-services", 0.98, 0.01, List.of()), "children-care-record").route())
                .isEqualTo(Route.AUTO);
    }

    @Test
    void everyReasonThatAppliesIsGiven() {
        var decision = policy.decide(classified("planning", 0.40, 0.35, List.of("safeguarding")), "planning-portal");
        assertThat(decision.reasons()).hasSize(3);
    }
}
