package org.docket.digitisation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How archive digitisation runs: defaults in application.yml, overrides in jobs/digitise.yml.
 *
 * @param threads           pages read at once, each thread with its own Tesseract; the machine's cores
 * @param pagesPerChunk     pages committed together (and then searchable)
 * @param separation        where one document ends and the next begins
 * @param separatorText     the barcode text of a separator sheet (Code 128, Code 39 or QR)
 * @param separatorPatches  the Kodak patch codes (1, 2, 3, 4, 6, T) whose sheets separate documents
 * @param orientation       when to ask Tesseract which way up a page is
 * @param deskew            straighten pages scanned at a slant
 * @param binarise          when to try a black-and-white version of a page
 * @param blankInk          a row of a page with more ink than this share of its width is written on; a page without such rows is blank
 * @param rescanConfidence  pages whose mean word confidence is below this (0..100) go on the re-scan list
 * @param rescanDictionary  pages with a smaller share of dictionary words than this go on the re-scan list
 * @param jpegQuality       of the page images kept in the archival PDF
 */
@Validated
@ConfigurationProperties("docket.digitise")
public record DigitisationProperties(
        @Min(1) int threads,
        @Min(1) int pagesPerChunk,
        @NotNull Separation separation,
        @NotNull String separatorText,
        @NotNull java.util.List<String> separatorPatches,
        @NotNull Orientation orientation,
        boolean deskew,
        @NotNull Binarise binarise,
        @DecimalMin("0.0") @DecimalMax("1.0") double blankInk,
        @DecimalMin("0.0") @DecimalMax("100.0") double rescanConfidence,
        @DecimalMin("0.0") @DecimalMax("1.0") double rescanDictionary,
        @DecimalMin("0.1") @DecimalMax("1.0") float jpegQuality) {

    /** Where a new document starts within a folder. Documents never cross a folder. */
    public enum Separation {
        /** each scanned file is one document */
        FILE,
        /** a blank page ends a document; the blank page is not kept in either */
        BLANK_PAGE,
        /** a separator sheet (barcode or patch code) ends a document; the sheet is not kept */
        SEPARATOR_SHEET
    }

    public enum Orientation {
        /** only when the first reading is poor: upright pages cost nothing */
        WHEN_UNSURE,
        ALWAYS,
        NEVER
    }

    public enum Binarise {
        /** only when the first reading is poor, keeping whichever reads better */
        WHEN_UNSURE,
        ALWAYS,
        NEVER
    }
}
