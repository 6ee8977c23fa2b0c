package org.docket.digitisation;

import java.util.List;

/**
 * What a digitisation run did, for the command line (--json) and the Jobs page.
 *
 * @param jobExecutionId  the execution that was started or continued
 * @param jobInstanceId   the run, the same across restarts
 * @param status          Spring Batch's status: COMPLETED, STOPPED, FAILED
 * @param exitMessage     why it stopped, when it did not complete
 * @param collection      the collection's name
 * @param out             where the archival copies are
 * @param pages           pages listed
 * @param pagesRead       pages whose reading is committed
 * @param blankPages      of those, blank
 * @param separatorSheets of those, separator sheets
 * @param failedPages     pages that could not be read
 * @param documents       documents written
 * @param rescan          pages on the re-scan list
 * @param rescanList      the CSV of them
 * @param meanConfidence  mean word confidence of the pages read, 0..100
 * @param seconds         time spent, over every execution of the run
 * @param pagesPerMinute  pages read per minute of that time
 */
public record DigitiseSummary(long jobExecutionId, long jobInstanceId, String status, String exitMessage, String collection,
                              String out, long pages, long pagesRead, long blankPages, long separatorSheets, long failedPages,
                              long documents, long rescan, String rescanList, double meanConfidence, double seconds,
                              double pagesPerMinute, List<RescanList.Entry> rescanPages) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
