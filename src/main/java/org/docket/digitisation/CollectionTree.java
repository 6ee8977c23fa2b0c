package org.docket.digitisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lists the pages of a collection's folder tree in the order an archivist reads them: folders and
 * files by name with numbers compared as numbers (box 2 before box 10), then the pages of each file.
 * The folders become the box, folder and item each page belongs to.
 */
final class CollectionTree {

    private static final Pattern SCAN = Pattern.compile("(?i).*\\.(tiff?|png|jpe?g|pdf)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** A file that could not be listed, and why. */
    record Unlisted(String file, String reason) {
    }

    record Listing(List<ListedPage> pages, List<Unlisted> unlisted) {
    }

    private CollectionTree() {
    }

    static Listing list(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("There is no folder at " + root + "; give the folder that holds the collection's boxes");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(path -> SCAN.matcher(path.getFileName().toString()).matches())
                    .filter(path -> !root.relativize(path).toString().startsWith("."))
                    .sorted(Comparator.comparing(path -> naturalKey(root.relativize(path).toString()))).toList();
        }
        List<ListedPage> pages = new ArrayList<>();
        List<Unlisted> unlisted = new ArrayList<>();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            String[] parts = relative.split("/");
            String box = parts.length > 1 ? parts[0] : null;
            String folder = parts.length > 2 ? parts[1] : null;
            String item = parts.length > 3 ? String.join("/", List.of(parts).subList(2, parts.length - 1)) : null;
            try {
                int count = pageCount(file);
                for (int page = 1; page <= count; page++) {
                    pages.add(new ListedPage(pages.size() + 1, box, folder, item, relative, page));
                }
            } catch (IOException | RuntimeException e) {
                unlisted.add(new Unlisted(relative, "it cannot be opened as an image or PDF (" + e.getMessage() + ")"));
            }
        }
        return new Listing(pages, unlisted);
    }

    private static int pageCount(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return pdf.getNumberOfPages();
            }
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no image reader understands it");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, false, true);
                return reader.getNumImages(true);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Numbers padded so that they sort as numbers. */
    private static String naturalKey(String path) {
        Matcher matcher = NUMBER.matcher(path.toLowerCase(Locale.ROOT));
        StringBuilder key = new StringBuilder();
        while (matcher.find()) {
            String digits = matcher.group().replaceFirst("^0+(?=\\d)", "");
            matcher.appendReplacement(key, "0".repeat(Math.max(0, 12 - digits.length())) + digits);
        }
        matcher.appendTail(key);
        return key.toString();
    }
}
