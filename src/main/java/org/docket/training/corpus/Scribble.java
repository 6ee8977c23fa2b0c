package org.docket.training.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Roughs up a resident's text the way hurried post really arrives: misspelt, unparagraphed, lower case, no apostrophes. */
final class Scribble {

    private static final List<String[]> MISSPELLINGS = List.of(
            new String[]{"because", "becuase"}, new String[]{"because", "cos"}, new String[]{"received", "recieved"},
            new String[]{"definitely", "definately"}, new String[]{"separate", "seperate"},
            new String[]{"tomorrow", "tommorow"}, new String[]{"until", "untill"}, new String[]{"really", "realy"},
            new String[]{"writing", "writting"}, new String[]{"immediately", "immediatly"},
            new String[]{"neighbour", "nieghbour"}, new String[]{"neighbours", "neighbors"},
            new String[]{"which", "wich"}, new String[]{"please", "pls"}, new String[]{"appointment", "appointmant"},
            new String[]{"necessary", "neccessary"}, new String[]{"address", "adress"},
            new String[]{"accommodation", "accomodation"}, new String[]{"responsible", "responsable"},
            new String[]{"disgusting", "disgusting!!"}, new String[]{"behaviour", "behavour"},
            new String[]{"council", "counsil"}, new String[]{"believe", "beleive"}, new String[]{"weird", "wierd"},
            new String[]{"government", "goverment"}, new String[]{"you", "u"}, new String[]{"would have", "would of"},
            new String[]{"could have", "could of"}, new String[]{"a lot", "alot"}, new String[]{"letter", "leter"},
            new String[]{"absolutely", "absolutley"}, new String[]{"unfortunately", "unfortunatly"});

    private static final Pattern SENTENCE_START = Pattern.compile("([.!?] )([A-Z])");

    private Scribble() {
    }

    static String scruff(String text, boolean welsh, References refs) {
        String t = text.replaceAll("\n\n+", " ").replace("\n", " ");
        if (!welsh) {
            for (String[] m : MISSPELLINGS) {
                if (refs.chance(0.45)) t = replaceWord(t, m[0], m[1]);
            }
            if (refs.chance(0.4)) t = t.replace(" I ", " i ").replace(" I'm ", " im ");
        } else {
            if (refs.chance(0.6)) t = stripAccents(t);
            if (refs.chance(0.3)) t = t.replace("Rwy'n", "Dwi'n").replace("rwy'n", "dwi'n");
        }
        if (refs.chance(0.5)) t = t.replace("'", "");
        if (refs.chance(0.4)) t = lowerSentenceStarts(t);
        if (refs.chance(0.3)) t = t.replace(". ", ", ");
        if (refs.chance(0.2)) t = t.replace("!", "!!");
        return t.strip();
    }

    private static String replaceWord(String text, String word, String replacement) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text)
                .replaceAll(Matcher.quoteReplacement(replacement));
    }

    private static String lowerSentenceStarts(String text) {
        Matcher m = SENTENCE_START.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + m.group(2).toLowerCase(Locale.ROOT)));
        m.appendTail(sb);
        return sb.toString();
    }

    private static String stripAccents(String text) {
        return text.replace('ŵ', 'w').replace('ŷ', 'y').replace('â', 'a').replace('ô', 'o').replace('ê', 'e')
                .replace('î', 'i').replace('û', 'u').replace('Ŵ', 'W').replace('Ŷ', 'Y');
    }
}
