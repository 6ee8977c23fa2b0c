package org.docket.document;

/** Where a document stands in the flow. Every input ends in one of the last four. */
public enum Status {
    RECEIVED,
    EXTRACTED,
    CLASSIFIED,
    ROUTED,
    REVIEW,
    DUPLICATE,
    QUARANTINED;

    public boolean isFinal() {
        return this == ROUTED || this == REVIEW || this == DUPLICATE || this == QUARANTINED;
    }
}
