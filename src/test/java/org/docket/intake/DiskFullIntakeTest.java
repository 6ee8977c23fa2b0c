package org.docket.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.docket.TestPaths;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The content store on a disk that fills up mid-run: a real 40 KB tmpfs mounted over store/. The run
 * fails with a sentence naming the full disk and the restart to run; nothing half-written is left in
 * the store or the outbox; once the disk is made larger the restart completes and every letter ends
 * exactly once, each routed one delivered once.
 */
@SpringBootTest(properties = {"docket.home=./target/test-homes/disk-full", "docket.intake.chunk-size=4",
        "docket.intake.isolation=in-process"})
class DiskFullIntakeTest {

    private static final Path HOME;
    private static final Path STORE;

    static {
        Path home = TestPaths.project().resolve("target/test-homes/disk-full");
        unmount(home.resolve("store")); // left by a run that was killed
        HOME = TestPaths.freshHome("disk-full");
        STORE = HOME.resolve("store");
    }

    @Autowired
    IntakeRunner runner;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void unmountTheSmallDisk() {
        unmount(STORE);
    }

    @Test
    void aFullDiskFailsTheRunWithASentenceAndRestartFinishesIt() throws Exception {
        Path inbox = Files.createDirectories(HOME.resolve("inbox"));
        List<GeneratedLetter> letters = new CouncilLetters(TemplateFamily.SAMPLE, 91).corpus(2, 0.0, 0.0);
        for (int i = 0; i < letters.size(); i++) {
            Files.writeString(inbox.resolve("letter-%03d.txt".formatted(i)), letters.get(i).text());
        }
        Files.createDirectories(STORE);
        // each kept letter takes one 4 KB page of the tmpfs: ten fit, the rest do not
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=40k", "tmpfs", STORE.toString()) == 0,
                "this test needs to mount a small tmpfs (root, and a sandbox that allows mount)");

        IntakeSummary failed = runner.start(List.of(inbox));

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.exitMessage()).isEqualTo("the disk holding " + STORE + " is full, so the content store cannot write there: "
                + "free space on it and run ./docket restart " + failed.jobExecutionId());
        assertThat(failed.documents()).isPositive().isLessThan(letters.size());
        assertThat(hiddenFiles()).as("half-written files").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_delivery").query(Long.class).single()).isEqualTo(failed.autoRouted());

        assertThat(run("mount", "-o", "remount,size=8m", STORE.toString())).isZero();
        IntakeSummary resumed = runner.restart(failed.jobExecutionId());

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.documents()).isEqualTo(letters.size());
        assertThat(resumed.autoRouted() + resumed.review() + resumed.duplicates() + resumed.quarantined()).isEqualTo(letters.size());
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT file_name) FROM document").query(Long.class).single()).isEqualTo(letters.size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_record WHERE kind = 'intake'").query(Long.class).single())
                .isEqualTo(letters.size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_delivery").query(Long.class).single()).isEqualTo(resumed.autoRouted());
        try (Stream<Path> walk = Files.walk(HOME.resolve("outbox"))) {
            assertThat(walk.filter(path -> path.toString().endsWith(".json")).count()).isEqualTo(resumed.autoRouted());
        }
        assertThat(hiddenFiles()).isEmpty();
    }

    /** Temporary files (hidden names) left in the store or the outbox. */
    private static List<Path> hiddenFiles() throws IOException {
        List<Path> left = new java.util.ArrayList<>();
        for (Path folder : List.of(STORE, HOME.resolve("outbox"))) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(path -> path.getFileName().toString().startsWith(".")).forEach(left::add);
            }
        }
        return left;
    }

    private static void unmount(Path folder) {
        if (Files.isDirectory(folder)) {
            run("umount", folder.toString());
        }
    }

    private static int run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(1, TimeUnit.MINUTES) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
