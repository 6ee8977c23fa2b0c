package org.docket.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.docket.document.Document;
import org.docket.system.DocketProperties;
import org.springframework.stereotype.Component;

/**
 * The Lucene index of everything taken in or digitised: one writer for the application, near-real-time
 * searchers, upsert by document id, and searches that apply each person's access inside the query.
 */
@Component
public class ArchiveIndex implements AutoCloseable {

    private static final int FACET_VALUES = 20;

    private final FSDirectory directory;
    private final Analyzer analyzer = ArchiveAnalysis.create();
    private final FacetsConfig facets = EntryFields.facets();
    private final ArchiveQuery queries = new ArchiveQuery(analyzer);
    private final Highlights highlights = new Highlights(analyzer);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile DefaultSortedSetDocValuesReaderState facetState;

    ArchiveIndex(DocketProperties properties) throws IOException {
        directory = FSDirectory.open(properties.dataDirectory().index());
        // a larger buffer than Lucene's default 16 MB: fewer, larger segments while a whole box is indexed
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
        searchers = new SearcherManager(writer, null);
    }

    /** Adds or replaces a piece of post's entry; searchable after {@link #commit()}. */
    public void upsert(Document document) throws IOException {
        upsert(ArchiveEntry.of(document));
    }

    public void upsert(ArchiveEntry entry) throws IOException {
        writer.updateDocument(new Term(IndexFields.ID, entry.documentId()), EntryFields.of(entry, facets));
    }

    /** Takes a document out of the index (a reviewer's duplicate, a scan split into parts); gone after {@link #commit()}. */
    public void remove(String documentId) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.ID, documentId));
    }

    /** Empties the index, for a rebuild from the store; nothing changes for searchers until the commit. */
    public void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes what was added durable and searchable. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefresh();
    }

    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    public boolean contains(String documentId) {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(IndexFields.ID, documentId))) > 0);
    }

    public SearchResults search(SearchRequest request) {
        Query words = queries.words(request.query());
        return run(queries.restricted(words, request.access()), words, request);
    }

    /** Documents like this one (that the person may see), best first; the document itself is left out. */
    public SearchResults moreLikeThis(String documentId, SearchRequest request) {
        return withSearcher(searcher -> {
            TopDocs self = searcher.search(new TermQuery(new Term(IndexFields.ID, documentId)), 1);
            if (self.scoreDocs.length == 0) {
                throw new IllegalArgumentException("There is no document " + documentId + " in the index");
            }
            String text = String.join("\n", searcher.storedFields().document(self.scoreDocs[0].doc).getValues(IndexFields.PAGE_TEXT));
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(analyzer);
            like.setFieldNames(new String[]{IndexFields.TEXT_OCR});
            like.setMinTermFreq(1);
            like.setMinDocFreq(1);
            Query similar = like.like(IndexFields.TEXT_OCR, new StringReader(text));
            Query others = new BooleanQuery.Builder().add(similar, Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.ID, documentId)), Occur.MUST_NOT).build();
            return run(queries.restricted(others, request.access()), similar, request);
        });
    }

    private SearchResults run(Query query, Query words, SearchRequest request) {
        return withSearcher(searcher -> {
            int wanted = request.offset() + request.limit();
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, wanted, sort(request.order()),
                    request.order() != SearchRequest.Order.RELEVANCE, new FacetsCollectorManager());
            ScoreDoc[] all = found.topDocs().scoreDocs;
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (int i = request.offset(); i < all.length; i++) {
                hits.add(hit(searcher, all[i], words));
            }
            return new SearchResults(found.topDocs().totalHits.value(), hits, facetCounts(searcher, found));
        });
    }

    private SearchResults.Hit hit(IndexSearcher searcher, ScoreDoc scored, Query words) throws IOException {
        org.apache.lucene.document.Document stored = searcher.storedFields().document(scored.doc);
        Highlights.OnPage onPage = highlights.best(words, Arrays.asList(stored.getValues(IndexFields.PAGE_TEXT)), stored.get(IndexFields.LANGUAGE));
        var day = stored.getField(IndexFields.DATE);
        return new SearchResults.Hit(stored.get(IndexFields.ID), stored.get(IndexFields.TITLE), stored.get(IndexFields.CATEGORY),
                stored.get(IndexFields.STATUS), stored.get(IndexFields.COLLECTION), stored.get(IndexFields.LANGUAGE),
                day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()),
                Float.isNaN(scored.score) ? 0 : scored.score, onPage.page(), onPage.snippets());
    }

    private Map<String, List<SearchResults.FacetCount>> facetCounts(IndexSearcher searcher, FacetsCollectorManager.FacetsResult found)
            throws IOException {
        Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, found.facetsCollector());
        for (String dimension : IndexFields.FACETS) {
            FacetResult result = counts.getTopChildren(FACET_VALUES, dimension);
            out.put(dimension, result == null ? List.of() : Arrays.stream(result.labelValues)
                    .map(value -> new SearchResults.FacetCount(value.label, value.value.longValue())).toList());
        }
        return out;
    }

    /** Facet ordinals are worked out once per reader, not per query. */
    private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        DefaultSortedSetDocValuesReaderState state = facetState;
        if (state != null && state.getReader() == reader) {
            return state;
        }
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facets);
        } catch (IllegalArgumentException noFacetsYet) {
            return null; // an empty index has no facet field yet
        }
        facetState = state;
        return state;
    }

    private static Sort sort(SearchRequest.Order order) {
        return switch (order) {
            case RELEVANCE -> Sort.RELEVANCE;
            case NEWEST -> new Sort(new SortField(IndexFields.DATE, SortField.Type.INT, true), SortField.FIELD_SCORE);
            case OLDEST -> new Sort(new SortField(IndexFields.DATE, SortField.Type.INT, false), SortField.FIELD_SCORE);
        };
    }

    private interface Reading<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Reading<T> reading) {
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    @PreDestroy
    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
