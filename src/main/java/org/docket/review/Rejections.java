package org.docket.review;

import org.docket.audit.DecisionLog;
import org.docket.document.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reviewer rejects a document no service should act on (junk, not the council's), or returns it to
 * its sender. It ends rejected, with who and why recorded; it is not kept as a training example, since
 * it says nothing about which category post belongs to.
 */
@Service
public class Rejections {

    private final Settling settling;
    private final DecisionLog log;
    private final TransactionTemplate transaction;

    Rejections(Settling settling, DecisionLog log, PlatformTransactionManager transactions) {
        this.settling = settling;
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param returnToSender whether the letter goes back to whoever sent it rather than simply being rejected
     * @throws IllegalArgumentException when the reviewer or reason is missing, or there is no such document
     * @throws IllegalStateException    when the document is not waiting for review
     */
    public void reject(String documentId, String reviewer, String reason, boolean returnToSender) {
        Settling.requireReviewer(reviewer);
        String why = Settling.requireReason(reason, "Give a reason for " + (returnToSender ? "returning it to its sender." : "rejecting it."));
        settling.load(documentId, Status.REVIEW, returnToSender ? "returned to its sender" : "rejected");
        transaction.executeWithoutResult(status -> {
            settling.move(documentId, Status.REVIEW, Status.REJECTED);
            log.record(documentId, "reject", reviewer, (returnToSender ? "returned to sender: " : "rejected: ") + why);
        });
        settling.reindex(documentId);
    }
}
