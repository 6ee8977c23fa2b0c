package org.docket.intake;

import java.io.IOException;
import java.nio.file.Path;
import org.docket.audit.DecisionLog;
import org.docket.classification.ConfidenceWords;
import org.docket.document.ContentStore;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.document.Status;
import org.docket.extraction.Quarantine;
import org.docket.routing.Outbox;
import org.docket.search.ArchiveIndex;
import org.docket.system.DataDirectory;
import org.docket.system.StorageFault;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Settles each document of a chunk, inside the chunk's transaction: keeps the original, records the
 * document and the machine's decision, delivers auto-routed ones to the outbox and indexes what can be
 * searched. Each part is idempotent, so a chunk re-run after a crash delivers nothing twice. A write
 * that fails (a full disk, a connector's folder gone) fails the chunk with a sentence saying what to
 * put right before restarting.
 */
class IntakeWriter implements ItemWriter<Document> {

    private final long jobInstanceId;
    private final long jobExecutionId;
    private final DataDirectory folders;
    private final DocumentStore store;
    private final ContentStore contents;
    private final Quarantine quarantine;
    private final Outbox outbox;
    private final ArchiveIndex index;
    private final DecisionLog decisions;

    IntakeWriter(long jobInstanceId, long jobExecutionId, DataDirectory folders, DocumentStore store, ContentStore contents,
                 Quarantine quarantine, Outbox outbox, ArchiveIndex index, DecisionLog decisions) {
        this.jobInstanceId = jobInstanceId;
        this.jobExecutionId = jobExecutionId;
        this.folders = folders;
        this.store = store;
        this.contents = contents;
        this.quarantine = quarantine;
        this.outbox = outbox;
        this.index = index;
        this.decisions = decisions;
    }

    @Override
    public void write(Chunk<? extends Document> chunk) throws IOException {
        boolean indexed = false;
        for (Document document : chunk) {
            if (store.exists(document.id())) {
                continue;
            }
            keepTheFile(document);
            store.save(document, jobInstanceId);
            decisions.record(document.id(), "intake", "docket", describe(document));
            if (document.status() == Status.ROUTED && !store.delivered(document.id())) {
                Path delivered;
                try {
                    delivered = outbox.deliver(document);
                } catch (IOException e) {
                    throw StorageFault.of(e, "the folder connector", outbox.root(), jobExecutionId);
                }
                store.recordDelivery(document.id(), document.routing().target(), outbox.root().relativize(delivered).toString());
            }
            if (document.status() == Status.ROUTED || document.status() == Status.REVIEW) {
                index.upsert(document);
                indexed = true;
            }
        }
        if (indexed) {
            index.commit();
        }
    }

    private void keepTheFile(Document document) throws StorageFault {
        try {
            switch (document.status()) {
                case QUARANTINED -> quarantine.keep(document);
                case DUPLICATE -> { }
                default -> contents.keep(document.source(), document.sha256());
            }
        } catch (IOException e) {
            boolean quarantined = document.status() == Status.QUARANTINED;
            throw StorageFault.of(e, quarantined ? "the quarantine" : "the content store",
                    quarantined ? folders.quarantine() : folders.store(), jobExecutionId);
        }
    }

    private static String describe(Document document) {
        return switch (document.status()) {
            case ROUTED -> "auto-routed to " + document.routing().target() + " as " + document.classification().category()
                    + " (" + ConfidenceWords.percent(document.classification().confidence()) + ", model "
                    + document.classification().modelVersion() + ")";
            case REVIEW -> "sent to review as likely " + document.classification().category() + " ("
                    + ConfidenceWords.percent(document.classification().confidence()) + "): "
                    + String.join("; ", document.routing().reasons());
            case DUPLICATE -> "duplicate of " + document.duplicateOf();
            case QUARANTINED -> "quarantined: " + document.quarantineReason();
            default -> document.status().name();
        };
    }
}
