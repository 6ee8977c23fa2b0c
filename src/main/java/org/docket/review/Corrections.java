package org.docket.review;

import java.time.Instant;
import java.util.List;
import org.docket.document.DocumentStore;
import org.docket.document.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reviewers' decisions kept as labelled examples: what each decided document truly is, with its text. */
@Repository
public class Corrections {

    /**
     * @param category        the category the reviewer chose: the truth, for training
     * @param machineCategory what the model had said
     * @param text            the document's pages as Docket read them, separated by form feeds
     */
    public record Correction(String documentId, String category, String machineCategory, String modelVersion,
                             String reviewer, Instant decidedAt, String language, String text) {
        public boolean corrected() {
            return !category.equals(machineCategory);
        }
    }

    private final JdbcClient jdbc;
    private final DocumentStore documents;

    Corrections(JdbcClient jdbc, DocumentStore documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** Every decision, oldest first. */
    public List<Correction> all() {
        return jdbc.sql("""
                SELECT c.document_id, c.category, c.machine_category, c.model_version, c.reviewer, c.decided_at, d.language
                FROM correction c JOIN document d ON d.id = c.document_id
                ORDER BY c.decided_at, c.id""")
                .query((rs, row) -> new Correction(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), text(rs.getString(1))))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM correction").query(Long.class).single();
    }

    private String text(String documentId) {
        return String.join("\n\f\n", documents.pagesOf(documentId).stream().map(Page::text).toList());
    }
}
