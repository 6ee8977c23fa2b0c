package org.docket.digitisation;

import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The pages of one range whose reading has not been committed. The database, not a position saved
 * by the reader, says what is left, so a restart after a kill -9 reads exactly the pages that never
 * committed.
 */
class UnreadPages implements ItemStreamReader<ListedPage> {

    private final long run;
    private final int from;
    private final int to;
    private final ArchivePages pages;
    private final Deque<ListedPage> left = new ArrayDeque<>();

    UnreadPages(long run, int from, int to, ArchivePages pages) {
        this.run = run;
        this.from = from;
        this.to = to;
        this.pages = pages;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        left.clear();
        left.addAll(pages.unread(run, from, to));
    }

    @Override
    public ListedPage read() {
        return left.poll();
    }
}
