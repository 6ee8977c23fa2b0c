package org.docket.training.registry;

import java.util.Locale;
import java.util.Map;
import org.docket.training.Evaluation.CategoryFigures;
import org.docket.training.registry.VersionCard.Figures;
import org.docket.training.registry.VersionCard.Headline;

/** A version's model card as people read it: {@code models/<version>.md}, written from its JSON twin. */
final class CardPage {

    private CardPage() {
    }

    static String of(VersionCard card) {
        StringBuilder page = new StringBuilder();
        page.append("# Model card: categoriser `").append(card.version()).append("`\n\n");
        page.append("**Date.** ").append(card.date()).append(". Made by `").append(card.madeBy()).append("`.\n\n");
        page.append("**Intended use.** ").append(card.intendedUse()).append("\n\n");
        page.append("**Data.** ").append(card.data().summary()).append("\n\n");
        if (!card.data().perLanguage().isEmpty()) {
            page.append("By language: ").append(counts(card.data().perLanguage())).append(". By category: ")
                    .append(counts(card.data().perCategory())).append(".\n\n");
        }
        Figures figures = card.heldOut();
        page.append("**Figures** on ").append(figures.set()).append(":\n\n");
        page.append("| documents | accuracy | macro-F1 | ECE (15 bins) | coverage at 99% precision |\n|---|---|---|---|---|\n");
        page.append(row(figures.documents(), figures.accuracy(), figures.macroF1(), figures.ece(), figures.coverageAt99Precision()));
        page.append("\nBy language and by scan quality:\n\n| slice | documents | accuracy | macro-F1 | ECE | coverage at 99% |\n|---|---|---|---|---|---|\n");
        slices(page, figures.byLanguage());
        slices(page, figures.byScanQuality());
        page.append("\nPer category:\n\n| category | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, CategoryFigures> category : figures.perCategory().entrySet()) {
            CategoryFigures f = category.getValue();
            page.append("| ").append(category.getKey()).append(" | ").append(number(f.precision())).append(" | ").append(number(f.recall()))
                    .append(" | ").append(number(f.f1())).append(" | ").append(f.support()).append(" |\n");
        }
        page.append("\n**Calibration.** Temperature ").append(number(card.calibration().temperature()));
        card.calibration().trainerNotes().forEach((key, value) -> page.append("; ").append(key).append(" ").append(value));
        page.append(".\n\n");
        if (card.decision() != null) {
            page.append("**Promotion.** ").append(card.decision().promoted() ? "Promoted: " : "Not promoted: ")
                    .append(card.decision().reason()).append("\n\n");
        }
        page.append("**Known limits.**\n\n");
        card.knownLimits().forEach(limit -> page.append("- ").append(limit).append("\n"));
        return page.toString();
    }

    private static void slices(StringBuilder page, Map<String, Headline> slices) {
        slices.forEach((slice, h) -> page.append("| ").append(slice).append(" ")
                .append(row(h.documents(), h.accuracy(), h.macroF1(), h.ece(), h.coverageAt99Precision())));
    }

    private static String row(int documents, double accuracy, double macroF1, double ece, double coverage) {
        return "| " + documents + " | " + number(accuracy) + " | " + number(macroF1) + " | " + number(ece) + " | " + number(coverage) + " |\n";
    }

    private static String counts(Map<String, Integer> counts) {
        return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
