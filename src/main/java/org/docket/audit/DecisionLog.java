package org.docket.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of who or what decided what about a document, and when; never updated, only added to. */
@Repository
public class DecisionLog {

    public record Entry(String documentId, String kind, String actor, String detail, Instant at) {
    }

    private final JdbcClient jdbc;

    DecisionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String documentId, String kind, String actor, String detail) {
        jdbc.sql("INSERT INTO decision_record (id, document_id, kind, actor, detail, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), documentId, kind, actor, detail, Timestamp.from(Instant.now()))
                .update();
    }

    public List<Entry> historyOf(String documentId) {
        return jdbc.sql("SELECT document_id, kind, actor, detail, recorded_at FROM decision_record WHERE document_id = ? ORDER BY recorded_at")
                .param(documentId)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
