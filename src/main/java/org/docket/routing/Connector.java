package org.docket.routing;

import java.io.IOException;
import java.nio.file.Path;
import org.docket.document.Document;

/**
 * How a service's system is reached. A connector places each message in the outbox folder, once;
 * a folder drop is then delivered, a webhook's message waits there to be sent.
 */
sealed interface Connector permits FolderConnector, WebhookConnector {

    /** {@code folder} or {@code webhook}, as written in jobs/routing.yml. */
    String type();

    /** Places delivery {@code number} of a routed document; answers the file of its message. */
    Path deliver(Document document, String decidedBy, int number) throws IOException;

    /** Places the recall of delivery {@code number}; answers the file of its message. */
    Path recall(Recall recall) throws IOException;

    /** Whether a placed message is already delivered (a folder drop) rather than waiting to be sent. */
    boolean deliveredOnceWritten();

    /** A document taken back from its system: which delivery, by whom, when and why. */
    record Recall(String documentId, String target, int number, String recalledBy, String reason, java.time.Instant at) {
    }
}
