package org.docket.digitisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archive_page table: every page of a run, listed first, its reading recorded once. */
@Repository
class ArchivePages {

    /** One page's recorded reading, as the archival outputs and the re-scan list need it. */
    record Stored(ListedPage page, PageReading.Kind kind, String failure, String text, String hocr, String alto,
                  double confidence, double dictionaryShare, int words, int width, int height, int dpi) {
    }

    private final JdbcClient jdbc;

    ArchivePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean listed(long run) {
        return jdbc.sql("SELECT COUNT(*) FROM archive_page WHERE job_instance_id = ?").param(run).query(Long.class).single() > 0;
    }

    void list(long run, String collection, List<ListedPage> pages) {
        for (ListedPage page : pages) {
            jdbc.sql("""
                    INSERT INTO archive_page (job_instance_id, seq, collection_name, box, folder, item, source_file, page_in_file)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(run, page.seq(), collection, page.box(), page.folder(), page.item(), page.sourceFile(), page.pageInFile())
                    .update();
        }
    }

    /** The range of page numbers listed for a run, for splitting it into partitions. */
    int[] range(long run) {
        return jdbc.sql("SELECT COALESCE(MIN(seq), 1), COALESCE(MAX(seq), 0) FROM archive_page WHERE job_instance_id = ?").param(run)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    /** Pages of the range whose reading was never committed. */
    List<ListedPage> unread(long run, int from, int to) {
        return jdbc.sql("SELECT seq, box, folder, item, source_file, page_in_file FROM archive_page "
                        + "WHERE job_instance_id = ? AND seq BETWEEN ? AND ? AND read_at IS NULL ORDER BY seq")
                .params(run, from, to).query((rs, row) -> listed(rs)).list();
    }

    void record(long run, PageReading reading) {
        jdbc.sql("""
                UPDATE archive_page SET kind = ?, failure = ?, text = ?, hocr = ?, alto = ?, confidence = ?, dictionary_share = ?,
                words = ?, rotation = ?, skew = ?, width = ?, height = ?, dpi = ?, read_at = ?
                WHERE job_instance_id = ? AND seq = ?""")
                .params(reading.kind().name(), reading.failure(), reading.text(), reading.hocr(), reading.alto(), reading.confidence(),
                        Double.isNaN(reading.dictionaryShare()) ? null : reading.dictionaryShare(), reading.words(), reading.rotation(),
                        reading.skew(), reading.width(), reading.height(), reading.dpi(), Timestamp.from(Instant.now()), run,
                        reading.page().seq())
                .update();
    }

    /** Every page of a run with what it turned out to be, without its text: enough to put documents together. */
    List<Outline> outline(long run) {
        return jdbc.sql("SELECT seq, box, folder, item, source_file, page_in_file, kind FROM archive_page WHERE job_instance_id = ? ORDER BY seq")
                .param(run).query((rs, row) -> new Outline(listed(rs), PageReading.Kind.valueOf(rs.getString(7)))).list();
    }

    record Outline(ListedPage page, PageReading.Kind kind) {
    }

    /** The recorded readings of pages from one number to another. */
    List<Stored> stored(long run, int from, int to) {
        return stored("text, hocr, alto", "seq BETWEEN ? AND ?", run, from, to);
    }

    /** Every read page's quality, without its text: for the re-scan list. */
    List<Stored> quality(long run) {
        return stored("NULL, NULL, NULL", "read_at IS NOT NULL", run);
    }

    private List<Stored> stored(String texts, String where, Object... parameters) {
        return jdbc.sql("SELECT seq, box, folder, item, source_file, page_in_file, kind, failure, " + texts
                        + ", confidence, dictionary_share, words, width, height, dpi FROM archive_page WHERE job_instance_id = ? AND "
                        + where + " ORDER BY seq").params(parameters)
                .query((rs, row) -> new Stored(listed(rs), rs.getString(7) == null ? null : PageReading.Kind.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getDouble(12),
                        rs.getObject(13) == null ? Double.NaN : rs.getDouble(13), rs.getInt(14), rs.getInt(15), rs.getInt(16), rs.getInt(17)))
                .list();
    }

    /** Pages read, by what they turned out to be. */
    java.util.Map<PageReading.Kind, Long> kinds(long run) {
        java.util.Map<PageReading.Kind, Long> kinds = new java.util.EnumMap<>(PageReading.Kind.class);
        jdbc.sql("SELECT kind, COUNT(*) FROM archive_page WHERE job_instance_id = ? AND read_at IS NOT NULL GROUP BY kind").param(run)
                .query(rs -> {
                    kinds.put(PageReading.Kind.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return kinds;
    }

    double meanConfidence(long run) {
        return jdbc.sql("SELECT COALESCE(AVG(confidence), 0) FROM archive_page WHERE job_instance_id = ? AND kind = 'PAGE'").param(run)
                .query(Double.class).single();
    }

    DigitiseProgress progress(long run) {
        return jdbc.sql("""
                SELECT COUNT(*), COUNT(read_at), SUM(CASE WHEN kind = 'FAILED' THEN 1 ELSE 0 END), MIN(read_at), MAX(read_at)
                FROM archive_page WHERE job_instance_id = ?""").param(run)
                .query((rs, row) -> new DigitiseProgress(run, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .single();
    }

    private static ListedPage listed(ResultSet rs) throws SQLException {
        return new ListedPage(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6));
    }
}
