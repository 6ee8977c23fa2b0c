package org.docket.search;

import java.util.List;
import java.util.Locale;

/**
 * Every field of the archive index in one place, with why it has the type it has, so the indexer and
 * the searcher cannot disagree.
 */
public final class IndexFields {

    /** Exact, stored: the term that makes re-indexing an upsert, and what a hit points back to. */
    public static final String ID = "id";
    /** Analysed (English) and stored: people search file names and titles, and see them in results. */
    public static final String TITLE = "title";
    /** Analysed with English stemming and stop words, positions kept for phrases; pages of English documents. */
    public static final String TEXT = "text";
    /** Analysed for Welsh (folded accents, Welsh stop words); pages of Welsh documents. */
    public static final String TEXT_CY = "text_cy";
    /** Every page again with OCR look-alikes folded together (1/l/i, 0/o, rn/m), so "Counci1" finds "Council". */
    public static final String TEXT_OCR = "text_ocr";
    /** Stored only, one value per page in order: the highlighter picks the page a snippet comes from. */
    public static final String PAGE_TEXT = "page_text";
    /** Exact, lower-cased, stored; a facet too. The access filter works on it. */
    public static final String CATEGORY = "category";
    /** Where it stands: routed, review (exact, stored, faceted). */
    public static final String STATUS = "status";
    /** The line-of-business system, exact and stored. */
    public static final String TARGET = "target";
    /** eng or cym, exact, stored, faceted. */
    public static final String LANGUAGE = "language";
    /** "post" for intake, the archive collection's name for digitised pages: exact (lower-cased), stored, faceted. */
    public static final String COLLECTION = "collection";
    /** Box and folder of an archive item, exact (lower-cased) and stored. */
    public static final String BOX = "box";
    public static final String FOLDER = "folder";
    /** The item within a folder (deeper folders of a digitised collection), exact (lower-cased) and stored. */
    public static final String ITEM = "item";
    /** A digitised page's number in its scan file: a point so "page:3" finds it, stored for display. */
    public static final String PAGE_NUMBER = "page";
    /** Places named in register pages, analysed so "Llanbedr" finds "of Llanbedr", and stored. */
    public static final String PLACE = "place";
    /** Each reference found, upper-cased without spaces, exact: a postcode or PCN finds its letters however typed. */
    public static final String ENTITY = "entity";
    /** Names of people found in register pages, analysed so a surname alone finds them. */
    public static final String NAME = "name";
    /** The document's date as an epoch day: a point for ranges, doc values for sorting, stored for display. */
    public static final String DATE = "date";
    /** The date's year, and every year a register page names: a point for ranges and exact matches, and a facet. */
    public static final String YEAR = "year";
    /** Number of pages, stored for display. */
    public static final String PAGES = "pages";

    /** Fields searched when a query names none, with their weights. */
    static final List<String> SEARCHED = List.of(TEXT, TEXT_CY, TEXT_OCR, TITLE, NAME, PLACE);
    /** Exact fields a query may filter on by name ("category:planning"); they are matched lower-cased. */
    static final List<String> KEYWORDS = List.of(ID, CATEGORY, STATUS, TARGET, LANGUAGE, COLLECTION, BOX, FOLDER, ITEM);
    /** Facet dimensions, in the order results show them. */
    public static final List<String> FACETS = List.of(CATEGORY, COLLECTION, YEAR, LANGUAGE, STATUS);

    private IndexFields() {
    }

    /** How a reference is indexed and looked up: "ev4 7qs" and "EV47QS" are the same postcode. */
    public static String entityTerm(String value) {
        return value.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** How an exact field's value is indexed and looked up. */
    static String keyword(String value) {
        return value.toLowerCase(Locale.ROOT).strip();
    }
}
