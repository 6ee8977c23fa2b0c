package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A file that exhausts its worker process's memory costs that worker, is tried once more in a fresh
 * one, and is then quarantined with the memory limit in the reason; the next file is read by a fresh
 * worker as if nothing had happened, and the test's own JVM is untouched.
 */
@SpringBootTest(classes = ExtractionTestConfiguration.class, properties = {"docket.home=./target/test-homes/worker-memory",
        "docket.intake.isolation=workers", "docket.intake.worker-memory=128MB", "docket.intake.threads=1"})
class WorkerMemoryLimitTest {

    private static final Path HOME = TestPaths.freshHome("worker-memory");

    @Autowired
    Extractor extractor;

    @Test
    void aFileThatExhaustsTheReadersMemoryCostsOnlyThatFile() throws Exception {
        // 49 megapixels is within the pixel limit, but decoded in colour it needs ~150 MB, more than the worker's 128 MB
        BufferedImage huge = new BufferedImage(7000, 7000, BufferedImage.TYPE_3BYTE_BGR);
        Path file = HOME.resolve("poster.png");
        ImageIO.write(huge, "png", file.toFile());
        assertThat(extractor).isInstanceOf(WorkerPoolExtractor.class);
        WorkerPoolExtractor workers = (WorkerPoolExtractor) extractor;
        extractor.extract(TestPaths.testdata().resolve("office/testTXT.txt"));
        List<Long> before = workers.workerPids();
        assertThat(before).hasSize(1);

        assertThat(extractor.extract(file)).isInstanceOfSatisfying(Extraction.Unreadable.class, unreadable ->
                assertThat(unreadable.reason()).isEqualTo("the reader ran out of memory on this file (limit 128 MB); it was tried twice"));

        assertThat(extractor.extract(TestPaths.testdata().resolve("office/testTXT.txt"))).isInstanceOf(Extraction.Extracted.class);
        assertThat(workers.workerPids()).hasSize(1).doesNotContainAnyElementsOf(before);
    }
}
