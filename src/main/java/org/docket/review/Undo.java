package org.docket.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.docket.audit.DecisionLog;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.document.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reviewer takes back their last decision on a document within {@code docket.review.undo-window}
 * (30 s unless set): it returns to the review queue. An accept or change whose webhook message has not
 * left is simply held back; one already delivered (every folder drop) is recalled, so the service's
 * system hears of it. The correction it made is no longer a training example. A split is not undone:
 * reject its parts instead.
 */
@Service
public class Undo {

    /** The decisions that can be undone, by their kind in the decision record, and the state each leaves. */
    private static final Map<String, Status> UNDOABLE = Map.of("review", Status.ROUTED, "reject", Status.REJECTED, "duplicate", Status.DUPLICATE);

    private final Settling settling;
    private final Recalls recalls;
    private final DocumentStore documents;
    private final JdbcClient jdbc;
    private final DecisionLog log;
    private final Duration window;
    private final TransactionTemplate transaction;

    Undo(Settling settling, Recalls recalls, DocumentStore documents, JdbcClient jdbc, DecisionLog log, ReviewProperties properties,
         PlatformTransactionManager transactions) {
        this.settling = settling;
        this.recalls = recalls;
        this.documents = documents;
        this.jdbc = jdbc;
        this.log = log;
        this.window = properties.undoWindow();
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether the reviewer may still undo their last decision on this document. */
    public boolean possible(String documentId, String reviewer, Instant now) {
        return undoable(documentId, reviewer, now) == null;
    }

    /**
     * @throws IllegalStateException when the last decision on it is not the reviewer's, cannot be undone, or is too old
     */
    public void undo(String documentId, String reviewer, Instant now) {
        Settling.requireReviewer(reviewer);
        String refusal = undoable(documentId, reviewer, now);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        DecisionLog.Entry last = last(documentId);
        Status from = UNDOABLE.get(last.kind());
        Document decided = settling.load(documentId, from, "undone");
        transaction.executeWithoutResult(status -> {
            settling.move(documentId, from, Status.REVIEW);
            switch (from) {
                case ROUTED -> {
                    recalls.undoRouting(documentId, decided.routing().target(), reviewer);
                    jdbc.sql("""
                            DELETE FROM correction WHERE id IN (SELECT id FROM correction WHERE document_id = ? AND reviewer = ?
                                ORDER BY decided_at DESC FETCH FIRST 1 ROWS ONLY)""").params(documentId, reviewer).update();
                }
                case DUPLICATE -> jdbc.sql("UPDATE document SET duplicate_of = NULL WHERE id = ?").param(documentId).update();
                default -> { }
            }
            log.record(documentId, "undo", reviewer, "undid \"" + last.detail() + "\"; back in the review queue");
        });
        settling.reindex(documentId);
    }

    /** Null when the reviewer may undo their last decision on the document, else why not in a sentence. */
    private String undoable(String documentId, String reviewer, Instant now) {
        if (!documents.exists(documentId)) {
            return "There is no document " + documentId + ".";
        }
        DecisionLog.Entry last = last(documentId);
        if (last == null || !UNDOABLE.containsKey(last.kind()) || !last.actor().equals(reviewer)) {
            return "Only your own last decision on a document can be undone, and only an accept, a change, a rejection or a duplicate.";
        }
        if (last.at().plus(window).isBefore(now)) {
            return "It is more than " + window.toSeconds() + " seconds since that decision, too late to undo it here; "
                    + "recall the document from its history page instead.";
        }
        return null;
    }

    private DecisionLog.Entry last(String documentId) {
        List<DecisionLog.Entry> history = log.historyOf(documentId);
        return history.isEmpty() ? null : history.getLast();
    }
}
