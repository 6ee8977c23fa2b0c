package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
        Extraction extraction = extractor.extract(densePage(TestPaths.freshHome("time-limit").resolve("dense-page.png")));
        assertThat(extraction).isInstanceOfSatisfying(Extraction.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).isEqualTo("reading it took longer than the 1 s limit for one file"));

        Extraction quick = extractor.extract(TestPaths.testdata().resolve("office/testTXT.txt"));
        assertThat(quick).isInstanceOf(Extraction.Extracted.class);
    }

    private static Path densePage(Path file) throws IOException {
        BufferedImage page = new BufferedImage(3508, 4961, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
        String line = "Minutes of the parish vestry meeting held at the church hall, present the overseers and churchwardens; ";
        for (int y = 120; y < page.getHeight() - 80; y += 44) {
            g.drawString(line + line, 100, y);
        }
        g.dispose();
        ImageIO.write(page, "png", file.toFile());
        return file;
    }
}
