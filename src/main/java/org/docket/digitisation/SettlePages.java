package org.docket.digitisation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.docket.search.ArchiveEntry;
import org.docket.search.ArchiveIndex;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Settles a chunk of read pages inside its transaction: keeps each page's image for its document's
 * PDF, records its reading, and indexes it with its collection, box, folder, page number and the
 * names, years and places it holds, searchable as soon as the chunk commits. Every part replaces
 * what a run cut off before its commit left behind, so nothing is kept twice.
 */
class SettlePages implements ItemWriter<PageReading> {

    private final long run;
    private final String collection;
    private final Path work;
    private final ArchivePages pages;
    private final ArchiveIndex index;

    SettlePages(long run, String collection, Path work, ArchivePages pages, ArchiveIndex index) {
        this.run = run;
        this.collection = collection;
        this.work = work;
        this.pages = pages;
        this.index = index;
    }

    @Override
    public void write(Chunk<? extends PageReading> chunk) throws IOException {
        boolean indexed = false;
        for (PageReading reading : chunk) {
            if (reading.image() != null) {
                PageImageFiles.keep(work, reading.page().seq(), reading.image());
            }
            pages.record(run, reading);
            if (reading.kind() == PageReading.Kind.PAGE) {
                index.upsert(entry(reading));
                indexed = true;
            }
        }
        if (indexed) {
            index.commit();
        }
    }

    private ArchiveEntry entry(PageReading reading) {
        ListedPage page = reading.page();
        String title = String.join(", ", java.util.stream.Stream.of(collection, page.box(), page.folder(), page.item(),
                page.sourceFile().substring(page.sourceFile().lastIndexOf('/') + 1)).filter(part -> part != null).toList())
                + ", page " + page.pageInFile();
        return new ArchiveEntry(page.indexId(collection), title, null, "digitised", null, "eng", collection, page.box(),
                page.folder(), null, List.of(reading.text()), List.of(), reading.records().names(), page.item(), page.pageInFile(),
                reading.records().years(), reading.records().places());
    }
}
