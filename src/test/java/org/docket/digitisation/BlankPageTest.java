package org.docket.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;

/** Which pages Docket leaves unread as blank: never one with writing on it, wherever the writing is. */
class BlankPageTest {

    private static final double BLANK_INK = 0.01;

    @Test
    void aSheetWithOneTypedLineNearItsTopEdgeIsNotBlank() throws Exception {
        // a real 300 dpi scan: a single line typed 90 pixels below the top of a 4,800-pixel sheet
        PageScan scan = PageScan.load(TestPaths.testdata().resolve("ocr/trainingital.tif"), 1);

        assertThat(PagePixels.blank(scan.grey(), BLANK_INK)).isFalse();
    }

    @Test
    void theScannersShadowsAndSpecksOfDustDoNotMakeAPageWritten() {
        BufferedImage sheet = TestCollection.blank();
        Graphics2D graphics = sheet.createGraphics();
        try {
            graphics.setColor(new Color(40, 40, 40));
            graphics.fillRect(0, 0, sheet.getWidth(), 30);                 // the lid's shadow along the top
            graphics.fillRect(0, 0, 25, sheet.getHeight());                // and down the left edge
            graphics.fillRect(0, sheet.getHeight() - 8, sheet.getWidth(), 8);
            Random dust = new Random(3);
            for (int speck = 0; speck < 40; speck++) {
                graphics.fillRect(dust.nextInt(sheet.getWidth()), dust.nextInt(sheet.getHeight()), 2, 2);
            }
        } finally {
            graphics.dispose();
        }

        assertThat(PagePixels.blank(sheet, BLANK_INK)).isTrue();
        assertThat(PagePixels.blank(TestCollection.blank(), BLANK_INK)).isTrue();
    }

    @Test
    void aLineOfWritingAtTheFootOfTheSheetIsNotBlank() {
        BufferedImage sheet = TestCollection.blank();
        Graphics2D graphics = sheet.createGraphics();
        try {
            graphics.setColor(Color.BLACK);
            graphics.setFont(graphics.getFont().deriveFont(28f));
            graphics.drawString("Received 3 March 1902, J. Evans, clerk", sheet.getWidth() / 6, sheet.getHeight() - sheet.getHeight() / 40);
        } finally {
            graphics.dispose();
        }

        assertThat(PagePixels.blank(sheet, BLANK_INK)).isFalse();
    }
}
