package org.docket.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query: every word must appear (in English, Welsh or
 * OCR-folded form, or in the title or a name), phrases, AND/OR/NOT, field filters, date and year
 * ranges; and a reference typed whole (a postcode, a PCN) also finds the letters it was found in.
 */
final class ArchiveQuery {

    private static final Map<String, Float> WEIGHTS = Map.of(
            IndexFields.TEXT, 1.0f, IndexFields.TEXT_CY, 1.0f, IndexFields.TEXT_OCR, 0.6f,
            IndexFields.TITLE, 0.5f, IndexFields.NAME, 1.0f, IndexFields.PLACE, 1.0f);
    private static final float REFERENCE_WEIGHT = 3.0f;

    private final Analyzer analyzer;

    ArchiveQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query for the words alone, without the access filter; the highlighter works from it. */
    Query words(String typed) {
        if (typed.isEmpty() || typed.equals("*")) {
            return new MatchAllDocsQuery();
        }
        Query parsed;
        try {
            parsed = parser().parse(typed);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Docket cannot read the search \"" + typed + "\": check its quotes, brackets and"
                    + " field names (for example category:planning, date:[2026-01-01 TO 2026-03-31])", e);
        }
        if (!looksLikeReference(typed)) {
            return parsed;
        }
        Query reference = new BoostQuery(new TermQuery(new Term(IndexFields.ENTITY, IndexFields.entityTerm(typed))), REFERENCE_WEIGHT);
        return new BooleanQuery.Builder().add(parsed, Occur.SHOULD).add(reference, Occur.SHOULD).build();
    }

    /** The words, restricted to what the person may see. */
    Query restricted(Query words, Access access) {
        return new BooleanQuery.Builder().add(words, Occur.MUST).add(access.filter(), Occur.FILTER).build();
    }

    /** Words with a digit and no query syntax: "EV4 7QS", "PCN EV12345678", "25/01234/FUL". */
    private static boolean looksLikeReference(String typed) {
        return typed.length() <= 40 && typed.chars().anyMatch(Character::isDigit) && typed.matches("[\\p{L}\\p{N} /-]+");
    }

    private QueryParser parser() {
        Map<String, Float> boosts = new HashMap<>(WEIGHTS);
        QueryParser parser = new MultiFieldQueryParser(IndexFields.SEARCHED.toArray(String[]::new), analyzer, boosts) {
            @Override
            protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
                return switch (field == null ? "" : field) {
                    case IndexFields.DATE -> IntPoint.newExactQuery(IndexFields.DATE, epochDay(text));
                    case IndexFields.YEAR -> IntPoint.newExactQuery(IndexFields.YEAR, year(text));
                    case IndexFields.PAGE_NUMBER -> IntPoint.newExactQuery(IndexFields.PAGE_NUMBER, pageNumber(text));
                    default -> super.getFieldQuery(field, text, quoted);
                };
            }

            @Override
            protected Query getRangeQuery(String field, String low, String high, boolean startInclusive, boolean endInclusive)
                    throws ParseException {
                low = "*".equals(low) ? null : low;
                high = "*".equals(high) ? null : high;
                return switch (field == null ? "" : field) {
                    case IndexFields.DATE -> range(IndexFields.DATE, low == null ? Integer.MIN_VALUE : epochDay(low),
                            high == null ? Integer.MAX_VALUE : epochDay(high), startInclusive, endInclusive);
                    case IndexFields.YEAR -> range(IndexFields.YEAR, low == null ? Integer.MIN_VALUE : year(low),
                            high == null ? Integer.MAX_VALUE : year(high), startInclusive, endInclusive);
                    default -> super.getRangeQuery(field, low, high, startInclusive, endInclusive);
                };
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        return parser;
    }

    private static Query range(String field, int low, int high, boolean startInclusive, boolean endInclusive) {
        int from = startInclusive || low == Integer.MIN_VALUE ? low : low + 1;
        int to = endInclusive || high == Integer.MAX_VALUE ? high : high - 1;
        return IntPoint.newRangeQuery(field, from, to);
    }

    private static int epochDay(String text) throws ParseException {
        try {
            return Math.toIntExact(LocalDate.parse(text).toEpochDay());
        } catch (DateTimeParseException e) {
            throw new ParseException("a date is written 2026-01-31, not " + text);
        }
    }

    private static int pageNumber(String text) throws ParseException {
        if (!text.matches("\\d{1,6}")) {
            throw new ParseException("a page is written as its number, 3, not " + text);
        }
        return Integer.parseInt(text);
    }

    private static int year(String text) throws ParseException {
        if (!text.matches("\\d{3,4}")) {
            throw new ParseException("a year is written 1890, not " + text);
        }
        return Integer.parseInt(text);
    }
}
