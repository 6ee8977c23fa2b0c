package org.docket.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.docket.TestPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Kodak patch codes on scanners' separator sheets, found whichever way the sheet was fed, and nowhere else. */
class PatchCodeTest {

    @ParameterizedTest
    @CsvSource({
            "WWNN, PATCH_1, false", "WNNW, PATCH_2, false", "WNWN, PATCH_3, false",
            "NWWN, PATCH_4, false", "NWNW, PATCH_T, false", "NNWW, PATCH_6, false",
            "NWNW, PATCH_T, true", "WNNW, PATCH_2, true", "NNWW, PATCH_6, true"})
    void eachPatchIsToldByWhichBarsAreWide(String bars, PatchCode patch, boolean across) {
        assertThat(PatchCode.on(TestCollection.patch(bars, across), TestCollection.DPI)).contains(patch);
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "barcode", "8087_054.3B.tif", "eurotext.tif", "phototest.tif"})
    void pagesOfPrintAndBarcodeSheetsCarryNoPatch(String page) throws Exception {
        PageScan scan = switch (page) {
            case "register" -> new PageScan(TestCollection.page(TestCollection.entries(1, 12)), TestCollection.DPI);
            case "barcode" -> new PageScan(TestCollection.separator("DOCKET SEPARATOR"), TestCollection.DPI);
            default -> PageScan.load(TestPaths.testdata().resolve("ocr").resolve(page), 1);
        };

        assertThat(PatchCode.on(scan.grey(), scan.dpi())).isEmpty();
    }
}
