package org.docket.digitisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.docket.document.Fingerprint;
import org.docket.extraction.OcrMarkup;

/**
 * Writes the files an archive keeps of one document: the searchable PDF/A, ALTO XML, hOCR, plain
 * text, a METS record and a JSON manifest with every file's SHA-256. They are written into a
 * folder of their own under the work folder and moved into place in one rename, so a document's
 * folder is either all there or not there at all; one already in place is never written again.
 */
final class ArchivalCopies {

    static final String MANIFEST = "manifest.json";

    /** What the manifest says about how the text was read. */
    record Reading(String engine, String engineVersion, String languages) {
    }

    private ArchivalCopies() {
    }

    /** The document's folder under the archive folder: box, folder and item as scanned, then the document. */
    static Path folderOf(Path out, DocumentSeparation.Document document) {
        Path folder = document.leafFolder().isEmpty() ? out : out.resolve(document.leafFolder());
        return folder.resolve(name(document));
    }

    static String name(DocumentSeparation.Document document) {
        return "document-%03d".formatted(document.numberInFolder());
    }

    /** Writes the document unless it is already in place; answers its manifest's SHA-256. */
    static String write(String collection, DocumentSeparation.Document document, List<ArchivePages.Stored> pages, Path work,
                        Path out, Reading reading) throws IOException {
        Path target = folderOf(out, document);
        if (Files.isRegularFile(target.resolve(MANIFEST))) {
            return Fingerprint.sha256(target.resolve(MANIFEST));
        }
        Path partial = work.resolve("documents").resolve(Integer.toString(document.number()));
        clear(partial);
        Files.createDirectories(partial);
        String name = name(document);
        String title = collection + " " + (document.leafFolder().isEmpty() ? "" : document.leafFolder() + " ") + name;

        List<SearchablePdf.Page> pdfPages = pages.stream().map(page -> new SearchablePdf.Page(PageImageFiles.of(work, page.page().seq()),
                page.width(), page.height(), page.dpi(), page.hocr())).toList();
        SearchablePdf.write(title, pdfPages, partial.resolve(name + ".pdf"));
        Files.writeString(partial.resolve(name + ".alto.xml"),
                OcrMarkup.alto(pages.stream().map(ArchivePages.Stored::alto).collect(Collectors.joining())), StandardCharsets.UTF_8);
        Files.writeString(partial.resolve(name + ".hocr"),
                OcrMarkup.hocr(pages.stream().map(ArchivePages.Stored::hocr).collect(Collectors.joining())), StandardCharsets.UTF_8);
        Files.writeString(partial.resolve(name + ".txt"),
                pages.stream().map(ArchivePages.Stored::text).collect(Collectors.joining("\n\f\n")) + "\n", StandardCharsets.UTF_8);
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (String suffix : List.of(".pdf", ".alto.xml", ".hocr", ".txt")) {
            files.add(Manifest.FileEntry.of(partial.resolve(name + suffix)));
        }
        Files.writeString(partial.resolve(name + ".mets.xml"), MetsRecord.of(title, pages, files), StandardCharsets.UTF_8);
        files.add(Manifest.FileEntry.of(partial.resolve(name + ".mets.xml")));
        Manifest.write(partial.resolve(MANIFEST), collection, document, name, pages, files, reading);

        Files.createDirectories(target.getParent());
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return Fingerprint.sha256(target.resolve(MANIFEST));
    }

    static void clear(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
