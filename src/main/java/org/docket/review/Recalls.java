package org.docket.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docket.audit.DecisionLog;
import org.docket.document.Document;
import org.docket.document.Status;
import org.docket.routing.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a routed document back from its service's system: the connector is sent a recall, the
 * document returns to the review queue with the recall as its reason, and the record says who and why.
 * Deciding it again delivers it afresh, under a new delivery number, beside the first.
 */
@Service
public class Recalls {

    /** @param message the recall's message in the outbox folder */
    public record Recalled(String documentId, String target, Path message) {
    }

    private final Settling settling;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DecisionLog log;
    private final TransactionTemplate transaction;

    Recalls(Settling settling, Outbox outbox, JdbcClient jdbc, JsonMapper json, DecisionLog log, PlatformTransactionManager transactions) {
        this.settling = settling;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @throws IllegalArgumentException when who or why is missing, or there is no such document
     * @throws IllegalStateException    when the document is not routed
     */
    public Recalled recall(String documentId, String actor, String reason) {
        Settling.requireReviewer(actor);
        String why = Settling.requireReason(reason, "Give a reason for recalling it; the service's system receives it with the recall.");
        Document routed = settling.load(documentId, Status.ROUTED, "recalled");
        String target = routed.routing().target();
        Recalled recalled = transaction.execute(status -> {
            settling.move(documentId, Status.ROUTED, Status.REVIEW);
            List<String> reasons = new ArrayList<>(routed.routing().reasons());
            reasons.addFirst("Recalled from " + target + " by " + actor + ": " + why);
            jdbc.sql("UPDATE routing_decision SET route = 'REVIEW', reasons = ? WHERE document_id = ?")
                    .params(json.writeValueAsString(reasons), documentId).update();
            log.record(documentId, "recall", actor, "recalled from " + target + ": " + why);
            return new Recalled(documentId, target, place(documentId, target, actor, why));
        });
        settling.reindex(documentId);
        return recalled;
    }

    /** Undoes a reviewer's routing: held back when its webhook message has not left, else recalled. */
    void undoRouting(String documentId, String target, String reviewer) {
        if (!outbox.holdBack(documentId)) {
            place(documentId, target, reviewer, "the reviewer undid their decision");
        }
    }

    private Path place(String documentId, String target, String actor, String why) {
        try {
            return outbox.recall(documentId, target, actor, why);
        } catch (IOException e) {
            throw new UncheckedIOException("The recall of " + documentId + " could not be written to the outbox (" + e.getMessage()
                    + "); it stays routed, try again once the outbox folder is writable.", e);
        }
    }
}
