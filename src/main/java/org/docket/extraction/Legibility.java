package org.docket.extraction;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what was read is a document a person could act on. Damaged files often still "read": a
 * broken PDF detected as plain text yields its own syntax, a corrupt image a few stray characters.
 * Those are refused here, with the reason, rather than put in front of a reviewer as a letter.
 */
public final class Legibility {

    /** Fewer real words than this and there is nothing to classify. */
    static final int FEWEST_WORDS = 5;

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Extensions of formats that are never plain text; text inside one means the file is not what it says. */
    private static final Pattern BINARY_EXTENSION = Pattern.compile(
            ".*\\.(pdf|docx?|odt|rtf|xlsx?|pptx?|png|jpe?g|tiff?|gif|bmp|ppm|pgm|pbm|j2k|jp2|psd|ico|icns|pcx|sgi|zip|7z|msg)$");

    private Legibility() {
    }

    /** Empty when the text is worth a person's time; otherwise why not. */
    public static Optional<String> problem(String fileName, String mediaType, String text) {
        if ("text/plain".equals(mediaType) && BINARY_EXTENSION.matcher(fileName.toLowerCase(Locale.ROOT)).matches()) {
            String claimed = fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
            return Optional.of("its name says it is a " + claimed + " file but it holds only loose text; it is damaged "
                    + "or mislabelled, so ask the sender for it again");
        }
        int words = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find() && words < FEWEST_WORDS) {
            words++;
        }
        if (words == 0) {
            return Optional.of("no text could be read from it: a blank page, or a scan too faint to read");
        }
        if (words < FEWEST_WORDS) {
            return Optional.of("almost no legible text (" + words + " word" + (words == 1 ? "" : "s")
                    + "): a damaged file or an unreadable scan");
        }
        return Optional.empty();
    }
}
