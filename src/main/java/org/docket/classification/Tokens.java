package org.docket.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the categoriser sees text: lower-cased words, with every digit written as 0 so that a planning
 * reference or an account number counts by its shape, not its value. Training and classifying both
 * go through here, so they always agree.
 */
public final class Tokens {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[/'’-][\\p{L}\\p{N}]+)*");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** A letter is decided long before this; the rest only adds noise and time. */
    private static final int MOST = 2500;

    private Tokens() {
    }

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
}
