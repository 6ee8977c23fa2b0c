package org.docket.digitisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a page and their boxes, read back from the hOCR Tesseract wrote for it. */
final class HocrWords {

    record Word(String text, int left, int top, int right, int bottom) {
    }

    private static final Pattern WORD = Pattern.compile(
            "<span class=['\"]ocrx_word['\"][^>]*title=['\"]bbox (\\d+) (\\d+) (\\d+) (\\d+)[^'\"]*['\"][^>]*>(.*?)</span>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private HocrWords() {
    }

    static List<Word> of(String hocr) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(hocr == null ? "" : hocr);
        while (matcher.find()) {
            String text = unescape(TAG.matcher(matcher.group(5)).replaceAll("")).strip();
            if (!text.isEmpty()) {
                words.add(new Word(text, Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4))));
            }
        }
        return words;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
