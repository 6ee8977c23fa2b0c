package org.docket.search;

/**
 * One search: the words as typed, who is asking, the order, and which page of results.
 *
 * @param query  Lucene query syntax: words, "phrases", AND/OR/NOT, field filters (category:planning,
 *               collection:"parish records", date:[2026-01-01 TO 2026-03-31], year:1890); empty for everything
 * @param access what the person asking may see
 * @param order  relevance or date
 * @param offset results to skip
 * @param limit  results to return
 */
public record SearchRequest(String query, Access access, Order order, int offset, int limit) {

    /** At most this many results can be paged through; a narrower search is the better answer. */
    public static final int DEEPEST = 10_000;

    public enum Order {
        RELEVANCE, NEWEST, OLDEST;

        /** From the words people use: relevance, newest, oldest. */
        public static Order parse(String text) {
            for (Order order : values()) {
                if (order.name().equalsIgnoreCase(text)) {
                    return order;
                }
            }
            throw new IllegalArgumentException("Sort by relevance, newest or oldest, not " + text);
        }
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (access == null) {
            throw new IllegalArgumentException("A search must say who is asking");
        }
        order = order == null ? Order.RELEVANCE : order;
        if (offset < 0 || limit < 1 || offset + limit > DEEPEST) {
            throw new IllegalArgumentException("Results can be paged through up to the " + DEEPEST
                    + "th; narrow the search to see further");
        }
    }

    public static SearchRequest of(String query, Access access) {
        return new SearchRequest(query, access, Order.RELEVANCE, 0, 10);
    }
}
