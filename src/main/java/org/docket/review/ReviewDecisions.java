package org.docket.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.docket.audit.DecisionLog;
import org.docket.classification.Taxonomy;
import org.docket.document.Classification;
import org.docket.document.ContentStore;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.document.RoutingDecision;
import org.docket.document.Status;
import org.docket.routing.Outbox;
import org.docket.search.ArchiveIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens when a reviewer decides a document in the review queue: accept the machine's category
 * or choose another. The decision is recorded, kept as a labelled example for training with
 * corrections, and the document is routed to the chosen category's service, once.
 */
@Service
public class ReviewDecisions {

    /**
     * @param documentId a document waiting in the review queue
     * @param category   the category id the reviewer says it truly belongs to
     * @param reviewer   who decided, as they signed in
     * @param reason     why, in their words; may be empty when they accept the machine's category
     */
    public record Decision(String documentId, String category, String reviewer, String reason) {
    }

    /** @param corrected whether the reviewer chose another category than the machine's */
    public record Outcome(String documentId, String category, String machineCategory, boolean corrected, String target, Path delivery) {
    }

    private final JdbcClient jdbc;
    private final Taxonomy taxonomy;
    private final DocumentStore documents;
    private final ContentStore contents;
    private final Outbox outbox;
    private final ArchiveIndex index;
    private final DecisionLog log;
    private final TransactionTemplate transaction;

    ReviewDecisions(JdbcClient jdbc, Taxonomy taxonomy, DocumentStore documents, ContentStore contents, Outbox outbox,
                    ArchiveIndex index, DecisionLog log, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.documents = documents;
        this.contents = contents;
        this.outbox = outbox;
        this.index = index;
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Settles one document waiting for review. Only the first decision on a document counts: a second,
     * even at the same moment from another reviewer, is refused, so the document is delivered once.
     *
     * @throws IllegalArgumentException when the category or reviewer is missing or not known
     * @throws IllegalStateException    when the document is not waiting for review
     */
    public Outcome decide(Decision decision) {
        if (decision.reviewer() == null || decision.reviewer().isBlank()) {
            throw new IllegalArgumentException("Say who is deciding: a review decision needs the reviewer's name.");
        }
        if (taxonomy.find(decision.category()).isEmpty()) {
            throw new IllegalArgumentException("'" + decision.category() + "' is not a category; choose one of " + String.join(", ", taxonomy.ids()) + ".");
        }
        Document waiting = load(decision.documentId());
        String reason = decision.reason() == null ? "" : decision.reason().strip();
        String machine = waiting.classification().category();
        boolean corrected = !machine.equals(decision.category());
        if (corrected && reason.isEmpty()) {
            throw new IllegalArgumentException("Give a reason when choosing another category than the machine's " + machine + ".");
        }
        String target = taxonomy.targetOf(decision.category());
        Document decided = asDecided(waiting, decision.category(), target);
        return transaction.execute(status -> {
            int claimed = jdbc.sql("UPDATE document SET status = 'ROUTED' WHERE id = ? AND status = 'REVIEW'")
                    .param(waiting.id()).update();
            if (claimed == 0) {
                throw new IllegalStateException("Document " + waiting.id() + " has just been decided by someone else; reload the queue.");
            }
            // where it went now, for its history and a later recall
            jdbc.sql("UPDATE routing_decision SET target = ?, decided_by = ?, decided_at = ? WHERE document_id = ?")
                    .params(target, decision.reviewer(), Timestamp.from(Instant.now()), waiting.id()).update();
            jdbc.sql("""
                    INSERT INTO correction (id, document_id, text_sha256, category, machine_category, model_version, reviewer, reason, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID().toString(), waiting.id(), sha256(waiting.text()), decision.category(), machine,
                            waiting.classification().modelVersion(), decision.reviewer(), reason, Timestamp.from(Instant.now()))
                    .update();
            log.record(waiting.id(), "review", decision.reviewer(), (corrected ? "corrected " + machine + " to " : "accepted ")
                    + decision.category() + ", routed to " + target + (reason.isEmpty() ? "" : ": " + reason));
            return new Outcome(waiting.id(), decision.category(), machine, corrected, target, deliver(decided, decision.reviewer()));
        });
    }

    private Path deliver(Document decided, String reviewer) {
        try {
            Path delivery = outbox.deliver(decided, reviewer);
            if (!documents.delivered(decided.id())) {
                documents.recordDelivery(decided.id(), decided.routing().target(), outbox.root().relativize(delivery).toString());
            }
            index.upsert(decided);
            index.commit();
            return delivery;
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + decided.id() + " could not be delivered to the outbox (" + e.getMessage()
                    + "); it stays in the review queue, try again once the outbox folder is writable.", e);
        }
    }

    private Document load(String documentId) {
        List<Document> found = jdbc.sql("SELECT file_name, sha256, size_bytes, received_at, status, media_type, language FROM document WHERE id = ?")
                .param(documentId)
                .query((rs, row) -> new Document(documentId, contents.pathOf(rs.getString(2)), rs.getString(1), rs.getString(2),
                        rs.getLong(3), rs.getTimestamp(4).toInstant(), Status.valueOf(rs.getString(5)), rs.getString(6),
                        documents.pagesOf(documentId), rs.getString(7), documents.entitiesOf(documentId),
                        documents.classificationOf(documentId).orElse(null), null, null, null))
                .list();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("There is no document " + documentId + "; take the id from the review queue.");
        }
        Document document = found.getFirst();
        if (document.status() != Status.REVIEW || document.classification() == null) {
            throw new IllegalStateException("Document " + documentId + " is " + document.status().name().toLowerCase()
                    + ", not waiting for review; only documents in the review queue can be decided.");
        }
        return document;
    }

    /**
     * The document as the reviewer settled it: their category, with the machine's calibrated confidence
     * in that category where it was among the alternatives (0 otherwise), routed to its service.
     */
    private static Document asDecided(Document waiting, String category, String target) {
        Classification machine = waiting.classification();
        double confidence = machine.alternatives().stream().filter(a -> a.category().equals(category))
                .mapToDouble(Classification.Alternative::confidence).findFirst().orElse(0);
        Classification decided = new Classification(category, confidence, machine.margin(), machine.alternatives(),
                machine.explanation(), machine.flags(), machine.flagReasons(), machine.modelVersion());
        // the route stays REVIEW, as it came: a person, not the machine, sent it on
        return waiting.classified(decided).routed(new RoutingDecision(RoutingDecision.Route.REVIEW, target, List.of()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
