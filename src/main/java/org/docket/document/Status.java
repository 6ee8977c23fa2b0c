package org.docket.document;

/**
 * Where a document stands in the flow. Intake ends each input routed, in review, a duplicate or
 * quarantined; a reviewer may also reject one (or return it to its sender) or split it into parts.
 */
public enum Status {
    RECEIVED,
    EXTRACTED,
    CLASSIFIED,
    ROUTED,
    REVIEW,
    DUPLICATE,
    QUARANTINED,
    /** A reviewer rejected it or returned it to its sender: no service acts on it. */
    REJECTED,
    /** A reviewer split the scan into parts, each its own document; the whole is kept as it came. */
    SPLIT;

    public boolean isFinal() {
        return this != RECEIVED && this != EXTRACTED && this != CLASSIFIED;
    }
}
