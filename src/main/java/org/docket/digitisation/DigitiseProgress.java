package org.docket.digitisation;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a digitisation run has got: what the progress bar and the Jobs page show.
 *
 * @param jobInstanceId the run
 * @param listed        pages listed
 * @param read          pages whose reading is committed
 * @param failed        pages that could not be read
 * @param firstReadAt   when the first page was committed, null before
 * @param lastReadAt    when the latest page was committed, null before
 */
public record DigitiseProgress(long jobInstanceId, long listed, long read, long failed, Instant firstReadAt, Instant lastReadAt) {

    /** Pages per minute since the first page was committed; 0 until two pages have been. */
    public double pagesPerMinute() {
        if (firstReadAt == null || read < 2) {
            return 0;
        }
        double minutes = Duration.between(firstReadAt, lastReadAt).toMillis() / 60_000.0;
        return minutes <= 0 ? 0 : (read - 1) / minutes;
    }

    /** The time left at the present rate, null while there is no rate yet. */
    public Duration timeLeft() {
        double rate = pagesPerMinute();
        return rate <= 0 ? null : Duration.ofSeconds(Math.round((listed - read) / rate * 60));
    }

    public int percent() {
        return listed == 0 ? 0 : (int) (read * 100 / listed);
    }
}
