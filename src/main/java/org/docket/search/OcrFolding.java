package org.docket.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds together the characters OCR confuses, in words that have letters: 1, i, l, ! and | read alike,
 * so do 0 and o, 5 and s, "rn" and "m", "vv" and "w". Applied to the page and to the query alike, so a
 * misread word and its correct spelling meet on the same term. Numbers alone are left as they are.
 */
final class OcrFolding extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    OcrFolding(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = fold(term);
        term.setEmpty().append(folded);
        return true;
    }

    static String fold(CharSequence word) {
        boolean letters = false;
        for (int i = 0; i < word.length() && !letters; i++) {
            letters = Character.isLetter(word.charAt(i));
        }
        if (!letters) {
            return word.toString();
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            out.append(switch (c) {
                case '1', 'i', '!', '|' -> 'l';
                case '0' -> 'o';
                case '5' -> 's';
                default -> c;
            });
        }
        return out.toString().replace("rn", "m").replace("vv", "w");
    }
}
