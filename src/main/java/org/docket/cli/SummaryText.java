package org.docket.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.docket.intake.IntakeSummary;

/** The human form of an intake summary. */
final class SummaryText {

    private SummaryText() {
    }

    /** The summary as one JSON object, or as text for a person; answers the command's exit code. */
    static int report(IntakeSummary summary, boolean json, PrintWriter out) {
        if (json) {
            out.println(Json.of(summary));
            out.flush();
        } else {
            print(summary, out);
        }
        return summary.completed() ? 0 : 1;
    }

    static void print(IntakeSummary summary, PrintWriter out) {
        out.printf("Intake run %d (job execution %d): %s%n", summary.jobInstanceId(), summary.jobExecutionId(), summary.status());
        if (summary.status().equals("STOPPED")) {
            out.printf("  stopped on request after its last committed chunk; continue it with ./docket restart %d%n", summary.jobExecutionId());
        } else if (summary.exitMessage() != null && !summary.completed()) {
            out.printf("  stopped because: %s%n", summary.exitMessage());
        }
        out.printf("  documents      %5d  (%d pages)%n", summary.documents(), summary.pages());
        out.printf("  auto-routed    %5d%n", summary.autoRouted());
        for (Map.Entry<String, Long> target : summary.autoRoutedByTarget().entrySet()) {
            out.printf("      %-30s %4d%n", target.getKey(), target.getValue());
        }
        out.printf("  in review      %5d  (%d with a safeguarding concern, shown first)%n", summary.review(), summary.safeguardingFlagged());
        out.printf("  duplicates     %5d%n", summary.duplicates());
        out.printf("  quarantined    %5d%n", summary.quarantined());
        for (IntakeSummary.QuarantinedFile file : summary.quarantinedFiles()) {
            out.printf("      %s: %s%n", file.file(), file.reason());
        }
        if (summary.alreadyTakenIn() > 0) {
            out.printf("  already taken in before, skipped: %d%n", summary.alreadyTakenIn());
        }
        out.printf("  %.1f pages per minute (%.1f s)%n", summary.pagesPerMinute(), summary.seconds());
        if (!summary.completed()) {
            out.printf("  Continue it with: ./docket restart %d%n", summary.jobExecutionId());
        }
        out.flush();
    }
}
