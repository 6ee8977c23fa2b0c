package org.docket.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.docket.TestPaths;
import org.docket.extraction.DensePage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake with its readers killed from outside: the worker process reading one scan is sent SIGKILL once
 * (the scan is read again in a fresh worker and goes on as usual), the worker reading another is
 * killed both times it tries (that scan is quarantined saying so). The job completes and every other
 * file is read as usual.
 */
@SpringBootTest(properties = {"docket.home=./target/test-homes/worker-crash", "docket.intake.isolation=workers",
        "docket.intake.threads=1", "docket.intake.chunk-size=4"})
class WorkerCrashIntakeTest {

    private static final Path HOME = TestPaths.freshHome("worker-crash");

    @Autowired
    IntakeRunner runner;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aKilledReaderCostsOneFileAndTheJobCompletes() throws Exception {
        Path inbox = Files.createDirectories(HOME.resolve("inbox"));
        try (Stream<Path> post = Files.list(TestPaths.sampleDocs().resolve("post"))) {
            for (Path file : post.filter(path -> path.toString().matches(".*\\.(txt|eml)$")).sorted().limit(6).toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()));
            }
        }
        Path killedOnce = DensePage.a5(inbox.resolve("vestry-minutes-1.png"), "Vestry minutes, March 1851");
        Path killedTwice = DensePage.a5(inbox.resolve("vestry-minutes-2.png"), "Vestry minutes, April 1851");
        Map<Path, Integer> kills = new HashMap<>(Map.of(killedOnce, 1, killedTwice, 2));
        AtomicBoolean done = new AtomicBoolean();
        Set<Long> killed = new HashSet<>();
        Thread killer = Thread.ofPlatform().daemon().start(() -> killWorkersReading(kills, killed, done));

        IntakeSummary summary;
        try {
            summary = runner.start(List.of(inbox));
        } finally {
            done.set(true);
            killer.join();
        }

        assertThat(killed).as("workers killed").hasSize(3);
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.documents()).isEqualTo(8);
        Map<String, String> status = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        jdbc.sql("SELECT file_name, status, quarantine_reason FROM document").query(rs -> {
            status.put(rs.getString(1), rs.getString(2));
            reasons.put(rs.getString(1), rs.getString(3));
        });
        assertThat(status.get("vestry-minutes-2.png")).isEqualTo("QUARANTINED");
        assertThat(reasons.get("vestry-minutes-2.png")).isEqualTo("the reader was killed while reading this file "
                + "(signal 9: ended from outside, or the machine ran out of memory); it was tried twice");
        assertThat(status).hasSize(8).allSatisfy((file, state) -> {
            if (!file.equals("vestry-minutes-2.png")) {
                assertThat(state).as(file).isIn("ROUTED", "REVIEW");
            }
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_record WHERE kind = 'intake'").query(Long.class).single()).isEqualTo(8);
    }

    /** Watches Docket's worker processes and sends SIGKILL to one that has a given file open, as often as asked. */
    private static void killWorkersReading(Map<Path, Integer> kills, Set<Long> killed, AtomicBoolean done) {
        while (!done.get() && kills.values().stream().anyMatch(left -> left > 0)) {
            List<ProcessHandle> workers = ProcessHandle.current().descendants()
                    .filter(process -> commandLine(process).contains("org.docket.extraction.ExtractionWorker")).toList();
            for (ProcessHandle worker : workers) {
                for (Path file : openFiles(worker)) {
                    Integer left = kills.get(file);
                    if (left != null && left > 0 && !killed.contains(worker.pid())) {
                        worker.destroyForcibly();
                        killed.add(worker.pid());
                        kills.put(file, left - 1);
                    }
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline")).replace('\0', ' ');
        } catch (IOException ended) {
            return "";
        }
    }

    private static List<Path> openFiles(ProcessHandle process) {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", String.valueOf(process.pid()), "fd"))) {
            return descriptors.map(descriptor -> {
                try {
                    return Files.readSymbolicLink(descriptor);
                } catch (IOException closed) {
                    return Path.of("");
                }
            }).toList();
        } catch (IOException ended) {
            return List.of();
        }
    }
}
