package org.docket.digitisation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each document's archival copies into place (documents of a chunk in parallel), then records
 * them in the chunk's transaction. A document whose copies are in place but unrecorded, because a
 * run was cut off between the two, is recorded without being written again.
 */
class WriteArchivalCopies implements ItemProcessor<DocumentSeparation.Document, WriteArchivalCopies.Written> {

    private static final Logger log = LoggerFactory.getLogger(WriteArchivalCopies.class);

    record Written(DocumentSeparation.Document document, String folder, String manifestSha256) {
    }

    private final long run;
    private final String collection;
    private final Path work;
    private final Path out;
    private final ArchivePages pages;
    private final ArchivalCopies.Reading reading;

    WriteArchivalCopies(long run, String collection, Path work, Path out, ArchivePages pages, ArchivalCopies.Reading reading) {
        this.run = run;
        this.collection = collection;
        this.work = work;
        this.out = out;
        this.pages = pages;
        this.reading = reading;
    }

    @Override
    public Written process(DocumentSeparation.Document document) throws IOException {
        Set<Integer> kept = document.pages().stream().map(ListedPage::seq).collect(Collectors.toSet());
        List<ArchivePages.Stored> stored = pages.stored(run, document.firstSeq(), document.lastSeq()).stream()
                .filter(page -> kept.contains(page.page().seq())).toList();
        String manifest = ArchivalCopies.write(collection, document, stored, work, out, reading);
        String folder = out.relativize(ArchivalCopies.folderOf(out, document)).toString();
        log.info("{} written ({} pages)", folder, stored.size());
        return new Written(document, folder, manifest);
    }

    /** Records the written documents, in the chunk's transaction. */
    static class Recorder implements ItemWriter<Written> {

        private final long run;
        private final ArchiveDocuments documents;

        Recorder(long run, ArchiveDocuments documents) {
            this.run = run;
            this.documents = documents;
        }

        @Override
        public void write(Chunk<? extends Written> chunk) {
            for (Written written : chunk) {
                documents.record(run, written.document(), written.folder(), written.manifestSha256());
            }
        }
    }
}
