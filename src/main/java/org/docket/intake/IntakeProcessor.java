package org.docket.intake;

import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Runs each received document through the intake pipeline. A document already recorded by an earlier
 * run is filtered out, so re-running intake over the same inbox does nothing twice.
 */
class IntakeProcessor implements ItemProcessor<Document, Document> {

    private static final Logger log = LoggerFactory.getLogger(IntakeProcessor.class);

    private final IntakePipeline pipeline;
    private final DocumentStore store;

    IntakeProcessor(IntakePipeline pipeline, DocumentStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    @Override
    public Document process(Document received) {
        if (store.exists(received.id())) {
            log.info("{} was taken in before; skipped", received.fileName());
            return null;
        }
        Document document = pipeline.run(received);
        log.info("{} → {}{}", document.fileName(), document.status(),
                document.quarantineReason() == null ? "" : " (" + document.quarantineReason() + ")");
        return document;
    }
}
