package org.docket.search;

import java.io.IOException;
import org.docket.document.DocumentStore;
import org.springframework.stereotype.Service;

/** Rebuilds the archive index from what the database records, for a lost or damaged index or a new field. */
@Service
public class Reindexing {

    private final DocumentStore store;
    private final ArchiveIndex index;

    Reindexing(DocumentStore store, ArchiveIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Clears the index and indexes every searchable document again; searchers see the old index until the end. */
    public int rebuild() throws IOException {
        index.clear();
        int indexed = 0;
        for (String id : store.searchableIds()) {
            var document = store.load(id);
            if (document.isPresent()) {
                index.upsert(document.get());
                indexed++;
            }
        }
        index.commit();
        return indexed;
    }
}
