package org.docket.digitisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The pages an archivist should scan again: those that could not be read, and those read with low
 * confidence or few dictionary words. Kept as a CSV beside the archival copies, and on the web page.
 */
public final class RescanList {

    static final String FILE = "rescan.csv";

    /** One page to scan again, and why. */
    public record Entry(String sourceFile, int page, String box, String folder, double confidence, Double dictionaryShare,
                        String reason) {
    }

    private RescanList() {
    }

    static List<Entry> of(List<ArchivePages.Stored> pages, DigitisationProperties settings) {
        return pages.stream().filter(page -> page.kind() != null).filter(page -> needsRescan(page, settings))
                .map(page -> new Entry(page.page().sourceFile(), page.page().pageInFile(), page.page().box(), page.page().folder(),
                        Math.round(page.confidence() * 10) / 10.0,
                        Double.isNaN(page.dictionaryShare()) ? null : Math.round(page.dictionaryShare() * 100) / 100.0,
                        reason(page, settings)))
                .toList();
    }

    static boolean needsRescan(ArchivePages.Stored page, DigitisationProperties settings) {
        return switch (page.kind()) {
            case FAILED -> true;
            case PAGE -> page.confidence() < settings.rescanConfidence()
                    || (!Double.isNaN(page.dictionaryShare()) && page.dictionaryShare() < settings.rescanDictionary());
            default -> false;
        };
    }

    private static String reason(ArchivePages.Stored page, DigitisationProperties settings) {
        if (page.kind() == PageReading.Kind.FAILED) {
            return page.failure();
        }
        if (page.confidence() < settings.rescanConfidence()) {
            return String.format(Locale.ROOT, "read with %.0f%% confidence, below the %.0f%% a page needs", page.confidence(),
                    settings.rescanConfidence());
        }
        return String.format(Locale.ROOT, "only %.0f%% of its words are in the dictionary, below %.0f%%",
                page.dictionaryShare() * 100, settings.rescanDictionary() * 100);
    }

    static String csv(List<Entry> entries) {
        StringBuilder csv = new StringBuilder("file,page,box,folder,confidence,dictionary_share,reason\n");
        for (Entry entry : entries) {
            csv.append(String.join(",", quote(entry.sourceFile()), Integer.toString(entry.page()), quote(entry.box()),
                    quote(entry.folder()), Double.toString(entry.confidence()),
                    entry.dictionaryShare() == null ? "" : entry.dictionaryShare().toString(), quote(entry.reason()))).append('\n');
        }
        return csv.toString();
    }

    /** Writes the list as CSV (whole, then renamed into place). */
    static Path write(Path out, List<Entry> entries) throws IOException {
        Files.createDirectories(out);
        Path target = out.resolve(FILE);
        Path partial = out.resolve(FILE + ".partial");
        Files.writeString(partial, csv(entries), StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
