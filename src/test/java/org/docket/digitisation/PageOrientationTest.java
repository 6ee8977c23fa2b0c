package org.docket.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.docket.TestPaths;
import org.docket.extraction.Images;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cheap look that decides whether to ask Tesseract which way up a page is before reading it:
 * real scans, upright, upside down and on their sides.
 */
class PageOrientationTest {

    @ParameterizedTest
    @CsvSource({
            "phototest-rotated-L.png, true",
            "phototest-rotated-R.png, true",
            "phototestrot.tif, true",
            "phototest.tif, false",
            "phototest_2.tif, false",
            "phototest-rotated-180.png, false",
            "eurotext.tif, false",
            "8071_093.3B.tif, false",
            "8087_054.3B.tif, false",
            "trainingtimes.tif, false"})
    void linesRunningDownThePageMarkAPageOnItsSide(String scan, boolean sideways) throws Exception {
        PageScan page = PageScan.load(TestPaths.testdata().resolve("ocr").resolve(scan), 1);

        assertThat(PagePixels.linesRunDownThePage(PagePixels.shrink(page.grey(), 800))).isEqualTo(sideways);
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void aColourScanIsTurnedExactlyAsItsGreyCopy(int degrees) throws Exception {
        BufferedImage colour = TestCollection.stamped(TestCollection.page(TestCollection.entries(1, 4)));
        BufferedImage grey = Images.toGrey(colour);

        BufferedImage turned = Images.toGrey(PagePixels.turnColour(colour, degrees));

        assertThat(PagePixels.pixels(turned)).isEqualTo(PagePixels.pixels(PagePixels.turn(grey, degrees)));
    }
}
