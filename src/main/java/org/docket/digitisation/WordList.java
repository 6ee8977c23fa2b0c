package org.docket.digitisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The British English word list from Debian's wbritish package, for judging how much of a page's
 * reading is real words. Without it the share is not measured and only confidence decides a re-scan.
 */
@Component
class WordList {

    private static final Path BRITISH = Path.of("/usr/share/dict/british-english");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final Set<String> words = new HashSet<>();

    WordList() {
        if (Files.isReadable(BRITISH)) {
            try {
                for (String line : Files.readAllLines(BRITISH, StandardCharsets.UTF_8)) {
                    if (!line.endsWith("'s")) {
                        words.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The word list " + BRITISH + " cannot be read", e);
            }
        }
    }

    boolean available() {
        return !words.isEmpty();
    }

    /** The share of the text's words (two letters or more) that are in the list; NaN without a list or words. */
    double share(String text) {
        if (words.isEmpty()) {
            return Double.NaN;
        }
        int all = 0;
        int known = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            all++;
            if (words.contains(matcher.group().toLowerCase(Locale.ROOT))) {
                known++;
            }
        }
        return all == 0 ? Double.NaN : known / (double) all;
    }
}
