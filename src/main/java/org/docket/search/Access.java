package org.docket.search;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What one person may see in the archive: everything, or only documents of some categories. It is
 * applied inside the Lucene query, so what a person may not see is never found, counted or faceted.
 *
 * @param user       who is searching, for the record
 * @param categories the category ids they may see; null for everything
 */
public record Access(String user, Set<String> categories) {

    public Access {
        categories = categories == null ? null : Set.copyOf(new TreeSet<>(categories));
    }

    public static Access everything(String user) {
        return new Access(user, null);
    }

    public static Access only(String user, Set<String> categories) {
        return new Access(user, categories);
    }

    public boolean allows(String category) {
        return categories == null || (category != null && categories.contains(category));
    }

    Query filter() {
        if (categories == null) {
            return new MatchAllDocsQuery();
        }
        if (categories.isEmpty()) {
            return new MatchNoDocsQuery("no categories are open to " + user);
        }
        return new TermInSetQuery(IndexFields.CATEGORY, categories.stream().map(IndexFields::keyword).map(BytesRef::new).toList());
    }
}
