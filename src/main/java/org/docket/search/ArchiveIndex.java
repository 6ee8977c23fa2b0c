package org.docket.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.docket.document.Document;
import org.docket.system.DocketProperties;
import org.springframework.stereotype.Component;

/**
 * The Lucene index of everything taken in: one writer for the whole application, near-real-time
 * searchers, and upsert by document id so indexing the same document twice leaves one entry.
 */
@Component
public class ArchiveIndex {

    public record Hit(String documentId, String title, String category, float score) {
    }

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    ArchiveIndex(DocketProperties properties) throws IOException {
        directory = FSDirectory.open(properties.dataDirectory().index());
        writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
        searchers = new SearcherManager(writer, null);
    }

    /** Adds or replaces the document's entry; visible to searches after {@link #commit()}. */
    public void upsert(Document document) throws IOException {
        org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
        entry.add(new StringField(IndexFields.ID, document.id(), Field.Store.YES));
        entry.add(new StoredField(IndexFields.TITLE, document.fileName()));
        entry.add(new TextField(IndexFields.TEXT, document.fileName() + "\n" + document.text(), Field.Store.NO));
        if (document.classification() != null) {
            entry.add(new StringField(IndexFields.CATEGORY, document.classification().category(), Field.Store.YES));
        }
        if (document.routing() != null) {
            entry.add(new StringField(IndexFields.ROUTE, document.routing().route().name(), Field.Store.YES));
            entry.add(new StringField(IndexFields.TARGET, document.routing().target(), Field.Store.YES));
        }
        if (document.language() != null) {
            entry.add(new StringField(IndexFields.LANGUAGE, document.language(), Field.Store.YES));
        }
        for (org.docket.document.Entity entity : document.entities()) {
            entry.add(new StringField(IndexFields.ENTITY, IndexFields.entityTerm(entity.value()), Field.Store.NO));
        }
        entry.add(new StoredField(IndexFields.PAGES, document.pages().size()));
        long received = document.receivedAt().toEpochMilli();
        entry.add(new LongPoint(IndexFields.RECEIVED, received));
        entry.add(new NumericDocValuesField(IndexFields.RECEIVED, received));
        writer.updateDocument(new Term(IndexFields.ID, document.id()), entry);
    }

    /** Makes what was added durable and searchable. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefresh();
    }

    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The documents that mention this reference (a postcode, a PCN, a planning reference), however it is spaced. */
    public List<String> mentioning(String reference) {
        return withSearcher(searcher -> {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc scored : searcher.search(new TermQuery(new Term(IndexFields.ENTITY, IndexFields.entityTerm(reference))), 1000).scoreDocs) {
                ids.add(searcher.storedFields().document(scored.doc).get(IndexFields.ID));
            }
            return ids;
        });
    }

    public boolean contains(String documentId) {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(IndexFields.ID, documentId))) > 0);
    }

    /** Words and phrases in Lucene's query syntax over the text; best first. */
    public List<Hit> search(String words, int limit) {
        Query query;
        try {
            query = new QueryParser(IndexFields.TEXT, new StandardAnalyzer()).parse(words);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Cannot understand the search \"" + words + "\": " + e.getMessage(), e);
        }
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc scored : top.scoreDocs) {
                org.apache.lucene.document.Document stored = searcher.storedFields().document(scored.doc);
                hits.add(new Hit(stored.get(IndexFields.ID), stored.get(IndexFields.TITLE), stored.get(IndexFields.CATEGORY), scored.score));
            }
            return hits;
        });
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
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
