package org.docket.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.document.Status;
import org.docket.search.ArchiveIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every reviewer's action shares: who and why are given, the document is where the action needs
 * it, and it is moved on in one step that a second reviewer at the same moment cannot also take.
 */
@Component
class Settling {

    private final JdbcClient jdbc;
    private final DocumentStore documents;
    private final ArchiveIndex index;

    Settling(JdbcClient jdbc, DocumentStore documents, ArchiveIndex index) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.index = index;
    }

    static void requireReviewer(String reviewer) {
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("Say who is deciding: a review decision needs the reviewer's name.");
        }
    }

    /** The reason, stripped; a sentence asking for one when it is missing. */
    static String requireReason(String reason, String asking) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            throw new IllegalArgumentException(asking);
        }
        return given;
    }

    /** The document, which must stand where the action starts from. */
    Document load(String documentId, Status from, String action) {
        Document document = documents.load(documentId).orElseThrow(() ->
                new IllegalArgumentException("There is no document " + documentId + "; take the id from the review queue or a search."));
        if (document.status() != from) {
            throw new IllegalStateException("Document " + documentId + " is " + describe(document.status()) + ", so it cannot be "
                    + action + "; only a document " + describe(from) + " can.");
        }
        return document;
    }

    /** Moves the document on, or refuses when someone else moved it first. */
    void move(String documentId, Status from, Status to) {
        int moved = jdbc.sql("UPDATE document SET status = ? WHERE id = ? AND status = ?").params(to.name(), documentId, from.name()).update();
        if (moved == 0) {
            throw new IllegalStateException("Document " + documentId + " has just been decided by someone else; reload the page.");
        }
    }

    /** Shows the document in search as it now stands. */
    void reindex(String documentId) {
        try {
            index.upsert(documents.load(documentId).orElseThrow());
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be updated (" + e.getMessage() + "); try again.", e);
        }
    }

    /** Leaves the document out of search (a duplicate of one that is there, a scan whose parts are there). */
    void unindex(String documentId) {
        try {
            index.remove(documentId);
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be updated (" + e.getMessage() + "); try again.", e);
        }
    }

    static String describe(Status status) {
        return switch (status) {
            case REVIEW -> "waiting for review";
            case ROUTED -> "routed to its service";
            case DUPLICATE -> "a duplicate";
            case REJECTED -> "rejected";
            case SPLIT -> "split into parts";
            case QUARANTINED -> "quarantined";
            default -> "still being taken in";
        };
    }
}
