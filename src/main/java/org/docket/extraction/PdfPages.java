package org.docket.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docket.document.Page;
import org.springframework.stereotype.Component;

/**
 * Reads a PDF page by page: the text layer where a page has one, OCR of the rendered page where it
 * does not (a scan saved as PDF).
 */
@Component
class PdfPages {

    /** A page with fewer characters than this in its text layer is treated as a scan. */
    private static final int TEXT_LAYER_MINIMUM = 25;
    private static final int OCR_DPI = 300;

    private final TesseractOcr ocr;

    PdfPages(TesseractOcr ocr) {
        this.ocr = ocr;
    }

    List<Page> read(Path file, ReadLimits limits) throws IOException, UnreadableFileException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int count = pdf.getNumberOfPages();
            if (count == 0) {
                throw new UnreadableFileException("the PDF has no pages");
            }
            limits.checkPages(count);
            PDFTextStripper stripper = new PDFTextStripper();
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<Page> pages = new ArrayList<>(count);
            for (int index = 0; index < count; index++) {
                limits.checkNotCutOff();
                stripper.setStartPage(index + 1);
                stripper.setEndPage(index + 1);
                String text = stripper.getText(pdf).strip();
                if (text.length() >= TEXT_LAYER_MINIMUM) {
                    pages.add(new Page(index + 1, text, 100, Page.Method.TEXT_LAYER));
                } else {
                    float dpi = renderDpi(pdf.getPage(index), limits);
                    BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
                    OcrResult read = ocr.read(image, Math.round(dpi));
                    pages.add(new Page(index + 1, read.text().strip(), read.confidence(), Page.Method.OCR));
                }
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("the PDF is password-protected; ask the sender for an unprotected copy", e);
        }
    }

    /** 300 dpi, lowered for huge pages so the rendered image stays within the pixel limit. */
    private static float renderDpi(PDPage page, ReadLimits limits) {
        PDRectangle box = page.getCropBox();
        double inchesSquared = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        double pixelsAt300 = inchesSquared * OCR_DPI * OCR_DPI;
        if (pixelsAt300 <= limits.maxPixels() || inchesSquared <= 0) {
            return OCR_DPI;
        }
        return (float) Math.max(50, Math.sqrt(limits.maxPixels() / inchesSquared));
    }
}
