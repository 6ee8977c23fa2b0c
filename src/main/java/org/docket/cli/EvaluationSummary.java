package org.docket.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.docket.training.Evaluation;

/** The evaluation as a person at the terminal reads it: the headline, the slices, the weakest categories. */
final class EvaluationSummary {

    private static final int WEAKEST = 5;
    private static final int UNREAD_SHOWN = 5;

    private EvaluationSummary() {
    }

    static void print(PrintWriter out, Evaluation e, String modelVersion, List<String> unread, Path report) {
        out.printf("Model %s on %d documents%n", modelVersion, e.documents());
        out.printf("  accuracy %.3f, macro-F1 %.3f, ECE %.3f (15 bins)%n", e.accuracy(), e.macroF1(), e.ece());
        out.printf("  %.1f%% could be auto-routed at 99%% precision (confidence at least %.3f)%n",
                100 * e.coverageAt99Precision(), e.thresholdAt99Precision());
        slices(out, "language", e.byLanguage());
        slices(out, "scan", e.byScanQuality());
        out.println("Weakest categories (F1):");
        e.perCategory().entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(a.f1(), b.f1())))
                .limit(WEAKEST)
                .forEach(entry -> out.printf("  %-22s F1 %.3f  precision %.3f  recall %.3f  (%d documents)%n", entry.getKey(),
                        entry.getValue().f1(), entry.getValue().precision(), entry.getValue().recall(), entry.getValue().support()));
        if (!unread.isEmpty()) {
            out.println(unread.size() + " could not be read and are left out:");
            unread.stream().limit(UNREAD_SHOWN).forEach(line -> out.println("  " + line));
        }
        out.println("Report: " + report);
    }

    private static void slices(PrintWriter out, String kind, Map<String, Evaluation> slices) {
        slices.forEach((name, slice) -> out.printf("  %s %-10s %5d documents: accuracy %.3f, macro-F1 %.3f, ECE %.3f, auto-routable %.1f%%%n",
                kind, name, slice.documents(), slice.accuracy(), slice.macroF1(), slice.ece(), 100 * slice.coverageAt99Precision()));
    }
}
