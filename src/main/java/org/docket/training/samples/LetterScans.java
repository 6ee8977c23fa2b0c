package org.docket.training.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.docket.training.corpus.GeneratedLetter;

/**
 * Prints generated letters and scans them as the sample post is scanned, but with more of the hard
 * cases: a third on the post room's greyscale scanner, a third on a worn one with faded toner, a
 * third arriving by fax. Saved as PNG or TIFF; a letter longer than a page always as TIFF.
 */
public final class LetterScans {

    /** A scanned letter: the file's bytes and its extension, "png" or "tif". */
    public record Scan(byte[] bytes, String extension) {
    }

    private LetterScans() {
    }

    /** @param number the letter's number in its folder, printed in a fax's header */
    public static Scan scan(GeneratedLetter letter, int number, Random random) throws IOException {
        ScannedPages.Machine machine = ScannedPages.Machine.values()[random.nextInt(ScannedPages.Machine.values().length)];
        boolean png = random.nextBoolean();
        boolean fax = machine == ScannedPages.Machine.FAX;
        PostForm form = fax ? (png ? PostForm.FAX_PNG : PostForm.FAX_TIFF) : (png ? PostForm.SCAN_PNG : PostForm.SCAN_TIFF);
        PostFormats.Posted posted = PostFormats.post(letter, form, random);
        ScannedPages scanner = new ScannedPages(machine, random);
        List<BufferedImage> printed = scanner.print(List.of(posted.main()), random);
        // as in the sample post: a scanner storing TIFF often passes the page through JPEG first
        boolean jpegPass = form == PostForm.SCAN_TIFF && random.nextInt(3) == 0;
        List<BufferedImage> scanned = scanner.scan(printed, jpegPass,
                i -> PostFormats.faxHeader(posted.date(), number, posted.sender().phone(), i, printed.size()), random);
        if (png && scanned.size() == 1) {
            return new Scan(ImageFiles.png(scanned.getFirst(), scanner.dpi), "png");
        }
        return new Scan(ImageFiles.tiff(scanned, scanner.dpi), "tif");
    }
}
