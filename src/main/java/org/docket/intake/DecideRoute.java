package org.docket.intake;

import org.docket.classification.Taxonomy;
import org.docket.document.Document;
import org.docket.routing.RoutingPolicy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Auto-route or review, by the routing policy in jobs/routing.yml. */
@Component
@Order(5)
class DecideRoute implements IntakeStage {

    private final RoutingPolicy policy;
    private final Taxonomy taxonomy;

    DecideRoute(RoutingPolicy policy, Taxonomy taxonomy) {
        this.policy = policy;
        this.taxonomy = taxonomy;
    }

    @Override
    public Document apply(Document document) {
        String category = document.classification().category();
        return document.routed(policy.decide(document.classification(), taxonomy.targetOf(category)));
    }
}
