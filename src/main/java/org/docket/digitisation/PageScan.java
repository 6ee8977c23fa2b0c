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
 * One page of a scan as 8-bit grey pixels, which are read, with its resolution: a page of a TIFF, PNG
 * or JPEG as scanned, or a page of an image-only PDF rendered at 300 dpi. A scan in colour keeps its
 * colour for the archival copy (a red stamp, a coloured map): colour is null for grey and black and
 * white scans, and for colour files whose pixels are all grey.
 */
record PageScan(BufferedImage grey, int dpi, BufferedImage colour) {

    private static final int PDF_DPI = 300;
    /** Red, green and blue further apart than this (0..255) make a pixel coloured, not grey with scanner noise. */
    private static final int COLOURED = 40;
    /** A page with at least this share of coloured pixels is kept in colour: a small stamp is enough. */
    private static final double COLOURED_SHARE = 0.001;

    PageScan(BufferedImage grey, int dpi) {
        this(grey, dpi, null);
    }

    static PageScan load(Path file, int pageInFile) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return of(new PDFRenderer(pdf).renderImageWithDPI(pageInFile - 1, PDF_DPI, ImageType.RGB), PDF_DPI);
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
                return of(reader.read(pageInFile - 1), dpi);
            } finally {
                reader.dispose();
            }
        }
    }

    private static PageScan of(BufferedImage scanned, int dpi) {
        return new PageScan(Images.toGrey(scanned), dpi, coloured(scanned) ? Images.onWhite(scanned, BufferedImage.TYPE_INT_RGB) : null);
    }

    /** Whether enough of the page's pixels, looked at on a grid, are coloured rather than grey. */
    private static boolean coloured(BufferedImage image) {
        if (image.getColorModel().getNumColorComponents() < 3) {
            return false;
        }
        int step = Math.max(1, (int) Math.sqrt((double) image.getWidth() * image.getHeight() / 250_000));
        int seen = 0;
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                int rgb = image.getRGB(x, y);
                int red = rgb >> 16 & 0xff;
                int green = rgb >> 8 & 0xff;
                int blue = rgb & 0xff;
                seen++;
                if (Math.max(Math.abs(red - green), Math.max(Math.abs(green - blue), Math.abs(red - blue))) > COLOURED) {
                    coloured++;
                }
            }
        }
        return coloured >= COLOURED_SHARE * seen;
    }

}
