package org.docket.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.docket.classification.LanguageDetector;
import org.docket.document.Page;
import org.docket.extraction.Extraction;
import org.docket.extraction.Legibility;
import org.docket.extraction.TextExtractor;
import org.docket.training.LabelledFolder.LabelledFile;

/**
 * Reads labelled documents exactly as intake does (text layer, or OCR of scans, with intake's legibility
 * check), so a model is trained and measured on the text it will really see.
 */
public final class LabelledReader {

    /** Mean OCR word confidence from which a scan counts as good. */
    public static final double GOOD_SCAN_CONFIDENCE = 80;

    /** A labelled document as read: its text, language and how its text was obtained. */
    public record LabelledText(LabelledFile source, String text, String language, String scanQuality) {
    }

    /** A document that could not be read, and why. */
    public record Unread(LabelledFile source, String reason) {
    }

    public record Readings(List<LabelledText> read, List<Unread> unread) {
    }

    private final TextExtractor extractor;
    private final LanguageDetector languages;

    public LabelledReader(TextExtractor extractor, LanguageDetector languages) {
        this.extractor = extractor;
        this.languages = languages;
    }

    /** @param progress told of each file as it is read, so a long OCR run shows it is moving */
    public Readings readAll(List<LabelledFile> files, Consumer<Integer> progress) {
        List<LabelledText> read = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        for (LabelledFile file : files) {
            switch (extractor.extract(file.file())) {
                case Extraction.Extracted(String mediaType, var pages) -> {
                    String text = String.join("\n\f\n", pages.stream().map(Page::text).toList());
                    String fileName = file.file().getFileName().toString();
                    Legibility.problem(fileName, mediaType, text).ifPresentOrElse(
                            reason -> unread.add(new Unread(file, reason)),
                            () -> read.add(new LabelledText(file, text, languages.detect(text), scanQuality(pages))));
                }
                case Extraction.Unreadable(String mediaType, String reason) -> unread.add(new Unread(file, reason));
            }
            progress.accept(read.size() + unread.size());
        }
        return new Readings(read, unread);
    }

    /** Any OCR'd page makes it a scan; its quality is the mean confidence of the OCR'd pages. */
    static String scanQuality(List<Page> pages) {
        double[] ocr = pages.stream().filter(p -> p.method() == Page.Method.OCR).mapToDouble(Page::confidence).toArray();
        if (ocr.length == 0) {
            return Evaluation.TEXT_LAYER;
        }
        double mean = Arrays.stream(ocr).average().orElse(0);
        return mean >= GOOD_SCAN_CONFIDENCE ? Evaluation.GOOD_SCAN : Evaluation.POOR_SCAN;
    }
}
