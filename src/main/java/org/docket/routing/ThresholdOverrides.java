package org.docket.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Thresholds people set in the web UI, kept in jobs/routing-overrides.yml (read after the trained
 * thresholds and jobs/routing.yml, so a person's choice wins) and each change recorded with who and why.
 */
@Repository
public class ThresholdOverrides {

    static final String FILE = "routing-overrides.yml";

    private final Path file;
    private final JdbcClient jdbc;

    ThresholdOverrides(@Value("${docket.jobs:jobs}") Path jobs, JdbcClient jdbc) {
        this.file = jobs.resolve(FILE);
        this.jdbc = jdbc;
    }

    /** The thresholds set here so far, by category. */
    public synchronized Map<String, Double> all() {
        Map<String, Double> out = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                int colon = trimmed.indexOf(':');
                if (line.startsWith("      ") && colon > 0 && !trimmed.startsWith("#")) {
                    out.put(trimmed.substring(0, colon).strip(), Double.parseDouble(trimmed.substring(colon + 1).strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("The threshold overrides in " + file + " cannot be read (" + e.getMessage()
                    + "); fix or remove the file", e);
        }
        return out;
    }

    /** Sets one category's threshold; the file is rewritten whole and moved into place, so it is never half-written. */
    public synchronized void set(String category, double threshold, Double before, String actor, String reason) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("A threshold is a confidence from 0 to 1, not " + threshold);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the threshold changes: the reason is kept with the change.");
        }
        Map<String, Double> thresholds = all();
        thresholds.put(category, threshold);
        StringBuilder yaml = new StringBuilder("# Thresholds set by people in Docket's web UI (Thresholds page); each change is recorded.\n"
                + "docket:\n  routing:\n    thresholds:\n");
        thresholds.forEach((id, value) -> yaml.append(String.format(Locale.ROOT, "      %s: %.3f%n", id, value)));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling("." + FILE + ".partial");
            Files.writeString(temporary, yaml);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The threshold could not be saved to " + file + ": " + e.getMessage(), e);
        }
        jdbc.sql("INSERT INTO setting_change (id, setting, old_value, new_value, actor, reason, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), "docket.routing.thresholds." + category,
                        before == null ? null : String.format(Locale.ROOT, "%.3f", before), String.format(Locale.ROOT, "%.3f", threshold),
                        actor, reason.strip(), Timestamp.from(Instant.now()))
                .update();
    }
}
