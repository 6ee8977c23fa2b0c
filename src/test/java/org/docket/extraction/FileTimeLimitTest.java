package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A file whose reading runs past the per-file limit is cut off and refused, and the reader is usable afterwards. */
@SpringBootTest(classes = ExtractionTestConfiguration.class,
        properties = {"docket.home=./target/test-homes/time-limit", "docket.intake.file-time-limit=2s"})
class FileTimeLimitTest {

    @Autowired
    TextExtractor extractor;

    @Test
    void readingThatRunsPastTheLimitIsCutOff() {
        // OCR of a full multi-page letter scanned at 300 dpi takes seconds, several times the 2 s limit here, while a text file is read well within it
        Extraction extraction = extractor.extract(TestPaths.sampleDocs().resolve("post/058-benefits-scan.tif"));
        assertThat(extraction).isInstanceOfSatisfying(Extraction.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).isEqualTo("reading it took longer than the 2 s limit for one file"));

        Extraction quick = extractor.extract(TestPaths.testdata().resolve("office/testTXT.txt"));
        assertThat(quick).isInstanceOf(Extraction.Extracted.class);
    }
}
