package org.docket.digitisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archive_document table: the documents of a run whose archival copies are in place. */
@Repository
class ArchiveDocuments {

    private final JdbcClient jdbc;

    ArchiveDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Integer> written(long run) {
        return new HashSet<>(jdbc.sql("SELECT doc_no FROM archive_document WHERE job_instance_id = ?").param(run).query(Integer.class).list());
    }

    void record(long run, DocumentSeparation.Document document, String folder, String manifestSha256) {
        jdbc.sql("""
                INSERT INTO archive_document (job_instance_id, doc_no, first_seq, pages, folder_path, manifest_sha256, written_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(run, document.number(), document.firstSeq(), document.pages().size(), folder, manifestSha256,
                        Timestamp.from(Instant.now()))
                .update();
    }

    long count(long run) {
        return jdbc.sql("SELECT COUNT(*) FROM archive_document WHERE job_instance_id = ?").param(run).query(Long.class).single();
    }
}
