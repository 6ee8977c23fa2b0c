package org.docket.digitisation;

/**
 * What reading one page gave: committed with the chunk, never read again after that.
 *
 * @param page            the page as listed
 * @param kind            what the page turned out to be
 * @param failure         why it could not be read (FAILED only), a sentence for the archivist
 * @param text            the recognised text
 * @param hocr            the page's hOCR element
 * @param alto            the page's ALTO Page element
 * @param confidence      mean word confidence, 0..100
 * @param dictionaryShare the share of its words found in the word list; NaN when not measured
 * @param words           words recognised
 * @param rotation        clockwise quarter turns applied, in degrees
 * @param skew            degrees the page was straightened by
 * @param width           of the page image read, in pixels
 * @param height          of the page image read, in pixels
 * @param dpi             its resolution
 * @param image           the page as read (turned and straightened), encoded for the archival PDF
 * @param records         names, years and places found on it
 */
record PageReading(ListedPage page, Kind kind, String failure, String text, String hocr, String alto, double confidence,
                   double dictionaryShare, int words, int rotation, double skew, int width, int height, int dpi, PageImageFiles.Encoded image,
                   RegisterRecords.Found records) {

    enum Kind { PAGE, BLANK, SEPARATOR, FAILED }

    static PageReading failed(ListedPage page, String why) {
        return new PageReading(page, Kind.FAILED, why, "", "", "", 0, Double.NaN, 0, 0, 0, 0, 0, 0, null,
                new RegisterRecords.Found(java.util.List.of(), java.util.List.of(), java.util.List.of()));
    }
}
