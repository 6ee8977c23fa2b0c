package org.docket.intake;

import java.util.List;
import java.util.Map;

/**
 * What an intake run did, as printed by {@code ./docket intake} and {@code ./docket demo}.
 * autoRouted + review + duplicates + quarantined = documents.
 */
public record IntakeSummary(
        long jobExecutionId,
        long jobInstanceId,
        String status,
        String exitMessage,
        long documents,
        long pages,
        long autoRouted,
        Map<String, Long> autoRoutedByTarget,
        long review,
        long safeguardingFlagged,
        long duplicates,
        long quarantined,
        List<QuarantinedFile> quarantinedFiles,
        long alreadyTakenIn,
        double seconds,
        double pagesPerMinute) {

    public record QuarantinedFile(String file, String reason) {
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
