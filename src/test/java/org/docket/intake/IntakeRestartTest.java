package org.docket.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.docket.TestPaths;
import org.docket.document.Document;
import org.docket.document.Fingerprint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The folder connector down: a run that fails part-way (a target's outbox folder cannot be written)
 * says so in a sentence naming the folder and the restart to run, leaves no half-written delivery,
 * and is restarted once it is put right: what was committed before the failure is not done again,
 * and nothing is routed twice.
 */
@SpringBootTest(properties = {"docket.home=./target/test-homes/intake-restart", "docket.intake.chunk-size=2"})
class IntakeRestartTest {

    static {
        TestPaths.freshHome("intake-restart");
    }

    @Autowired
    IntakeRunner runner;
    @Autowired
    IntakePipeline pipeline;
    @Autowired
    JdbcClient jdbc;

    private final Path home = TestPaths.project().resolve("target/test-homes/intake-restart");

    @Test
    void restartAfterAFailedRunRoutesNothingTwice() throws Exception {
        Path inbox = inboxOfBornDigitalLetters();
        Path blocked = blockTheOutboxOfALaterChunk(inbox);

        IntakeSummary failed = runner.start(List.of(inbox));
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.exitMessage()).isEqualTo("the folder connector cannot write: " + blocked.toAbsolutePath().normalize()
                + " is a file where a folder should be. Put it right and run ./docket restart " + failed.jobExecutionId());
        long committedBeforeFailure = failed.documents();
        assertThat(committedBeforeFailure).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_delivery").query(Long.class).single()).isEqualTo(failed.autoRouted());
        assertThat(halfWritten()).isEmpty();

        Files.delete(blocked);
        IntakeSummary resumed = runner.restart(failed.jobExecutionId());

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.jobInstanceId()).isEqualTo(failed.jobInstanceId());
        long files;
        try (Stream<Path> list = Files.list(inbox)) {
            files = list.count();
        }
        assertThat(resumed.documents()).isEqualTo(files);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT document_id) FROM decision_record").query(Long.class).single()).isEqualTo(files);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_record").query(Long.class).single()).isEqualTo(files);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_delivery").query(Long.class).single()).isEqualTo(resumed.autoRouted());
        List<Path> deliveries;
        try (Stream<Path> walk = Files.walk(home.resolve("outbox"))) {
            deliveries = walk.filter(path -> path.toString().endsWith(".json")).toList();
        }
        assertThat(deliveries).hasSize((int) resumed.autoRouted());
        assertThat(halfWritten()).isEmpty();
    }

    /** Temporary files (hidden names) left in the outbox. */
    private List<Path> halfWritten() throws Exception {
        try (Stream<Path> walk = Files.walk(home.resolve("outbox"))) {
            return walk.filter(path -> path.getFileName().toString().startsWith(".")).toList();
        }
    }

    /** The sample post's born-digital letters (quick to read), copied into an inbox of their own. */
    private Path inboxOfBornDigitalLetters() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        try (Stream<Path> post = Files.list(TestPaths.sampleDocs().resolve("post"))) {
            for (Path file : post.filter(path -> path.toString().matches(".*\\.(txt|docx|eml)$")).sorted().limit(12).toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()));
            }
        }
        return inbox;
    }

    /**
     * Finds the first auto-routed letter after the first chunk whose target no earlier letter is routed
     * to, and puts a plain file where that target's outbox folder must go, so its delivery fails.
     */
    private Path blockTheOutboxOfALaterChunk(Path inbox) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(inbox)) {
            files = list.sorted().toList();
        }
        Set<String> earlierTargets = new HashSet<>();
        List<String> routedTargets = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String sha = Fingerprint.sha256(file);
            Document decided = pipeline.run(Document.received(Fingerprint.documentId(sha, file), file, sha, Files.size(file), Instant.now()));
            if (decided.routing() == null || !decided.routing().automatic()) {
                continue;
            }
            String target = decided.routing().target();
            routedTargets.add(target);
            if (i >= 2 && !earlierTargets.contains(target)) {
                Path blocker = home.resolve("outbox").resolve(target);
                Files.createDirectories(blocker.getParent());
                Files.writeString(blocker, "not a folder");
                return blocker;
            }
            earlierTargets.add(target);
        }
        throw new IllegalStateException("No later letter routes to a target of its own: " + routedTargets);
    }
}
