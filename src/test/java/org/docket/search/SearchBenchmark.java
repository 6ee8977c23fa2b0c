package org.docket.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.docket.document.Entity;
import org.docket.training.OcrNoise;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;

/**
 * bench/search: indexes a generated corpus into the archive index and measures query latency for
 * term, phrase, fuzzy and faceted searches (each a whole search as people run it: access filter,
 * facet counts, top ten with snippets), beside PostgreSQL full-text search over the same letters in
 * the same run. Prints figures; asserts nothing.
 */
public final class SearchBenchmark {

    private static final int QUERIES = 300;
    private static final int WARM_UP = 100;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String postgres = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        Path home = Files.createTempDirectory("docket-search-bench");
        SplittableRandom random = new SplittableRandom(7);

        long started = System.nanoTime();
        List<GeneratedLetter> letters = new CouncilLetters(TemplateFamily.TRAINING, 11).corpus((documents + 17) / 18, 0.1, 0.02)
                .subList(0, documents);
        List<String> texts = new ArrayList<>(documents);
        for (GeneratedLetter letter : letters) {
            texts.add(random.nextInt(5) == 0 ? OcrNoise.apply(letter.text(), 0.03, random) : letter.text());
        }
        System.out.printf(Locale.ROOT, "generated %,d letters in %.1f s%n", documents, seconds(started));

        try (ArchiveIndex index = ArchiveIndexTest.open(home)) {
            started = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                GeneratedLetter letter = letters.get(i);
                LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4200));
                index.upsert(new ArchiveEntry("doc-" + i, letter.title(), letter.category(), i % 7 == 0 ? "review" : "routed",
                        letter.category() + "-system", letter.language(), i % 10 == 0 ? "Parish records" : ArchiveEntry.POST, null, null,
                        date, List.of(texts.get(i)), List.of(new Entity("postcode", "EV" + (1 + i % 9) + " " + (i % 10) + "AB")), List.of()));
            }
            index.commit();
            double indexSeconds = seconds(started);
            System.out.printf(Locale.ROOT, "indexed %,d documents in %.1f s: %,.0f documents/s (%s)%n", documents, indexSeconds,
                    documents / indexSeconds, Files.walk(home.resolve("index")).mapToLong(p -> p.toFile().length()).sum() / 1_048_576 + " MB");

            List<String> words = vocabulary(texts, random);
            List<String> theirs = List.of("planning", "highways", "parking", "waste", "council-tax");
            Access officer = Access.only("officer", java.util.Set.copyOf(theirs));
            IntFunction<String> term = n -> words.get(random.nextInt(words.size()));
            IntFunction<String> phrase = n -> "\"" + adjacentPair(texts.get(random.nextInt(documents)), random) + "\"";
            IntFunction<String> fuzzy = n -> words.get(random.nextInt(words.size())) + "~1";
            IntFunction<String> faceted = n -> "category:" + theirs.get(random.nextInt(theirs.size())) + " "
                    + words.get(random.nextInt(words.size()));
            run(index, officer, term, WARM_UP);
            report("term", run(index, officer, term, QUERIES));
            report("phrase", run(index, officer, phrase, QUERIES));
            report("fuzzy", run(index, officer, fuzzy, QUERIES));
            report("faceted", run(index, officer, faceted, QUERIES));
            peer(postgres, texts, words, random);
        }
    }

    private static double[] run(ArchiveIndex index, Access access, IntFunction<String> queries, int count) {
        double[] millis = new double[count];
        long found = 0;
        int empty = 0;
        for (int i = 0; i < count; i++) {
            SearchRequest request = new SearchRequest(queries.apply(i), access, SearchRequest.Order.RELEVANCE, 0, 10);
            long start = System.nanoTime();
            long total = index.search(request).total();
            millis[i] = (System.nanoTime() - start) / 1e6;
            found += total;
            empty += total == 0 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  (mean %,d found per query, %d of %d found nothing)%n", found / count, empty, count);
        return millis;
    }

    /** The same letters in PostgreSQL full-text search (GIN index), term and phrase queries, top ten with headlines. */
    private static void peer(String url, List<String> texts, List<String> words, SplittableRandom random) {
        try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS docket_search_bench");
            sql.execute("CREATE TABLE docket_search_bench (id INT PRIMARY KEY, body TEXT, tsv TSVECTOR)");
            long started = System.nanoTime();
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO docket_search_bench VALUES (?, ?, to_tsvector('english', ?))")) {
                for (int i = 0; i < texts.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, texts.get(i));
                    insert.setString(3, texts.get(i));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            sql.execute("CREATE INDEX docket_search_bench_tsv ON docket_search_bench USING GIN (tsv)");
            db.commit();
            db.setAutoCommit(true);
            sql.execute("ANALYZE docket_search_bench");
            double seconds = seconds(started);
            System.out.printf(Locale.ROOT, "peer: PostgreSQL full-text indexed %,d documents in %.1f s: %,.0f documents/s%n",
                    texts.size(), seconds, texts.size() / seconds);
            String query = "SELECT id, ts_headline('english', body, q) FROM docket_search_bench, %s q WHERE tsv @@ q "
                    + "ORDER BY ts_rank(tsv, q) DESC LIMIT 10";
            IntFunction<String> term = n -> words.get(random.nextInt(words.size()));
            IntFunction<String> phrase = n -> adjacentPair(texts.get(random.nextInt(texts.size())), random);
            timed(db, query.formatted("plainto_tsquery('english', ?)"), term, WARM_UP);
            report("peer term (PostgreSQL)", timed(db, query.formatted("plainto_tsquery('english', ?)"), term, QUERIES));
            report("peer phrase (PostgreSQL)", timed(db, query.formatted("phraseto_tsquery('english', ?)"), phrase, QUERIES));
            sql.execute("DROP TABLE docket_search_bench");
        } catch (java.sql.SQLException e) {
            System.out.println("peer: PostgreSQL not reachable at " + url + " (" + e.getMessage() + "); no peer figures");
        }
    }

    private static double[] timed(Connection db, String sql, IntFunction<String> parameter, int count) throws java.sql.SQLException {
        double[] millis = new double[count];
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                statement.setString(1, parameter.apply(i));
                long start = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(2);
                    }
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }

    /** Words people would type: longer words from the letters, each kept once. */
    private static List<String> vocabulary(List<String> texts, SplittableRandom random) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 2000; i++) {
            for (String word : texts.get(random.nextInt(texts.size())).split("[^\\p{L}]+")) {
                if (word.length() >= 5) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(words);
    }

    private static String adjacentPair(String text, SplittableRandom random) {
        String[] words = Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() >= 4).toArray(String[]::new);
        if (words.length < 2) {
            return "council tax";
        }
        int at = random.nextInt(words.length - 1);
        return words[at] + " " + words[at + 1];
    }

    private static void report(String kind, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-26s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d queries)%n", kind,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1], sorted.length);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
