package org.docket.extraction;

import java.util.List;

/**
 * Everything one recognition of a page gives an archive.
 *
 * @param text  the recognised text
 * @param words each word with its confidence (0..100) and box in pixels
 * @param hocr  the page's hOCR element (ocr_page div)
 * @param alto  the page's ALTO Page element
 */
public record PageRecognition(String text, List<Word> words, String hocr, String alto) {

    public PageRecognition {
        words = List.copyOf(words);
    }

    public record Word(String text, float confidence, int left, int top, int right, int bottom) {
    }

    /** Mean word confidence, 0..100; 0 when no word was found. */
    public double confidence() {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }
}
