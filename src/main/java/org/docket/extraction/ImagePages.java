package org.docket.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.docket.document.Page;
import org.springframework.stereotype.Component;

/**
 * Reads scanned pages (PNG, JPEG, TIFF including multi-page, GIF, BMP) and OCRs each one. The size of
 * every page is checked from its header before any pixel is decoded.
 */
@Component
class ImagePages {

    private final TesseractOcr ocr;

    ImagePages(TesseractOcr ocr) {
        this.ocr = ocr;
    }

    List<Page> read(Path file, ReadLimits limits) throws IOException, UnreadableFileException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            if (input == null) {
                throw new UnreadableFileException("the image cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadableFileException("no image reader understands this file's format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, false, true);
                int count = reader.getNumImages(true);
                if (count <= 0) {
                    throw new UnreadableFileException("the image file holds no pages");
                }
                limits.checkPages(count);
                List<Page> pages = new ArrayList<>(count);
                for (int index = 0; index < count; index++) {
                    limits.checkNotCutOff();
                    limits.checkPixels(reader.getWidth(index), reader.getHeight(index));
                    int dpi = ScanResolution.dpi(reader, index);
                    BufferedImage image = reader.read(index);
                    OcrResult read = ocr.read(image, dpi);
                    pages.add(new Page(index + 1, read.text().strip(), read.confidence(), Page.Method.OCR));
                }
                return pages;
            } finally {
                reader.dispose();
            }
        }
    }
}
