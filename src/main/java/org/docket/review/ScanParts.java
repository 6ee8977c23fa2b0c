package org.docket.review;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Cuts a multi-page scan into files of its page ranges, in the scan's own format (a PDF into PDFs, a
 * TIFF into TIFFs), so each part is a file like any other and is read, classified and shown as one.
 */
final class ScanParts {

    /** Pages {@code first} to {@code last} of the whole, 1-based and inclusive. */
    record Range(int first, int last) {
    }

    private ScanParts() {
    }

    static boolean canSplit(String mediaType) {
        return "application/pdf".equals(mediaType) || "image/tiff".equals(mediaType);
    }

    /** The ranges a scan of {@code pages} pages falls into when each new part starts at one of {@code starts}. */
    static List<Range> ranges(int pages, List<Integer> starts) {
        List<Integer> sorted = starts.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("Say where the parts start: page numbers from 2 to " + pages + ", such as 3 or 3, 5.");
        }
        for (int start : sorted) {
            if (start < 2 || start > pages) {
                throw new IllegalArgumentException("Page " + start + " cannot start a part: give page numbers from 2 to " + pages + ".");
            }
        }
        List<Range> ranges = new ArrayList<>();
        int first = 1;
        for (int start : sorted) {
            ranges.add(new Range(first, start - 1));
            first = start;
        }
        ranges.add(new Range(first, pages));
        return ranges;
    }

    /** Writes the part's pages of the original to {@code part}. */
    static void write(Path original, String mediaType, Range range, Path part) throws IOException {
        if ("application/pdf".equals(mediaType)) {
            try (PDDocument whole = Loader.loadPDF(original.toFile()); PDDocument piece = new PDDocument()) {
                for (int page = range.first(); page <= range.last(); page++) {
                    piece.importPage(whole.getPage(page - 1));
                }
                piece.save(part.toFile());
            }
            return;
        }
        List<BufferedImage> frames = frames(original, range);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter writer = writers.next();
        Files.deleteIfExists(part);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(part.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static List<BufferedImage> frames(Path original, Range range) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(original.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                List<BufferedImage> frames = new ArrayList<>();
                for (int page = range.first(); page <= range.last(); page++) {
                    frames.add(reader.read(page - 1));
                }
                return frames;
            } finally {
                reader.dispose();
            }
        }
    }
}
