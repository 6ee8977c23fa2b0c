package org.docket.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often intake chose the true category of labelled post (a labels.tsv beside the files). A labelled
 * document that was quarantined counts as wrong; a duplicate counts with its first copy's category.
 */
@Component
public class LabelledAccuracy {

    /** @param labelled documents with a true category; correct of those; misses names each wrong one */
    public record Result(int labelled, int correct, double accuracy, List<String> misses) {
    }

    private final JdbcClient jdbc;

    LabelledAccuracy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Result of(long jobInstanceId, Path labels) throws IOException {
        Map<String, String> truth = read(labels);
        Map<String, String> chosen = new HashMap<>();
        jdbc.sql("""
                SELECT d.file_name, COALESCE(c.category, fc.category)
                FROM document d
                LEFT JOIN classification c ON c.document_id = d.id
                LEFT JOIN classification fc ON fc.document_id = d.duplicate_of
                WHERE d.job_instance_id = ?""").param(jobInstanceId)
                .query(rs -> {
                    chosen.put(rs.getString(1), rs.getString(2));
                });
        int labelled = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, String> label : truth.entrySet()) {
            labelled++;
            String decided = chosen.get(label.getKey());
            if (label.getValue().equals(decided)) {
                correct++;
            } else {
                misses.add(label.getKey() + ": " + (decided == null ? "not classified" : decided) + " (truth " + label.getValue() + ")");
            }
        }
        return new Result(labelled, correct, labelled == 0 ? 0 : Math.round(correct * 1000.0 / labelled) / 1000.0, misses);
    }

    /** file → category for every row whose category is a real one ("-" marks a broken file). */
    private static Map<String, String> read(Path labels) throws IOException {
        Map<String, String> truth = new HashMap<>();
        List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t");
            if (columns.length >= 2 && !columns[1].equals("-") && !columns[1].isBlank()) {
                truth.put(Path.of(columns[0]).getFileName().toString(), columns[1]);
            }
        }
        return truth;
    }
}
