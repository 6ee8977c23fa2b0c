package org.docket.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docket.document.Entity;

/**
 * How the models see text: lower-cased words, with every digit written as 0 so that a planning
 * reference or an account number counts by its shape, not its value. Training and classifying both
 * go through here, so they always agree.
 */
public final class Tokens {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[/'’-][\\p{L}\\p{N}]+)*");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** A letter is decided long before this; the rest only adds noise and time. */
    private static final int MOST = 2500;
    /** "collected", "collection" and "collecting" say the same to a categoriser; six letters seldom merge words that differ. */
    private static final int STEM = 6;
    /**
     * Welsh changes a word's first letters after certain words ("cais", "ei gais", "fy nghais"); folding
     * the nasal and aspirate mutations back lets a word learnt in one form be recognised in another.
     */
    private static final String[][] MUTATIONS = {
            {"ngh", "c"}, {"mh", "p"}, {"nh", "t"}, {"ng", "g"}, {"ch", "c"}, {"ph", "p"}, {"th", "t"}, {"dd", "d"}, {"rh", "r"}};
    private static final Entities ENTITIES = new Entities();
    /** Marks a long word kept whole beside its stem, so that the two count as different features. */
    private static final String WHOLE = "=";
    /** Joins the two stems of a pair term; never part of a word. */
    private static final String PAIR = "_";

    /**
     * What the categoriser reads of a text.
     *
     * @param terms its features: word stems, then each word longer than a stem whole ({@code =word}), then
     *              one {@code #type} term per kind of reference found
     * @param shown for each term, the word of the text a reviewer should see for it
     */
    public record Terms(String[] terms, Map<String, String> shown) {
    }

    private Tokens() {
    }

    /** The words, as the safeguarding model and categorisers of the first version read them. */
    public static String[] of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find() && tokens.size() < MOST) {
            String token = matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (token.length() == 1 && !Character.isDigit(token.charAt(0))) {
                continue;
            }
            tokens.add(DIGIT.matcher(token).replaceAll("0"));
        }
        return tokens.toArray(String[]::new);
    }

    /**
     * Word stems, long words whole, and reference types: on letters worded unlike any it was trained on,
     * the categoriser is more often right when it sees "collec" as well as "collected", and "#pcn" as
     * well as "zz00000000".
     */
    public static Terms stemsAndEntities(String text) {
        return stemsAndEntities(text, false);
    }

    /**
     * As {@link #stemsAndEntities}, with each pair of neighbouring stems as one more term ("missed
     * collection", "planning permission"): two words together often say what neither says alone.
     */
    public static Terms stemsPairsAndEntities(String text) {
        return stemsAndEntities(text, true);
    }

    private static Terms stemsAndEntities(String text, boolean pairs) {
        List<String> terms = new ArrayList<>();
        Map<String, String> shown = new LinkedHashMap<>();
        List<String> whole = new ArrayList<>();
        for (String word : of(text)) {
            String stem = stem(word);
            terms.add(stem);
            shown.putIfAbsent(stem, word);
            if (word.length() > STEM) {
                // the whole word as well: a stem alone also lets "information" pass for "informal"
                whole.add(WHOLE + word);
                shown.putIfAbsent(WHOLE + word, word);
            }
        }
        if (pairs) {
            int stems = terms.size();
            for (int i = 1; i < stems; i++) {
                String pair = terms.get(i - 1) + PAIR + terms.get(i);
                terms.add(pair);
                shown.putIfAbsent(pair, shown.get(terms.get(i - 1)) + " " + shown.get(terms.get(i)));
            }
        }
        terms.addAll(whole);
        for (Entity entity : ENTITIES.find(text == null ? "" : text)) {
            String term = "#" + entity.type().toLowerCase(Locale.ROOT);
            if (!shown.containsKey(term)) {
                terms.add(term);
                shown.put(term, "[" + entity.type() + "]");
            }
        }
        return new Terms(terms.toArray(String[]::new), shown);
    }

    static String stem(String word) {
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        String folded = word;
        for (String[] mutation : MUTATIONS) {
            if (word.startsWith(mutation[0])) {
                folded = mutation[1] + word.substring(mutation[0].length());
                break;
            }
        }
        return folded.length() > STEM ? folded.substring(0, STEM) : folded;
    }
}
