package org.docket.extraction;

import java.util.function.BooleanSupplier;

/**
 * The limits one file is read under, and a way for a long read to notice it has been cut off.
 *
 * @param maxPages  more pages than this and the file is refused
 * @param maxPixels an image with more pixels is refused before it is decoded
 * @param cutOff    true once the file's time is up
 */
record ReadLimits(int maxPages, long maxPixels, BooleanSupplier cutOff) {

    void checkPages(int pages) throws UnreadableFileException {
        if (pages > maxPages) {
            throw new UnreadableFileException("it has " + pages + " pages, more than the " + maxPages
                    + "-page limit; split it and take the parts in separately");
        }
    }

    void checkPixels(long width, long height) throws UnreadableFileException {
        if (width <= 0 || height <= 0) {
            throw new UnreadableFileException("the image says it is " + width + "×" + height + " pixels, which cannot be right");
        }
        if (width * height > maxPixels) {
            throw new UnreadableFileException("the image is " + width + "×" + height + " pixels, over the limit of "
                    + maxPixels / 1_000_000 + " megapixels");
        }
    }

    void checkNotCutOff() throws UnreadableFileException {
        if (cutOff.getAsBoolean()) {
            throw new UnreadableFileException("reading it was cut off by the time limit");
        }
    }
}
