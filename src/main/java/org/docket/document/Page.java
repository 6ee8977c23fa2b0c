package org.docket.document;

/**
 * One page of a document as Docket read it.
 *
 * @param number     1-based page number
 * @param text       the page's text
 * @param confidence mean OCR word confidence, 0..100; 100 for a text layer read as typed
 * @param method     how the text was obtained
 */
public record Page(int number, String text, double confidence, Method method) {

    public enum Method { TEXT_LAYER, OCR }

    public Page {
        text = text == null ? "" : text;
    }
}
