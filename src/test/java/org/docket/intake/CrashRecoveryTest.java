package org.docket.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.docket.TestPaths;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;
import org.junit.jupiter.api.Test;

/**
 * Intake over a few hundred letters in a child JVM, killed with SIGKILL twenty times at random points
 * of the job and started again each time, half by running the same command again and half by
 * ./docket restart. At the end every input is routed, in review, a duplicate or quarantined exactly
 * once, no outbox delivery was written twice, the search index agrees with the database, no run is
 * left marked as running, and no extraction worker outlived the Docket that started it.
 */
class CrashRecoveryTest {

    private static final int KILLS = 20;
    /** Docket processes this test killed, whose extraction workers must have ended with them. */
    private static final List<Long> KILLED = new ArrayList<>();

    @Test
    void twentyKillsLoseNothingAndDeliverNothingTwice() throws Exception {
        Path home = TestPaths.freshHome("crash-recovery");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        List<GeneratedLetter> letters = new CouncilLetters(TemplateFamily.SAMPLE, 77).corpus(16, 0.1, 0.05);
        for (int i = 0; i < letters.size(); i++) {
            Files.writeString(inbox.resolve("letter-%03d.txt".formatted(i)), letters.get(i).text());
        }
        Files.copy(inbox.resolve("letter-000.txt"), inbox.resolve("letter-000-again.txt"));
        Files.write(inbox.resolve("empty.pdf"), new byte[0]);
        int inputs = letters.size() + 2;

        SplittableRandom random = new SplittableRandom(8);
        int kills = 0;
        for (int attempt = 0; kills < KILLS && attempt < KILLS * 3; attempt++) {
            Long last = kills % 2 == 1 ? lastExecution(home) : null;
            List<String> arguments = last == null ? List.of("intake", "--home", home.toString(), inbox.toString())
                    : List.of("restart", String.valueOf(last), "--home", home.toString());
            if (runAndKillAfter(arguments, 1 + random.nextInt(14))) {
                kills++;
            }
        }
        assertThat(kills).as("the job was killed mid-run").isEqualTo(KILLS);
        assertThat(workersOf(KILLED)).as("extraction workers left running by a killed Docket").isEmpty();

        Process last = docket(List.of("intake", "--home", home.toString(), inbox.toString()));
        drain(last, new AtomicInteger(), Integer.MAX_VALUE);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).isZero();
        Process jobs = docket(List.of("jobs", "--home", home.toString()));
        drain(jobs, new AtomicInteger(), Integer.MAX_VALUE);
        jobs.waitFor(2, TimeUnit.MINUTES);

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/docket") + ";AUTO_SERVER=TRUE");
             Statement sql = db.createStatement()) {
            Map<String, Long> perFile = counts(sql, "SELECT file_name, COUNT(*) FROM document GROUP BY file_name");
            assertThat(perFile).hasSize(inputs).allSatisfy((file, count) -> assertThat(count).as(file).isEqualTo(1L));
            Map<String, Long> byStatus = counts(sql, "SELECT status, COUNT(*) FROM document GROUP BY status");
            assertThat(byStatus.keySet()).isSubsetOf("ROUTED", "REVIEW", "DUPLICATE", "QUARANTINED");
            assertThat(byStatus.get("DUPLICATE")).isEqualTo(1L);
            assertThat(byStatus.get("QUARANTINED")).isEqualTo(1L);
            long routed = byStatus.getOrDefault("ROUTED", 0L);
            assertThat(one(sql, "SELECT COUNT(*) FROM outbox_delivery")).isEqualTo(routed);
            try (Stream<Path> files = Files.walk(home.resolve("outbox"))) {
                List<Path> deliveries = files.filter(path -> path.toString().endsWith(".json")).toList();
                assertThat(deliveries).hasSize((int) routed);
            }
            assertThat(one(sql, "SELECT COUNT(*) FROM batch_job_execution WHERE status IN ('STARTING', 'STARTED', 'STOPPING')")).isZero();
            assertThat(one(sql, "SELECT COUNT(*) FROM decision_record WHERE kind = 'intake'")).isEqualTo(inputs);
            try (DirectoryReader index = DirectoryReader.open(FSDirectory.open(home.resolve("index")))) {
                assertThat((long) index.numDocs()).isEqualTo(routed + byStatus.getOrDefault("REVIEW", 0L));
            }
        }
    }

    @Test
    void sigtermStopsTheJobAfterItsChunkAndRestartFinishesIt() throws Exception {
        Path home = TestPaths.freshHome("graceful-stop");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        List<GeneratedLetter> letters = new CouncilLetters(TemplateFamily.SAMPLE, 78).corpus(6, 0.1, 0.05);
        for (int i = 0; i < letters.size(); i++) {
            Files.writeString(inbox.resolve("letter-%03d.txt".formatted(i)), letters.get(i).text());
        }
        Process process = docket(List.of("intake", "--home", home.toString(), inbox.toString()));
        AtomicInteger settled = new AtomicInteger();
        drain(process, settled, 3).join(TimeUnit.MINUTES.toMillis(3));
        process.destroy();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String status;
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/docket") + ";AUTO_SERVER=TRUE");
             Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT status FROM batch_job_execution")) {
            rows.next();
            status = rows.getString(1);
        }
        assertThat(status).isEqualTo("STOPPED");
        Process restart = docket(List.of("restart", String.valueOf(lastExecution(home)), "--home", home.toString()));
        drain(restart, new AtomicInteger(), Integer.MAX_VALUE);
        assertThat(restart.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(restart.exitValue()).isZero();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/docket") + ";AUTO_SERVER=TRUE");
             Statement sql = db.createStatement()) {
            assertThat(one(sql, "SELECT COUNT(*) FROM document")).isEqualTo(letters.size());
            assertThat(one(sql, "SELECT COUNT(*) FROM outbox_delivery"))
                    .isEqualTo(one(sql, "SELECT COUNT(*) FROM document WHERE status = 'ROUTED'"));
        }
    }

    /** Runs one command and kills it once it has settled this many documents; false if it ended first. */
    private static boolean runAndKillAfter(List<String> arguments, int documents) throws Exception {
        Process process = docket(arguments);
        AtomicInteger settled = new AtomicInteger();
        Thread reader = drain(process, settled, documents);
        reader.join(TimeUnit.MINUTES.toMillis(3));
        if (!process.isAlive()) {
            return false;
        }
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
        KILLED.add(process.pid());
        return true;
    }

    /**
     * The extraction worker processes still running for any of these Docket processes, once each has had
     * time to notice its parent is gone (it checks every second).
     */
    private static List<Long> workersOf(List<Long> parents) throws InterruptedException {
        List<Long> left = List.of();
        for (int wait = 0; wait < 30; wait++) {
            left = ProcessHandle.allProcesses().filter(process -> {
                List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
                return arguments.stream().anyMatch(argument -> argument.contains("ExtractionWorker"))
                        && parents.stream().anyMatch(parent -> arguments.contains(String.valueOf(parent)));
            }).map(ProcessHandle::pid).toList();
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(1000);
        }
        return left;
    }

    /** Reads the child's log, counting documents settled, until it ends or the count is reached. */
    private static Thread drain(Process process, AtomicInteger settled, int until) {
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = log.readLine()) != null) {
                    if (line.contains(" → ") && settled.incrementAndGet() >= until) {
                        return;
                    }
                }
            } catch (IOException ended) {
                // the process was killed
            }
        });
        return reader;
    }

    private static Process docket(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.docket.cli.Main"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(TestPaths.project().toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        return builder.start();
    }

    private static Long lastExecution(Path home) throws SQLException {
        if (!Files.exists(home.resolve("db/docket.mv.db"))) {
            return null;
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/docket") + ";AUTO_SERVER=TRUE");
             Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT MAX(job_execution_id) FROM batch_job_execution")) {
            rows.next();
            long id = rows.getLong(1);
            return rows.wasNull() ? null : id;
        } catch (SQLException notYetCreated) {
            return null;
        }
    }

    private static Map<String, Long> counts(Statement sql, String query) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                out.put(rows.getString(1), rows.getLong(2));
            }
        }
        return out;
    }

    private static long one(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
