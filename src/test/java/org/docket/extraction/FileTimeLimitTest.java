package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A file whose reading runs past the per-file limit is cut off and refused, and the reader is usable afterwards. */
@SpringBootTest(classes = ExtractionTestConfiguration.class,
        properties = {"docket.home=./target/test-homes/time-limit", "docket.intake.file-time-limit=1s"})
class FileTimeLimitTest {

    @Autowired
    TextExtractor extractor;

    @Test
    void readingThatRunsPastTheLimitIsCutOff() throws IOException {
        // an A3 page at 300 dpi packed with small print takes Tesseract many seconds, several times the 1 s limit here
        Extraction extraction = extractor.extract(DensePage.a3(TestPaths.freshHome("time-limit").resolve("dense-page.png")));
        assertThat(extraction).isInstanceOfSatisfying(Extraction.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).isEqualTo("reading it took longer than the 1 s limit for one file"));

        Extraction quick = extractor.extract(TestPaths.testdata().resolve("office/testTXT.txt"));
        assertThat(quick).isInstanceOf(Extraction.Extracted.class);
    }
}
