package org.docket.extraction;

import java.nio.file.Path;

/**
 * Reads one file into pages, or says in a sentence why it cannot. Never throws for a bad file. Intake
 * uses the worker-process reader by default ({@code docket.intake.isolation}); one-off commands may read
 * in-process.
 */
public interface Extractor {

    Extraction extract(Path file);
}
