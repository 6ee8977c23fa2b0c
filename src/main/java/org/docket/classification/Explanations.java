package org.docket.classification;

import java.util.Set;

/**
 * Which words are worth showing a reviewer as the reason for a decision: not the little words every
 * letter has ("the", "it", "yn"), which may tip a score but explain nothing.
 */
final class Explanations {

    private static final Set<String> PLAIN = Set.of(
            "the", "and", "for", "that", "this", "with", "have", "has", "had", "was", "were", "are", "you", "your",
            "our", "their", "they", "them", "she", "her", "his", "him", "but", "not", "all", "any", "can", "could",
            "would", "should", "will", "from", "been", "about", "into", "over", "some", "very", "also", "just",
            "there", "what", "when", "which", "who", "than", "then", "out", "one", "two", "now", "next", "last",
            "please", "dear", "thank", "thanks", "regards", "yours", "sincerely", "faithfully", "its", "it's",
            "i'm", "i've", "don't", "did", "does", "may", "more", "much", "other", "only", "same", "such",
            "mae", "yn", "ac", "ar", "am", "yr", "y", "i", "o", "fy", "eich", "ein", "wedi", "bod", "gyda", "hyn", "diolch", "gywir");

    private Explanations() {
    }

    /** A word, or a pair of words of which at least one is telling. */
    static boolean telling(String shown) {
        for (String word : shown.split(" ")) {
            if (word.length() >= 3 && word.chars().anyMatch(Character::isLetter) && !PLAIN.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
