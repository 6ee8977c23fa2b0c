package org.docket.digitisation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a run's pages into ranges of consecutive pages, several per thread, so that the threads,
 * taking the next range as each finishes one, all stay busy until the last pages.
 */
class PageRanges implements Partitioner {

    static final String FROM = "fromPage";
    static final String TO = "toPage";
    /**
     * Many short ranges: the last range in hand is read by one thread while the others have nothing
     * left, so a range is kept to a few pages (a few seconds of reading).
     */
    private static final int RANGES_PER_THREAD = 32;
    private static final int LARGEST_RANGE = 8;

    private final long run;
    private final ArchivePages pages;
    private final int threads;

    PageRanges(long run, ArchivePages pages, int threads) {
        this.run = run;
        this.pages = pages;
        this.threads = threads;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int[] range = pages.range(run);
        int total = range[1] - range[0] + 1;
        int size = Math.max(1, Math.min(LARGEST_RANGE, (int) Math.ceil(total / (double) (threads * RANGES_PER_THREAD))));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int from = range[0]; from <= range[1]; from += size) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(FROM, from);
            context.putInt(TO, Math.min(range[1], from + size - 1));
            partitions.put("pages%06d".formatted(from), context);
        }
        return partitions;
    }
}
