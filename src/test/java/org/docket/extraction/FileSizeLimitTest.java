package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A file over the size limit is refused unread, with its size and the limit in the reason. */
@SpringBootTest(classes = ExtractionTestConfiguration.class,
        properties = {"docket.home=./target/test-homes/size-limit", "docket.intake.max-file-size=2MB"})
class FileSizeLimitTest {

    @Autowired
    TextExtractor extractor;

    @Test
    void oversizedFileIsRefusedUnread(@TempDir Path folder) throws Exception {
        Path big = folder.resolve("minutes.txt");
        Files.writeString(big, "The committee agreed the minutes of the last meeting. ".repeat(60_000));
        assertThat(extractor.extract(big)).isEqualTo(new Extraction.Unreadable(null, "the file is 3 MB, over the 2 MB limit"));

        Path small = folder.resolve("note.txt");
        Files.writeString(small, "The committee agreed the minutes of the last meeting.");
        assertThat(extractor.extract(small)).isInstanceOf(Extraction.Extracted.class);
    }
}
