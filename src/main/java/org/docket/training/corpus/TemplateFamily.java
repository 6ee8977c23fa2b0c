package org.docket.training.corpus;

/**
 * Disjoint sets of templates, phrase banks and sender types. A model is trained on one family and
 * measured on another, so that its figures say how it does on post written by people unlike
 * whoever wrote its training data.
 */
public enum TemplateFamily {
    /** What the shipped model is trained on. */
    TRAINING,
    /** Held out from training; used to fit calibration and thresholds. */
    CALIBRATION,
    /** Held out from both; the sample post in sample-docs/ is written from it. */
    SAMPLE,
    /**
     * Written last and never consulted while the others were broadened or a model was tuned: the
     * family the classifier's published figures are measured on.
     */
    HELDOUT
}
