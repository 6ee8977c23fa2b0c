package org.docket.review;

import java.time.Instant;
import java.util.List;
import org.docket.document.Classification;
import org.docket.document.DocumentStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Documents waiting for a person: safeguarding concerns first, then the oldest. */
@Repository
public class ReviewQueue {

    /** One waiting document, with what the machine thought and why it did not route it. */
    public record Item(String documentId, String fileName, Instant receivedAt, String language, int pages,
                       boolean safeguarding, Classification classification, List<String> reasons) {
    }

    private final JdbcClient jdbc;
    private final DocumentStore documents;
    private final JsonMapper json;

    ReviewQueue(JdbcClient jdbc, DocumentStore documents, JsonMapper json) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.json = json;
    }

    public List<Item> waiting(int limit) {
        return jdbc.sql("""
                SELECT d.id, d.file_name, d.received_at, d.language, d.page_count, d.safeguarding, r.reasons
                FROM document d JOIN routing_decision r ON r.document_id = d.id
                WHERE d.status = 'REVIEW'
                ORDER BY d.safeguarding DESC, d.received_at, d.id
                FETCH FIRST ? ROWS ONLY""")
                .param(limit)
                .query((rs, row) -> new Item(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getInt(5), rs.getBoolean(6), documents.classificationOf(rs.getString(1)).orElseThrow(),
                        json.readValue(rs.getString(7), new TypeReference<List<String>>() { })))
                .list();
    }

    public long size() {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE status = 'REVIEW'").query(Long.class).single();
    }
}
