package org.docket.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a search found: how many in all, this page of hits, and the facet counts over all of them.
 *
 * @param total  documents found (that the person may see)
 * @param hits   this page of results
 * @param facets per facet dimension, its values with counts, commonest first
 */
public record SearchResults(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /**
     * One document found.
     *
     * @param page       the page the best snippets come from (1-based)
     * @param highlights snippets with the matched words in {@code <mark>}, HTML-escaped
     */
    public record Hit(String documentId, String title, String category, String status, String collection,
                      String language, LocalDate date, float score, int page, List<String> highlights) {
    }

    public record FacetCount(String value, long count) {
    }
}
