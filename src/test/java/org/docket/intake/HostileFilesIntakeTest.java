package org.docket.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every file in ../shared/testdata/hostile (damaged, encrypted, bombs, crash reproducers) goes through
 * the intake job: the job completes, the JVM lives, and each file the manifest expects to be refused
 * ends quarantined with a reason.
 */
@SpringBootTest(properties = {"docket.home=./target/test-homes/intake-hostile", "docket.intake.file-time-limit=30s"})
class HostileFilesIntakeTest {

    static {
        TestPaths.freshHome("intake-hostile");
    }

    @Autowired
    IntakeRunner runner;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hostileFilesEndQuarantinedOrReadAndTheJobCompletes() throws Exception {
        Path inbox = Files.createDirectories(TestPaths.project().resolve("target/test-homes/intake-hostile/inbox"));
        Map<String, String> expected = new HashMap<>();
        List<String> manifest = Files.readAllLines(TestPaths.testdata().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        for (String row : manifest) {
            String[] columns = row.split("\t");
            if (columns[0].startsWith("hostile/")) {
                Path file = TestPaths.testdata().resolve(columns[0]);
                Files.copy(file, inbox.resolve(file.getFileName()));
                String notes = columns[columns.length - 1];
                expected.put(file.getFileName().toString(), notes.substring(notes.lastIndexOf("expected=") + 9).strip());
            }
        }

        IntakeSummary summary = runner.start(List.of(inbox));

        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.documents()).isEqualTo(expected.size());
        assertThat(summary.autoRouted() + summary.review() + summary.duplicates() + summary.quarantined()).isEqualTo(summary.documents());
        Map<String, String> outcome = new HashMap<>();
        jdbc.sql("SELECT file_name, status, quarantine_reason FROM document").query(rs -> {
            outcome.put(rs.getString(1), rs.getString(2));
            if ("QUARANTINED".equals(rs.getString(2))) {
                assertThat(rs.getString(3)).as(rs.getString(1)).isNotBlank();
            }
        });
        expected.forEach((file, expectation) -> {
            if (expectation.equals("quarantine")) {
                assertThat(outcome.get(file)).as(file).isIn("QUARANTINED", "DUPLICATE");
            }
        });
    }
}
