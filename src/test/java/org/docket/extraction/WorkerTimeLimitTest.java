package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A file whose reading in a worker process runs past the per-file limit: Docket ends that worker and
 * quarantines the file with the time reason. (The next file gets a fresh worker: WorkerMemoryLimitTest
 * shows that under the default limit, which a cold worker's first file cannot overrun on a busy machine.)
 */
@SpringBootTest(classes = ExtractionTestConfiguration.class, properties = {"docket.home=./target/test-homes/worker-time",
        "docket.intake.isolation=workers", "docket.intake.file-time-limit=1s", "docket.intake.threads=1"})
class WorkerTimeLimitTest {

    private static final Path HOME = TestPaths.freshHome("worker-time");

    @Autowired
    Extractor extractor;

    @Test
    void aReaderThatRunsPastTheTimeLimitIsEndedAndTheFileRefused() throws Exception {
        // an A3 page packed with small print takes Tesseract many seconds, several times the 1 s limit here
        Path file = DensePage.a3(HOME.resolve("dense-page.png"));
        assertThat(extractor).isInstanceOf(WorkerPoolExtractor.class);

        assertThat(extractor.extract(file)).isInstanceOfSatisfying(Extraction.Unreadable.class, unreadable ->
                assertThat(unreadable.reason()).isEqualTo("reading it took longer than the 1 s limit for one file"));
        // the worker that ran out of time was ended, not kept for the next file
        assertThat(((WorkerPoolExtractor) extractor).workerPids()).isEmpty();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains(ExtractionWorker.class.getName())))
                .as("worker processes still running").isEmpty();
    }
}
