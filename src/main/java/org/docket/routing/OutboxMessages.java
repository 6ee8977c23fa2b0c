package org.docket.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox's messages in the database: what was handed to which system, and where each stands. */
@Repository
public class OutboxMessages {

    public enum Kind { ROUTE, RECALL }

    /** PENDING waits to be sent, DELIVERED was taken (a 2xx or a folder drop), DEAD ran out of attempts, CANCELLED was taken back before it left. */
    public enum State { PENDING, DELIVERED, DEAD, CANCELLED }

    /**
     * @param key      the idempotency key: the same on every attempt, so a receiver sees each message once
     * @param number   which delivery of the document this is (1 for the first, 2 after a recall and a new decision, ...)
     * @param location the message's body under the outbox folder
     */
    public record Message(String key, String documentId, String target, Kind kind, int number, String connector,
                          String location, State state, int attempts, String lastError, Instant nextAttemptAt,
                          Instant createdAt, Instant deliveredAt) {
    }

    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String key(String documentId, Kind kind, int number) {
        return documentId + "-" + kind.name().toLowerCase() + "-" + number;
    }

    /** The number of the document's latest delivery, 0 when it has never been delivered. */
    public int lastDelivery(String documentId) {
        return jdbc.sql("SELECT COALESCE(MAX(delivery_no), 0) FROM outbox_message WHERE document_id = ? AND kind = 'ROUTE'")
                .param(documentId).query(Integer.class).single();
    }

    public Optional<Message> find(String key) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE message_key = ?").param(key).query(OutboxMessages::message).optional();
    }

    /** Records a message once: a re-run that hands over the same message again changes nothing. */
    void record(String key, String documentId, String target, Kind kind, int number, String connector, String location,
                State state, Instant now) {
        if (find(key).isPresent()) {
            return;
        }
        int position = kind == Kind.ROUTE ? 2 * number - 1 : 2 * number;
        jdbc.sql("""
                INSERT INTO outbox_message (message_key, document_id, target, kind, delivery_no, position, connector, location,
                    state, attempts, next_attempt_at, created_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(key, documentId, target, kind.name(), number, position, connector, location, state.name(),
                        at(now), at(now), state == State.DELIVERED ? at(now) : null)
                .update();
    }

    /** Webhook messages due to be sent, oldest first; one waits while an earlier message of its document has not gone. */
    List<Message> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM outbox_message m
                WHERE m.state = 'PENDING' AND m.connector = 'webhook' AND m.next_attempt_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM outbox_message e WHERE e.document_id = m.document_id
                                  AND e.position < m.position AND e.state IN ('PENDING', 'DEAD'))
                ORDER BY m.created_at, m.position
                FETCH FIRST ? ROWS ONLY""")
                .params(at(now), limit).query(OutboxMessages::message).list();
    }

    /** Takes the next attempt of a message for this sender alone; false when another sender took it first. */
    boolean claim(Message message, Instant nextAttempt) {
        return jdbc.sql("UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = ? WHERE message_key = ? AND attempts = ? AND state = 'PENDING'")
                .params(at(nextAttempt), message.key(), message.attempts()).update() == 1;
    }

    void delivered(String key, Instant at) {
        jdbc.sql("UPDATE outbox_message SET state = 'DELIVERED', delivered_at = ?, last_error = NULL WHERE message_key = ?")
                .params(at(at), key).update();
    }

    void failed(String key, String error, boolean dead) {
        jdbc.sql("UPDATE outbox_message SET state = ?, last_error = ? WHERE message_key = ? AND state = 'PENDING'")
                .params(dead ? State.DEAD.name() : State.PENDING.name(), clip(error), key).update();
    }

    /** Sends a dead message again from its first attempt; false when it is not dead. */
    public boolean retry(String key, Instant now) {
        return jdbc.sql("UPDATE outbox_message SET state = 'PENDING', attempts = 0, next_attempt_at = ? WHERE message_key = ? AND state = 'DEAD'")
                .params(at(now), key).update() == 1;
    }

    /** Takes back a message that has not left; false when it has been sent, or an attempt is under way. */
    boolean cancel(String key) {
        return jdbc.sql("UPDATE outbox_message SET state = 'CANCELLED' WHERE message_key = ? AND (state = 'DEAD' OR (state = 'PENDING' AND attempts = 0))")
                .param(key).update() == 1;
    }

    /** What has not reached its system yet: dead messages first, then those waiting. */
    public List<Message> unsettled() {
        return jdbc.sql("SELECT * FROM outbox_message WHERE state IN ('DEAD', 'PENDING') ORDER BY state, created_at, position")
                .query(OutboxMessages::message).list();
    }

    public List<Message> ofDocument(String documentId) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE document_id = ? ORDER BY position").param(documentId)
                .query(OutboxMessages::message).list();
    }

    public long count(State state) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE state = ?").param(state.name()).query(Long.class).single();
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Message(rs.getString("message_key"), rs.getString("document_id"), rs.getString("target"),
                Kind.valueOf(rs.getString("kind")), rs.getInt("delivery_no"), rs.getString("connector"), rs.getString("location"),
                State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getTimestamp("created_at").toInstant(),
                delivered == null ? null : delivered.toInstant());
    }

    /** To the millisecond, as every database keeps it, so a moment written and one compared with it are the same. */
    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
