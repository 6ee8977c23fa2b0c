package org.docket.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The mailroom's figures: post per day, how much Docket routes alone, the backlog and its age, corrections per category. */
@Service
public class Dashboard {

    /** Documents received on one day. */
    public record Day(LocalDate day, long documents) {
    }

    /** For one category: decisions by reviewers, and how many of them changed the machine's category. */
    public record Corrections(String category, long decided, long corrected) {
        public double rate() {
            return decided == 0 ? 0 : corrected / (double) decided;
        }
    }

    /**
     * @param autoRouted documents Docket routed without a person
     * @param sentToReview documents Docket sent to a person
     * @param waiting documents in the review queue now
     * @param oldestWaiting how long the oldest of them has waited; zero when none
     */
    public record Figures(List<Day> days, long autoRouted, long sentToReview, long waiting, Duration oldestWaiting,
                          List<Corrections> corrections) {
        public double autoRouteRate() {
            return autoRouted + sentToReview == 0 ? 0 : autoRouted / (double) (autoRouted + sentToReview);
        }

        /** "3 days", "5 hours", "12 minutes": the backlog's age as a person would say it. */
        public String oldestWaitingInWords() {
            if (oldestWaiting.toDays() > 0) {
                return plural(oldestWaiting.toDays(), "day");
            }
            if (oldestWaiting.toHours() > 0) {
                return plural(oldestWaiting.toHours(), "hour");
            }
            return oldestWaiting.toMinutes() > 0 ? plural(oldestWaiting.toMinutes(), "minute") : "less than a minute";
        }

        private static String plural(long count, String unit) {
            return count + " " + unit + (count == 1 ? "" : "s");
        }

        public long busiestDay() {
            return days.stream().mapToLong(Day::documents).max().orElse(0);
        }
    }

    private static final int DAYS = 30;

    private final JdbcClient jdbc;

    Dashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Figures figures() {
        List<Day> days = jdbc.sql("""
                SELECT CAST(received_at AS DATE), COUNT(*) FROM document GROUP BY CAST(received_at AS DATE)
                ORDER BY CAST(received_at AS DATE) DESC FETCH FIRST ? ROWS ONLY""").param(DAYS)
                .query((rs, row) -> new Day(rs.getDate(1).toLocalDate(), rs.getLong(2))).list().reversed();
        long auto = count("SELECT COUNT(*) FROM routing_decision WHERE route = 'AUTO'");
        long review = count("SELECT COUNT(*) FROM routing_decision WHERE route = 'REVIEW'");
        long waiting = count("SELECT COUNT(*) FROM document WHERE status = 'REVIEW'");
        Duration oldest = jdbc.sql("SELECT MIN(received_at) FROM document WHERE status = 'REVIEW'")
                .query((rs, row) -> rs.getTimestamp(1)).optional()
                .filter(java.util.Objects::nonNull)
                .map(at -> Duration.between(at.toInstant(), Instant.now())).orElse(Duration.ZERO);
        List<Corrections> corrections = jdbc.sql("""
                SELECT machine_category, COUNT(*), SUM(CASE WHEN category <> machine_category THEN 1 ELSE 0 END)
                FROM correction GROUP BY machine_category ORDER BY machine_category""")
                .query((rs, row) -> new Corrections(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        return new Figures(days, auto, review, waiting, oldest, corrections);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
