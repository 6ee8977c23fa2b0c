package org.docket.document;

import java.util.List;

/**
 * Where a document goes and why.
 *
 * @param route   AUTO when the machine routes it, REVIEW when a person must look first
 * @param target  the line-of-business system of the chosen category
 * @param reasons why it is in review, in words a reviewer can read; empty when auto-routed
 */
public record RoutingDecision(Route route, String target, List<String> reasons) {

    public enum Route { AUTO, REVIEW }

    public RoutingDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean automatic() {
        return route == Route.AUTO;
    }
}
