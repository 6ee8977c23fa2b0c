package org.docket.training.samples;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises the parts of a dressed letter's text that are laid out apart from the body. */
final class TextShapes {

    private static final Pattern POSTCODE = Pattern.compile(".*\\b[A-Z]{1,2}\\d{1,2}[A-Z]? \\d[A-Z]{2}\\b.*");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}(/\\d{1,2}/\\d{4}| \\p{L}+ \\d{4})");
    /** "Name: value" on a form, with a short label. */
    static final Pattern FIELD = Pattern.compile("([\\p{L}][\\p{L} ]{1,28}): (\\S.*)");

    private TextShapes() {
    }

    /** A sender's address typed at the top: two to six short lines ending in a postcode. */
    static boolean isAddress(String paragraph) {
        List<String> lines = paragraph.lines().toList();
        return lines.size() >= 2 && lines.size() <= 6 && lines.stream().allMatch(l -> l.length() <= 42)
                && POSTCODE.matcher(lines.getLast()).matches();
    }

    static boolean isDate(String paragraph) {
        return DATE.matcher(paragraph.strip()).matches();
    }
}
