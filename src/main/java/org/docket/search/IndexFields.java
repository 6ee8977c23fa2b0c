package org.docket.search;

/** Every field of the archive index, in one place, so the indexer and the searcher cannot disagree. */
public final class IndexFields {

    /** Exact id; the term that makes re-indexing an upsert. */
    public static final String ID = "id";
    /** The whole text, analysed for word search. */
    public static final String TEXT = "text";
    /** The original file name, stored for display. */
    public static final String TITLE = "title";
    /** Category id, exact, for filters. */
    public static final String CATEGORY = "category";
    /** AUTO or REVIEW, exact. */
    public static final String ROUTE = "route";
    /** The line-of-business system, exact. */
    public static final String TARGET = "target";
    /** eng or cym, exact. */
    public static final String LANGUAGE = "language";
    /** Number of pages, stored for display. */
    public static final String PAGES = "pages";
    /** Each reference found, upper-cased without spaces, exact: a postcode or PCN finds its letters however typed. */
    public static final String ENTITY = "entity";
    /** Epoch milliseconds when received, for range queries and sorting. */
    public static final String RECEIVED = "received";

    private IndexFields() {
    }

    /** How a reference is indexed and looked up: "ev4 7qs" and "EV47QS" are the same postcode. */
    public static String entityTerm(String value) {
        return value.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    }
}
