package org.docket.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.docket.TestPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
