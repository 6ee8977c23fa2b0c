package org.docket.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analysis of each field: English, Welsh, OCR-folded, or exact. Index and queries use the same one. */
final class ArchiveAnalysis {

    /** The commonest Welsh function words; they carry no meaning for search. */
    private static final CharArraySet WELSH_STOP_WORDS = new CharArraySet(java.util.List.of(
            "a", "ac", "am", "ar", "at", "bod", "ei", "eu", "fy", "gan", "i", "mae", "o", "oedd", "os", "sydd",
            "y", "yn", "yr", "'r", "wedi", "ond", "neu", "hefyd", "hyn", "hynny", "dros", "gyda", "heb", "ein", "eich"), true);

    private ArchiveAnalysis() {
    }

    static Analyzer create() {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(IndexFields.TEXT_CY, welsh());
        perField.put(IndexFields.TEXT_OCR, ocrFolded());
        perField.put(IndexFields.NAME, ocrFolded());
        perField.put(IndexFields.PLACE, ocrFolded());
        Analyzer exact = exact();
        IndexFields.KEYWORDS.forEach(field -> perField.put(field, exact));
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    private static Analyzer welsh() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer words = new StandardTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(words), WELSH_STOP_WORDS);
                return new TokenStreamComponents(words, new ASCIIFoldingFilter(stream));
            }
        };
    }

    private static Analyzer ocrFolded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, new OcrFolding(new ASCIIFoldingFilter(new LowerCaseFilter(words))));
            }
        };
    }

    private static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                KeywordTokenizer whole = new KeywordTokenizer();
                return new TokenStreamComponents(whole, new LowerCaseFilter(whole));
            }
        };
    }
}
