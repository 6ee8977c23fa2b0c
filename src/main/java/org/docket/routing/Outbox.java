package org.docket.routing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.routing.OutboxMessages.Kind;
import org.docket.routing.OutboxMessages.State;
import org.docket.system.DocketProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands routed documents, and recalls of them, to each service's system through its connector in
 * jobs/routing.yml: the folder drop ({@code outbox/<target>/<documentId>.json}, the default) or a
 * webhook. Every message is recorded in the same transaction as the decision that caused it, under an
 * idempotency key, so a crash loses nothing and a re-run hands nothing over twice.
 */
@Component
public class Outbox {

    private final OutboxFolder folder;
    private final OutboxProperties settings;
    private final OutboxMessages messages;
    private final DocumentStore documents;
    private final FolderConnector folderDrop;
    private final WebhookConnector webhook;

    Outbox(DocketProperties properties, JsonMapper json, OutboxProperties settings, OutboxMessages messages, DocumentStore documents) {
        this.folder = new OutboxFolder(properties.dataDirectory().outbox());
        this.settings = settings;
        this.messages = messages;
        this.documents = documents;
        this.folderDrop = new FolderConnector(folder, json);
        this.webhook = new WebhookConnector(folder, json, settings.link());
    }

    /** Delivers the document unless it is already delivered; answers the path of its message. */
    public Path deliver(Document document) throws IOException {
        return deliver(document, "docket");
    }

    /** As {@link #deliver(Document)}, for a document a person decided: {@code decidedBy} names them. */
    public Path deliver(Document document, String decidedBy) throws IOException {
        int last = lastDelivery(document.id());
        int number = last == 0 || closed(document.id(), last) ? last + 1 : last;
        String key = OutboxMessages.key(document.id(), Kind.ROUTE, number);
        var recorded = messages.find(key);
        if (recorded.isPresent()) {
            return folder.root().resolve(recorded.get().location());
        }
        String target = document.routing().target();
        Connector connector = connectorOf(target);
        Path message = connector.deliver(document, decidedBy, number);
        record(document.id(), target, Kind.ROUTE, number, connector, message);
        return message;
    }

    /**
     * Tells the document's system to give back its latest delivery; a webhook's delivery that has not
     * left yet is held back as well. Answers the path of the recall's message.
     *
     * @throws IllegalStateException when the document was never delivered, or its delivery is already recalled
     */
    public Path recall(String documentId, String target, String recalledBy, String reason) throws IOException {
        int number = lastDelivery(documentId);
        if (number == 0 || closed(documentId, number)) {
            throw new IllegalStateException("Document " + documentId + " is not with a service's system, so there is nothing to recall.");
        }
        messages.cancel(OutboxMessages.key(documentId, Kind.ROUTE, number));
        Connector connector = connectorOf(target);
        Path message = connector.recall(new Connector.Recall(documentId, target, number, recalledBy, reason, Instant.now()));
        record(documentId, target, Kind.RECALL, number, connector, message);
        return message;
    }

    /** Holds back the document's latest delivery if it has not left Docket; false when it has (or was a folder drop). */
    public boolean holdBack(String documentId) {
        int number = lastDelivery(documentId);
        return number > 0 && messages.find(OutboxMessages.key(documentId, Kind.RECALL, number)).isEmpty()
                && messages.cancel(OutboxMessages.key(documentId, Kind.ROUTE, number));
    }

    public Path root() {
        return folder.root();
    }

    private Connector connectorOf(String target) {
        return settings.of(target).webhook() ? webhook : folderDrop;
    }

    private void record(String documentId, String target, Kind kind, int number, Connector connector, Path message) {
        messages.record(OutboxMessages.key(documentId, kind, number), documentId, target, kind, number, connector.type(),
                folder.root().relativize(message).toString(), connector.deliveredOnceWritten() ? State.DELIVERED : State.PENDING,
                Instant.now());
    }

    /** Documents delivered before the outbox kept its messages count as delivered once. */
    private int lastDelivery(String documentId) {
        int last = messages.lastDelivery(documentId);
        return last == 0 && documents.delivered(documentId) ? 1 : last;
    }

    /** Whether delivery {@code number} is over: recalled, or held back before it left. */
    private boolean closed(String documentId, int number) {
        return messages.find(OutboxMessages.key(documentId, Kind.RECALL, number)).isPresent()
                || messages.find(OutboxMessages.key(documentId, Kind.ROUTE, number)).map(m -> m.state() == State.CANCELLED).orElse(false);
    }
}
