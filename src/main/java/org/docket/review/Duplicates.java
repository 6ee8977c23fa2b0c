package org.docket.review;

import java.time.Instant;
import java.util.List;
import org.docket.audit.DecisionLog;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.document.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reviewer marks a document as a copy of one Docket already has (a letter sent twice, by post and
 * by e-mail): it is linked to the first copy, goes nowhere itself and leaves search, where the first
 * copy stands for both.
 */
@Service
public class Duplicates {

    /** A document that may be the first copy: one sharing a reference with the one in review. */
    public record Candidate(String documentId, String fileName, Instant receivedAt) {
    }

    private final Settling settling;
    private final DocumentStore documents;
    private final JdbcClient jdbc;
    private final DecisionLog log;
    private final TransactionTemplate transaction;

    Duplicates(Settling settling, DocumentStore documents, JdbcClient jdbc, DecisionLog log, PlatformTransactionManager transactions) {
        this.settling = settling;
        this.documents = documents;
        this.jdbc = jdbc;
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Links the document to its first copy; a first copy that is itself a duplicate is followed to its own.
     *
     * @return the id of the first copy it is now linked to
     */
    public String mark(String documentId, String firstCopyId, String reviewer, String reason) {
        Settling.requireReviewer(reviewer);
        String named = firstCopyId == null ? "" : firstCopyId.strip();
        if (named.isEmpty() || named.equals(documentId)) {
            throw new IllegalArgumentException("Give the id of the first copy, another document than this one (it is on that document's history page).");
        }
        Document first = documents.load(named).orElseThrow(() ->
                new IllegalArgumentException("There is no document " + named + "; copy the first copy's id from its history page."));
        String firstCopy = first.status() == Status.DUPLICATE && first.duplicateOf() != null ? first.duplicateOf() : first.id();
        if (firstCopy.equals(documentId)) {
            throw new IllegalArgumentException("Document " + named + " is itself a copy of this one; mark that one instead.");
        }
        settling.load(documentId, Status.REVIEW, "marked as a duplicate");
        String why = reason == null ? "" : reason.strip();
        transaction.executeWithoutResult(status -> {
            settling.move(documentId, Status.REVIEW, Status.DUPLICATE);
            jdbc.sql("UPDATE document SET duplicate_of = ? WHERE id = ?").params(firstCopy, documentId).update();
            log.record(documentId, "duplicate", reviewer, "duplicate of " + firstCopy + (why.isEmpty() ? "" : ": " + why));
        });
        settling.unindex(documentId);
        return firstCopy;
    }

    /** Documents sharing a reference (an account number, a case reference) with this one, oldest first. */
    public List<Candidate> candidates(String documentId) {
        return jdbc.sql("""
                SELECT DISTINCT d.id, d.file_name, d.received_at FROM entity mine
                JOIN entity other ON other.entity_type = mine.entity_type AND other.entity_value = mine.entity_value
                JOIN document d ON d.id = other.document_id
                WHERE mine.document_id = ? AND other.document_id <> ? AND d.status NOT IN ('DUPLICATE', 'SPLIT', 'QUARANTINED')
                ORDER BY d.received_at, d.id
                FETCH FIRST 5 ROWS ONLY""")
                .params(documentId, documentId)
                .query((rs, row) -> new Candidate(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
