package org.docket.extraction;

/**
 * Text read from one page image.
 *
 * @param text       the recognised text
 * @param confidence mean word confidence, 0..100 (0 when no word was found)
 * @param words      how many words were found
 */
public record OcrResult(String text, double confidence, int words) {
}
