package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Files read in worker processes: one that exhausts a worker's memory and one that runs past the time
 * limit each cost their worker and end quarantined with the reason; the next file is read by a fresh
 * worker as if nothing had happened, and the test's own JVM is untouched.
 */
@SpringBootTest(classes = ExtractionTestConfiguration.class, properties = {"docket.home=./target/test-homes/worker-isolation",
        "docket.intake.isolation=workers", "docket.intake.worker-memory=128MB", "docket.intake.file-time-limit=1s",
        "docket.intake.threads=1"})
class WorkerIsolationTest {

    private static final Path HOME = TestPaths.freshHome("worker-isolation");

    @Autowired
    Extractor extractor;

    @Test
    void aFileThatExhaustsTheReadersMemoryCostsOnlyThatFile() throws Exception {
        // 49 megapixels is within the pixel limit, but decoded in colour it needs ~150 MB, more than the worker's 128 MB
        BufferedImage huge = new BufferedImage(7000, 7000, BufferedImage.TYPE_3BYTE_BGR);
        Path file = HOME.resolve("poster.png");
        ImageIO.write(huge, "png", file.toFile());
        assertThat(extractor).isInstanceOf(WorkerPoolExtractor.class);
        extractor.extract(TestPaths.testdata().resolve("office/testTXT.txt"));
        List<Long> before = ((WorkerPoolExtractor) extractor).workerPids();
        assertThat(before).hasSize(1);

        assertThat(extractor.extract(file)).isInstanceOfSatisfying(Extraction.Unreadable.class, unreadable ->
                assertThat(unreadable.reason()).isEqualTo("the reader ran out of memory on this file (limit 128 MB); it was tried twice"));

        assertThat(extractor.extract(TestPaths.testdata().resolve("office/testTXT.txt"))).isInstanceOf(Extraction.Extracted.class);
        assertThat(((WorkerPoolExtractor) extractor).workerPids()).hasSize(1).doesNotContainAnyElementsOf(before);
    }

    @Test
    void aReaderThatRunsPastTheTimeLimitIsEndedAndTheFileRefused() throws Exception {
        // an A3 page packed with small print takes Tesseract many seconds, several times the 1 s limit here
        Path file = DensePage.a3(HOME.resolve("dense-page.png"));
        extractor.extract(TestPaths.testdata().resolve("office/testTXT.txt"));
        List<Long> before = ((WorkerPoolExtractor) extractor).workerPids();
        assertThat(before).hasSize(1);

        assertThat(extractor.extract(file)).isInstanceOfSatisfying(Extraction.Unreadable.class, unreadable ->
                assertThat(unreadable.reason()).isEqualTo("reading it took longer than the 1 s limit for one file"));
        for (long pid : before) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("the worker that ran out of time").isNotEqualTo(Optional.of(true));
        }

        assertThat(extractor.extract(TestPaths.testdata().resolve("office/testTXT.txt"))).isInstanceOf(Extraction.Extracted.class);
    }
}
