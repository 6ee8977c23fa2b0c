package org.docket.search;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.docket.document.Entity;

/** Writes an {@link ArchiveEntry} as the Lucene document of {@link IndexFields}. */
final class EntryFields {

    private EntryFields() {
    }

    static FacetsConfig facets() {
        FacetsConfig facets = new FacetsConfig();
        // a register page names many years
        facets.setMultiValued(IndexFields.YEAR, true);
        return facets;
    }

    static Document of(ArchiveEntry entry, FacetsConfig facets) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, entry.documentId(), Field.Store.YES));
        doc.add(new TextField(IndexFields.TITLE, entry.title(), Field.Store.YES));
        String textField = "cym".equals(entry.language()) ? IndexFields.TEXT_CY : IndexFields.TEXT;
        for (String page : entry.pages()) {
            doc.add(new TextField(textField, page, Field.Store.NO));
            doc.add(new TextField(IndexFields.TEXT_OCR, page, Field.Store.NO));
            doc.add(new StoredField(IndexFields.PAGE_TEXT, page));
        }
        doc.add(new StoredField(IndexFields.PAGES, entry.pages().size()));
        exact(doc, IndexFields.CATEGORY, entry.category(), true);
        exact(doc, IndexFields.STATUS, entry.status(), true);
        exact(doc, IndexFields.TARGET, entry.target(), false);
        exact(doc, IndexFields.LANGUAGE, entry.language(), true);
        exact(doc, IndexFields.COLLECTION, entry.collection(), true);
        exact(doc, IndexFields.BOX, entry.box(), false);
        exact(doc, IndexFields.FOLDER, entry.folder(), false);
        exact(doc, IndexFields.ITEM, entry.item(), false);
        if (entry.pageNumber() != null) {
            doc.add(new IntPoint(IndexFields.PAGE_NUMBER, entry.pageNumber()));
            doc.add(new StoredField(IndexFields.PAGE_NUMBER, entry.pageNumber()));
        }
        for (String place : entry.places()) {
            doc.add(new TextField(IndexFields.PLACE, place, Field.Store.YES));
        }
        for (Entity entity : entry.entities()) {
            doc.add(new StringField(IndexFields.ENTITY, IndexFields.entityTerm(entity.value()), Field.Store.NO));
        }
        for (String name : entry.names()) {
            doc.add(new TextField(IndexFields.NAME, name, Field.Store.YES));
        }
        if (entry.date() != null) {
            int day = Math.toIntExact(entry.date().toEpochDay());
            doc.add(new IntPoint(IndexFields.DATE, day));
            doc.add(new NumericDocValuesField(IndexFields.DATE, day));
            doc.add(new StoredField(IndexFields.DATE, day));
            doc.add(new IntPoint(IndexFields.YEAR, entry.date().getYear()));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.YEAR, Integer.toString(entry.date().getYear())));
        }
        for (int year : entry.years()) {
            if (entry.date() == null || entry.date().getYear() != year) {
                doc.add(new IntPoint(IndexFields.YEAR, year));
                doc.add(new SortedSetDocValuesFacetField(IndexFields.YEAR, Integer.toString(year)));
            }
        }
        return facets.build(doc);
    }

    /** Filtered on lower-cased, shown and faceted as written. */
    private static void exact(Document doc, String field, String value, boolean faceted) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, IndexFields.keyword(value), Field.Store.NO));
        doc.add(new StoredField(field, value));
        if (faceted) {
            doc.add(new SortedSetDocValuesFacetField(field, value));
        }
    }
}
