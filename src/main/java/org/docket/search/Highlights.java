package org.docket.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * Finds the page of a document that matches a query best and the snippets that show why, with the
 * matched words marked. It reads each page as the document's own language's field, the OCR-folded field
 * and the names would, and keeps the reading that marks most, so a misread word is marked where it stands.
 */
final class Highlights {

    /** The page the snippets come from, and the snippets (HTML-escaped, matches in {@code <mark>}). */
    record OnPage(int page, List<String> snippets) {
    }

    private static final int SNIPPETS = 3;
    private static final int SNIPPET_CHARACTERS = 160;

    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    OnPage best(Query words, List<String> pages, String language) throws IOException {
        String languageField = "cym".equals(language) ? IndexFields.TEXT_CY : IndexFields.TEXT;
        OnPage best = null;
        float bestScore = 0;
        for (String field : List.of(languageField, IndexFields.TEXT_OCR, IndexFields.NAME)) {
            QueryScorer scorer = new QueryScorer(words, field);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET_CHARACTERS));
            for (int i = 0; i < pages.size(); i++) {
                float score = 0;
                List<String> snippets = new ArrayList<>();
                try {
                    for (TextFragment fragment : highlighter.getBestTextFragments(
                            analyzer.tokenStream(field, pages.get(i)), pages.get(i), false, SNIPPETS)) {
                        if (fragment != null && fragment.getScore() > 0) {
                            score += fragment.getScore();
                            snippets.add(fragment.toString().strip().replaceAll("\\s+", " "));
                        }
                    }
                } catch (InvalidTokenOffsetsException e) {
                    continue; // a page whose analysis cannot be mapped back to its text gets no snippet
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = new OnPage(i + 1, snippets);
                }
            }
        }
        if (best != null) {
            return best;
        }
        return new OnPage(1, pages.isEmpty() ? List.of() : List.of(opening(pages.get(0))));
    }

    /** The start of the first page, for a document found by a filter or a reference rather than its words. */
    private static String opening(String page) {
        String flat = page.strip().replaceAll("\\s+", " ");
        String cut = flat.length() <= SNIPPET_CHARACTERS ? flat : flat.substring(0, SNIPPET_CHARACTERS) + "…";
        return new SimpleHTMLEncoder().encodeText(cut);
    }
}
