package org.docket.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a letter into sentences and lines, the unit in which a concern is usually voiced. */
public final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?;])\\s+|\\n+");
    private static final int SHORTEST = 4;

    private Sentences() {
    }

    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        for (String piece : BOUNDARY.split(text == null ? "" : text)) {
            String sentence = piece.strip();
            if (sentence.length() >= SHORTEST) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
