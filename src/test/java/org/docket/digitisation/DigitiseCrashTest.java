package org.docket.digitisation;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.docket.TestPaths;

/**
 * ./docket digitise in a child JVM, killed with SIGKILL three times while it reads pages and started
 * again each time (by the same command, then by ./docket restart ID), and stopped by Ctrl-C. A page
 * whose reading was committed before a kill is never read again, and at the end every page is read,
 * every document is written once, nothing half-written is left, and the index holds each page once.
 */
class DigitiseCrashTest {

    private static final int KILLS = 3;
    private static final int PAGES = 16;
    private static final Pattern READ = Pattern.compile("(\\S+\\.png) page 1 → ");

    @Test
    void killedThreeTimesItLosesNothingAndReadsNoCommittedPageAgain() throws Exception {
        Path home = TestPaths.freshHome("digitise-crash");
        List<String> digitise = collection(home);
        int kills = 0;
        List<String> readAgain = new ArrayList<>();
        for (int attempt = 0; kills < KILLS && attempt < KILLS * 3; attempt++) {
            Long last = kills == 0 ? null : lastExecution(home);
            List<String> arguments = kills % 2 == 1 && last != null
                    ? List.of("restart", last.toString(), "--home", home.toString()) : digitise;
            Set<String> settled = committed(home);
            Run run = docket(arguments);
            int target = settled.size() + 2 + attempt % 2;
            while (run.process().isAlive() && committed(home).size() < target) {
                Thread.sleep(100);
            }
            if (run.process().isAlive()) {
                run.process().destroyForcibly();
                run.process().waitFor(1, TimeUnit.MINUTES);
                kills++;
            }
            run.read().stream().filter(settled::contains).forEach(readAgain::add);
        }
        assertThat(kills).as("the job was killed mid-run").isEqualTo(KILLS);

        Set<String> settled = committed(home);
        Run last = docket(digitise);
        assertThat(last.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.process().exitValue()).isZero();
        last.read().stream().filter(settled::contains).forEach(readAgain::add);

        assertThat(readAgain).as("pages read again after their reading was committed").isEmpty();
        everyPageAndDocumentOnce(home);
    }

    /**
     * Ctrl-C while pages are read: the run stops after the pages in hand, its process ends saying how
     * to continue, and the same command again finishes it without reading a committed page twice.
     */
    @Test
    void ctrlCStopsTheRunAndTheSameCommandFinishesIt() throws Exception {
        Path home = TestPaths.freshHome("digitise-interrupt");
        List<String> digitise = collection(home);
        Run interrupted = docket(digitise);
        while (interrupted.process().isAlive() && committed(home).size() < 2) {
            Thread.sleep(100);
        }
        assertThat(interrupted.process().isAlive()).as("still reading pages").isTrue();
        new ProcessBuilder("kill", "-INT", Long.toString(interrupted.process().pid())).start().waitFor();

        assertThat(interrupted.process().waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(interrupted.process().exitValue()).isEqualTo(1);
        Set<String> settled = committed(home);
        assertThat(settled).as("pages left for the restart").hasSizeLessThan(PAGES);
        assertThat(String.join("\n", interrupted.output())).contains("./docket restart");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/docket") + ";AUTO_SERVER=TRUE");
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("STOPPED");
        }

        Run again = docket(digitise);
        assertThat(again.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(again.process().exitValue()).isZero();
        assertThat(again.read()).as("pages read again after their reading was committed").doesNotContainAnyElementsOf(settled);
        everyPageAndDocumentOnce(home);
    }

    /** Draws the collection, two folders of register pages, and answers the command that digitises it. */
    private static List<String> collection(Path home) throws IOException {
        Path collection = home.resolve("collection");
        for (int i = 0; i < PAGES; i++) {
            String folder = i < PAGES / 2 ? "box-1/folder-1" : "box-1/folder-2";
            TestCollection.png(TestCollection.page(TestCollection.entries(i * 10, 20)), collection.resolve(folder + "/%03d.png".formatted(i)));
        }
        return List.of("digitise", collection.toString(), "--collection", "Crash", "--out", home.resolve("archive").toString(),
                "--home", home.toString());
    }

    /** Every page read and indexed once, each document written once, nothing half-written, no run left marked running. */
    private static void everyPageAndDocumentOnce(Path home) throws Exception {
        Path out = home.resolve("archive");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/docket") + ";AUTO_SERVER=TRUE");
             Statement sql = db.createStatement()) {
            assertThat(one(sql, "SELECT COUNT(DISTINCT job_instance_id) FROM archive_page")).isEqualTo(1);
            assertThat(one(sql, "SELECT COUNT(*) FROM archive_page WHERE read_at IS NOT NULL AND kind = 'PAGE'")).isEqualTo(PAGES);
            assertThat(one(sql, "SELECT COUNT(*) FROM archive_document")).isEqualTo(2);
            assertThat(one(sql, "SELECT COUNT(*) FROM batch_job_execution WHERE status IN ('STARTING', 'STARTED', 'STOPPING')")).isZero();
        }
        try (Stream<Path> files = Files.walk(out)) {
            List<String> names = files.filter(Files::isRegularFile).map(path -> out.relativize(path).toString()).sorted().toList();
            assertThat(names).filteredOn(name -> name.endsWith("manifest.json"))
                    .containsExactly("box-1/folder-1/document-001/manifest.json", "box-1/folder-2/document-001/manifest.json");
            assertThat(names).noneMatch(name -> name.contains(".partial") || name.startsWith(".docket-work"));
        }
        try (DirectoryReader index = DirectoryReader.open(FSDirectory.open(home.resolve("index")))) {
            assertThat(index.numDocs()).isEqualTo(PAGES);
        }
    }

    /** The pages whose reading is committed, by file name. */
    private static Set<String> committed(Path home) throws SQLException {
        Set<String> files = new HashSet<>();
        if (!Files.exists(home.resolve("db/docket.mv.db"))) {
            return files;
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/docket") + ";AUTO_SERVER=TRUE");
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT source_file FROM archive_page WHERE read_at IS NOT NULL")) {
            while (rows.next()) {
                files.add(rows.getString(1));
            }
        } catch (SQLException notYetCreated) {
            return files;
        }
        return files;
    }

    /** A child JVM running a command, and every line it has written so far. */
    private record Run(Process process, ConcurrentLinkedQueue<String> output) {

        /** The pages it read, by file name. */
        List<String> read() {
            return output.stream().map(READ::matcher).filter(Matcher::find).map(matcher -> matcher.group(1)).toList();
        }
    }

    private static Run docket(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.docket.cli.Main"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(TestPaths.project().toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.environment().put("DOCKET_LOG_LEVEL", "DEBUG");
        Process process = builder.start();
        ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = log.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ended) {
                // the process was killed
            }
        });
        return new Run(process, output);
    }

    private static Long lastExecution(Path home) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/docket") + ";AUTO_SERVER=TRUE");
             Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT MAX(job_execution_id) FROM batch_job_execution")) {
            rows.next();
            long id = rows.getLong(1);
            return rows.wasNull() ? null : id;
        }
    }

    private static long one(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
