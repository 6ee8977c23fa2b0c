package org.docket.document;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.docket.document.Classification.Alternative;
import org.docket.document.Classification.Term;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Documents, their pages, classification and routing decision in the database. */
@Repository
public class DocumentStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DocumentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The first copy with these bytes, if one has been taken in. */
    public Optional<String> firstCopyOf(String sha256) {
        return jdbc.sql("SELECT id FROM document WHERE sha256 = ? AND status <> 'DUPLICATE' ORDER BY received_at, id")
                .param(sha256).query(String.class).list().stream().findFirst();
    }

    /** Records a document that has reached the end of intake, with everything known about it. */
    public void save(Document document, long jobInstanceId) {
        boolean flagged = document.classification() != null && !document.classification().flags().isEmpty();
        jdbc.sql("""
                INSERT INTO document (id, sha256, file_name, source_path, media_type, size_bytes, status, duplicate_of,
                    quarantine_reason, language, page_count, safeguarding, job_instance_id, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id(), document.sha256(), document.fileName(), document.source().toString(),
                        document.mediaType(), document.sizeBytes(), document.status().name(), document.duplicateOf(),
                        document.quarantineReason(), document.language(), document.pages().size(), flagged,
                        jobInstanceId, Timestamp.from(document.receivedAt()))
                .update();
        for (Page page : document.pages()) {
            jdbc.sql("INSERT INTO page (document_id, page_no, text, confidence, method) VALUES (?, ?, ?, ?, ?)")
                    .params(document.id(), page.number(), clip(page.text()), page.confidence(), page.method().name())
                    .update();
        }
        for (Entity entity : document.entities()) {
            jdbc.sql("INSERT INTO entity (document_id, entity_type, entity_value) VALUES (?, ?, ?)")
                    .params(document.id(), entity.type(), clip(entity.value(), 400))
                    .update();
        }
        Classification classification = document.classification();
        if (classification != null) {
            jdbc.sql("""
                    INSERT INTO classification (document_id, category, confidence, margin, alternatives, explanation,
                        flags, flag_reasons, model_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(document.id(), classification.category(), classification.confidence(), classification.margin(),
                            json.writeValueAsString(classification.alternatives()),
                            json.writeValueAsString(classification.explanation()),
                            String.join(",", classification.flags()), json.writeValueAsString(classification.flagReasons()),
                            classification.modelVersion())
                    .update();
        }
        RoutingDecision routing = document.routing();
        if (routing != null) {
            jdbc.sql("INSERT INTO routing_decision (document_id, route, target, reasons, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(document.id(), routing.route().name(), routing.target(), json.writeValueAsString(routing.reasons()),
                            "docket " + classification.modelVersion(), Timestamp.from(java.time.Instant.now()))
                    .update();
        }
    }

    public Optional<Classification> classificationOf(String documentId) {
        return jdbc.sql("SELECT * FROM classification WHERE document_id = ?").param(documentId)
                .query((rs, row) -> new Classification(rs.getString("category"), rs.getDouble("confidence"), rs.getDouble("margin"),
                        json.readValue(rs.getString("alternatives"), new TypeReference<List<Alternative>>() { }),
                        json.readValue(rs.getString("explanation"), new TypeReference<List<Term>>() { }),
                        rs.getString("flags").isEmpty() ? List.of() : List.of(rs.getString("flags").split(",")),
                        json.readValue(rs.getString("flag_reasons"), new TypeReference<List<String>>() { }),
                        rs.getString("model_version")))
                .optional();
    }

    /** Everything recorded of a document, as the record intake ended with. */
    public Optional<Document> load(String id) {
        return jdbc.sql("SELECT * FROM document WHERE id = ?").param(id)
                .query((rs, row) -> new Document(rs.getString("id"), Path.of(rs.getString("source_path")), rs.getString("file_name"),
                        rs.getString("sha256"), rs.getLong("size_bytes"), rs.getTimestamp("received_at").toInstant(),
                        Status.valueOf(rs.getString("status")), rs.getString("media_type"), pagesOf(id), rs.getString("language"),
                        entitiesOf(id), classificationOf(id).orElse(null), routingOf(id).orElse(null),
                        rs.getString("duplicate_of"), rs.getString("quarantine_reason")))
                .optional();
    }

    /** The ids of documents that were read and are routed, in review or rejected: what the archive index holds. */
    public List<String> searchableIds() {
        return jdbc.sql("SELECT id FROM document WHERE status IN ('ROUTED', 'REVIEW', 'REJECTED') ORDER BY received_at, id").query(String.class).list();
    }

    public Optional<RoutingDecision> routingOf(String documentId) {
        return jdbc.sql("SELECT route, target, reasons FROM routing_decision WHERE document_id = ?").param(documentId)
                .query((rs, row) -> new RoutingDecision(RoutingDecision.Route.valueOf(rs.getString(1)), rs.getString(2),
                        json.readValue(rs.getString(3), new TypeReference<List<String>>() { })))
                .optional();
    }

    public List<Page> pagesOf(String documentId) {
        return jdbc.sql("SELECT page_no, text, confidence, method FROM page WHERE document_id = ? ORDER BY page_no")
                .param(documentId)
                .query((rs, row) -> new Page(rs.getInt(1), rs.getString(2), rs.getDouble(3), Page.Method.valueOf(rs.getString(4))))
                .list();
    }

    public void recordDelivery(String documentId, String target, String path) {
        jdbc.sql("INSERT INTO outbox_delivery (document_id, target, path, delivered_at) VALUES (?, ?, ?, ?)")
                .params(documentId, target, path, Timestamp.from(java.time.Instant.now()))
                .update();
    }

    public boolean delivered(String documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_delivery WHERE document_id = ?").param(documentId).query(Long.class).single() > 0;
    }

    public List<Entity> entitiesOf(String documentId) {
        return jdbc.sql("SELECT entity_type, entity_value FROM entity WHERE document_id = ? ORDER BY entity_type, entity_value").param(documentId)
                .query((rs, row) -> new Entity(rs.getString(1), rs.getString(2))).list();
    }

    private static String clip(String text) {
        return clip(text, 1_000_000);
    }

    private static String clip(String text, int longest) {
        return text.length() <= longest ? text : text.substring(0, longest);
    }
}
