package org.docket.digitisation;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Lists every page of the collection before any is read, in one transaction, so the run knows its
 * total and a restart reads the same pages in the same order. A file that cannot be opened is listed
 * as a failed page, so it reaches the re-scan list rather than being silently missed.
 */
class ListThePages implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ListThePages.class);

    private final long run;
    private final Path collectionFolder;
    private final String collection;
    private final ArchivePages pages;

    ListThePages(long run, Path collectionFolder, String collection, ArchivePages pages) {
        this.run = run;
        this.collectionFolder = collectionFolder;
        this.collection = collection;
        this.pages = pages;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (pages.listed(run)) {
            return RepeatStatus.FINISHED;
        }
        CollectionTree.Listing listing = CollectionTree.list(collectionFolder);
        pages.list(run, collection, listing.pages());
        int seq = listing.pages().size();
        for (CollectionTree.Unlisted file : listing.unlisted()) {
            ListedPage page = new ListedPage(++seq, null, null, null, file.file(), 1);
            pages.list(run, collection, java.util.List.of(page));
            pages.record(run, PageReading.failed(page, file.reason() + "; scan it again or replace the file"));
        }
        log.info("{} pages to read in {} ({} files could not be opened)", listing.pages().size(), collectionFolder, listing.unlisted().size());
        contribution.incrementWriteCount(seq);
        return RepeatStatus.FINISHED;
    }
}
