package org.docket.digitisation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.docket.extraction.Images;
import org.docket.extraction.ScanResolution;

/**
 * One page of a scan as 8-bit grey pixels with its resolution: a page of a TIFF, PNG or JPEG as
 * scanned, or a page of an image-only PDF rendered at 300 dpi.
 */
record PageScan(BufferedImage grey, int dpi) {

    private static final int PDF_DPI = 300;

    static PageScan load(Path file, int pageInFile) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return new PageScan(new PDFRenderer(pdf).renderImageWithDPI(pageInFile - 1, PDF_DPI, ImageType.GRAY), PDF_DPI);
            }
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no image reader understands " + file.getFileName());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, false, true);
                int dpi = ScanResolution.dpi(reader, pageInFile - 1);
                return new PageScan(Images.toGrey(reader.read(pageInFile - 1)), dpi);
            } finally {
                reader.dispose();
            }
        }
    }
}
