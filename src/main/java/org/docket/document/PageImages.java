package org.docket.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/** The image of one page of a kept original, for people to read beside its text: PDF pages and image frames. */
@Component
public class PageImages {

    /** Enough to read a letter on screen; the archival copy keeps the full resolution. */
    private static final int SCREEN_DPI = 110;

    private final ContentStore contents;

    PageImages(ContentStore contents) {
        this.contents = contents;
    }

    /** The page's image, or empty when the document has no page images (a Word file, an e-mail) or no such page. */
    public Optional<BufferedImage> page(Document document, int number) throws IOException {
        Path original = contents.pathOf(document.sha256());
        if (number < 1 || document.mediaType() == null) {
            return Optional.empty();
        }
        if (document.mediaType().equals("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(original.toFile())) {
                return number > pdf.getNumberOfPages() ? Optional.empty()
                        : Optional.of(new PDFRenderer(pdf).renderImageWithDPI(number - 1, SCREEN_DPI, ImageType.GRAY));
            }
        }
        if (document.mediaType().startsWith("image/")) {
            try (ImageInputStream in = ImageIO.createImageInputStream(original.toFile())) {
                Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return Optional.empty();
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return number > reader.getNumImages(true) ? Optional.empty() : Optional.of(reader.read(number - 1));
                } finally {
                    reader.dispose();
                }
            }
        }
        return Optional.empty();
    }
}
