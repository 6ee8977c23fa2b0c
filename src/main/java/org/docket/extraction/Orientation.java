package org.docket.extraction;

/**
 * Which way up a page is.
 *
 * @param degrees    the clockwise rotation that makes the page upright: 0, 90, 180 or 270
 * @param confidence Tesseract's confidence in it; above about 2 it can be trusted
 */
public record Orientation(int degrees, float confidence) {
}
