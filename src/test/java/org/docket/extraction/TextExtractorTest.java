package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.docket.TestPaths;
import org.docket.document.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Born-digital files from ../shared/testdata/office through Tika (and PDFBox), scans through Tesseract. */
@SpringBootTest(classes = ExtractionTestConfiguration.class, properties = "docket.home=./target/test-homes/extraction")
class TextExtractorTest {

    @Autowired
    TextExtractor extractor;

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            testWORD.docx                          | application/vnd.openxmlformats-officedocument.wordprocessingml.document | Sample Word Document
            testWORD.doc                           | application/msword                                                      | Sample Word Document
            testOpenOffice2.odt                    | application/vnd.oasis.opendocument.text                                 | This is a sample Open Office document
            testRTF.rtf                            | application/rtf                                                         | Test
            testHTML.html                          | text/html                                                               | Test Indexation Html
            testPDF.pdf                            | application/pdf                                                         | Apache Tika
            testRFC822_multipart_attachments.eml   | message/rfc822                                                          | This is Test TXTB File for parser
            """)
    void bornDigitalFilesAreReadFromTheirTextLayer(String file, String mediaType, String expected) {
        Extraction extraction = extractor.extract(office(file));
        assertThat(extraction).isInstanceOf(Extraction.Extracted.class);
        Extraction.Extracted extracted = (Extraction.Extracted) extraction;
        assertThat(extracted.mediaType()).isEqualTo(mediaType);
        assertThat(extracted.pages()).allMatch(page -> page.method() == Page.Method.TEXT_LAYER);
        assertThat(String.join(" ", extracted.pages().stream().map(Page::text).toList())).contains(expected);
    }

    @Test
    void scannedPdfWithoutTextLayerIsOcrd() {
        Extraction.Extracted extracted = (Extraction.Extracted) extractor.extract(office("testOCR.pdf"));
        assertThat(extracted.pages()).singleElement().satisfies(page -> {
            assertThat(page.method()).isEqualTo(Page.Method.OCR);
            assertThat(page.text()).contains("Happy New Year 2003");
            assertThat(page.confidence()).isGreaterThan(70);
        });
    }

    @Test
    void multiPageTiffGivesOnePagePerImage() {
        Extraction.Extracted extracted = (Extraction.Extracted) extractor.extract(office("testTIFF_multipage.tif"));
        assertThat(extracted.mediaType()).isEqualTo("image/tiff");
        assertThat(extracted.pages()).hasSizeGreaterThan(1).allMatch(page -> page.method() == Page.Method.OCR);
        assertThat(extracted.pages()).extracting(Page::number).startsWith(1, 2);
    }

    @Test
    void emptyFileIsRefusedWithAReason() {
        assertThat(extractor.extract(hostile("made-zero-byte.pdf")))
                .isEqualTo(new Extraction.Unreadable(null, "the file is empty (0 bytes)"));
    }

    @Test
    void plainTextNamedPdfIsReadForWhatItIs() {
        Extraction extraction = extractor.extract(hostile("made-plain-text-with-pdf-extension.pdf"));
        assertThat(extraction).isInstanceOfSatisfying(Extraction.Extracted.class,
                extracted -> assertThat(extracted.mediaType()).isEqualTo("text/plain"));
    }

    @Test
    void passwordProtectedPdfIsRefusedWithAReason() {
        assertThat(extractor.extract(hostile("qpdf-enc-R3-V2-U-view-O-master.pdf")))
                .isInstanceOfSatisfying(Extraction.Unreadable.class,
                        unreadable -> assertThat(unreadable.reason()).contains("password-protected"));
    }

    @Test
    void pdfWithTooManyPagesIsRefused() {
        assertThat(extractor.extract(hostile("made-2000-blank-pages.pdf")))
                .isInstanceOfSatisfying(Extraction.Unreadable.class,
                        unreadable -> assertThat(unreadable.reason()).contains("2000 pages").contains("limit"));
    }

    @Test
    void zipArchiveIsNotTakenIn() {
        assertThat(extractor.extract(hostile("made-zip-100MiB-of-zeros.zip")))
                .isInstanceOfSatisfying(Extraction.Unreadable.class,
                        unreadable -> assertThat(unreadable.reason()).contains("does not take in files of type application/zip"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"pillow-decompression_bomb.gif", "pillow-decompression_bomb.ico",
            "pillow-decompression_bomb_extents.gif", "pillow-png_decompression_dos.png", "made-billion-laughs.xml"})
    void decompressionBombsAreRefusedOrYieldNothing(String bomb) {
        // refused outright, or decoded within bounds to nothing legible (which intake then quarantines)
        Extraction extraction = extractor.extract(hostile(bomb));
        if (extraction instanceof Extraction.Extracted extracted) {
            assertThat(extracted.pages()).allMatch(page -> page.text().isBlank());
        } else {
            assertThat(((Extraction.Unreadable) extraction).reason()).isNotBlank();
        }
    }

    @Test
    void pageOverThePixelLimitIsRefusedBeforeDecoding(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        // 9,000 × 9,000 one-bit pixels: a small file that would decode to 81 megapixels
        java.awt.image.BufferedImage huge = new java.awt.image.BufferedImage(9000, 9000, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        Path file = folder.resolve("huge.png");
        javax.imageio.ImageIO.write(huge, "png", file.toFile());
        assertThat(extractor.extract(file)).isInstanceOfSatisfying(Extraction.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).contains("9000×9000 pixels").contains("megapixels"));
    }

    private static Path office(String name) {
        return TestPaths.testdata().resolve("office").resolve(name);
    }

    private static Path hostile(String name) {
        return TestPaths.testdata().resolve("hostile").resolve(name);
    }
}
