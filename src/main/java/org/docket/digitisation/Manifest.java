package org.docket.digitisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.docket.document.Fingerprint;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON manifest of one archival document: what it is, where it came from, how it was read, and each file's checksum. */
record Manifest(String document, String collection, String box, String folder, String item, int pageCount, List<PageEntry> pages,
                String ocrEngine, String ocrEngineVersion, String languages, double meanConfidence, String created,
                List<FileEntry> files) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record PageEntry(int page, String sourceFile, int pageInFile, double confidence, Double dictionaryShare, int words) {
    }

    record FileEntry(String name, String mediaType, long bytes, String sha256) {

        static FileEntry of(Path file) throws IOException {
            String name = file.getFileName().toString();
            String type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".alto.xml") ? "application/alto+xml"
                    : name.endsWith(".hocr") ? "text/vnd.hocr+html" : name.endsWith(".mets.xml") ? "application/mets+xml" : "text/plain";
            return new FileEntry(name, type, Files.size(file), Fingerprint.sha256(file));
        }
    }

    static void write(Path target, String collection, DocumentSeparation.Document document, String name,
                      List<ArchivePages.Stored> pages, List<FileEntry> files, ArchivalCopies.Reading reading) throws IOException {
        ListedPage first = document.pages().getFirst();
        List<PageEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ArchivePages.Stored page = pages.get(i);
            entries.add(new PageEntry(i + 1, page.page().sourceFile(), page.page().pageInFile(), round(page.confidence()),
                    Double.isNaN(page.dictionaryShare()) ? null : round(page.dictionaryShare()), page.words()));
        }
        double mean = pages.stream().mapToDouble(ArchivePages.Stored::confidence).average().orElse(0);
        Manifest manifest = new Manifest(document.leafFolder().isEmpty() ? name : document.leafFolder() + "/" + name, collection,
                first.box(), first.folder(), first.item(), pages.size(), entries, reading.engine(), reading.engineVersion(),
                reading.languages(), round(mean), Instant.now().toString(), files);
        Files.writeString(target, JSON.writeValueAsString(manifest));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
