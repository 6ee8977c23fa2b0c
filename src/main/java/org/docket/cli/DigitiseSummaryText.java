package org.docket.cli;

import java.io.PrintWriter;
import org.docket.digitisation.DigitiseSummary;

/** The human form of a digitisation summary. */
final class DigitiseSummaryText {

    private DigitiseSummaryText() {
    }

    /** The summary as one JSON object, or as text for a person; answers the command's exit code. */
    static int report(DigitiseSummary summary, boolean json, PrintWriter out) {
        if (json) {
            out.println(Json.of(summary));
        } else {
            out.printf("Digitisation of %s, run %d (job execution %d): %s%n", summary.collection(), summary.jobInstanceId(),
                    summary.jobExecutionId(), summary.status());
            if (summary.status().equals("STOPPED")) {
                out.printf("  stopped on request after its last committed pages; continue it with ./docket restart %d%n",
                        summary.jobExecutionId());
            } else if (summary.exitMessage() != null && !summary.completed()) {
                out.printf("  stopped because: %s%n", summary.exitMessage());
            }
            out.printf("  pages read     %5d of %d  (%d blank, %d separator sheets)%n", summary.pagesRead(), summary.pages(),
                    summary.blankPages(), summary.separatorSheets());
            out.printf("  failed         %5d%n", summary.failedPages());
            out.printf("  documents      %5d  written to %s%n", summary.documents(), summary.out());
            out.printf("  to re-scan     %5d  listed in %s%n", summary.rescan(), summary.rescanList());
            out.printf("  mean word confidence %.1f%%%n", summary.meanConfidence());
            out.printf("  %.1f pages per minute (%.1f s)%n", summary.pagesPerMinute(), summary.seconds());
            if (!summary.completed()) {
                out.printf("  Continue it with: ./docket restart %d%n", summary.jobExecutionId());
            }
        }
        out.flush();
        return summary.completed() ? 0 : 1;
    }
}
