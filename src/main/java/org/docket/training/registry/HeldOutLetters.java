package org.docket.training.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.docket.classification.Categoriser;
import org.docket.training.Evaluation;
import org.docket.training.Metrics;
import org.docket.training.OcrNoise;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;

/**
 * The letters champion and challenger are both measured on: the SAMPLE family, whose templates,
 * phrase banks and senders no training or calibration letter uses. A fifth of them are lightly and a
 * fifth heavily roughened as scans read, so the figures also say how each model copes with poor scans.
 */
public final class HeldOutLetters {

    private record Letter(String category, String language, String scanQuality, String text) {
    }

    private final int perCategory;
    private final long seed;
    private final List<Letter> letters = new ArrayList<>();

    public HeldOutLetters(int perCategory, long seed) {
        if (perCategory < 1) {
            throw new IllegalArgumentException("Measure on at least one held-out letter per category.");
        }
        this.perCategory = perCategory;
        this.seed = seed;
        SplittableRandom noise = new SplittableRandom(seed);
        for (GeneratedLetter letter : new CouncilLetters(TemplateFamily.SAMPLE, seed).corpus(perCategory, 0.15, 0.05)) {
            int draw = noise.nextInt(5);
            letters.add(switch (draw) {
                case 0 -> new Letter(letter.category(), letter.language(), Evaluation.GOOD_SCAN, OcrNoise.apply(letter.text(), 0.02, noise));
                case 1 -> new Letter(letter.category(), letter.language(), Evaluation.POOR_SCAN, OcrNoise.apply(letter.text(), 0.06, noise));
                default -> new Letter(letter.category(), letter.language(), Evaluation.TEXT_LAYER, letter.text());
            });
        }
    }

    public int size() {
        return letters.size();
    }

    public String describe() {
        return size() + " held-out SAMPLE-family letters (" + perCategory + " per category, seed " + seed + ")";
    }

    public Evaluation measure(Categoriser categoriser) {
        List<Metrics.Row> rows = new ArrayList<>(letters.size());
        for (Letter letter : letters) {
            double[] probabilities = categoriser.probabilities(letter.text());
            int chosen = 0;
            for (int i = 1; i < probabilities.length; i++) {
                chosen = probabilities[i] > probabilities[chosen] ? i : chosen;
            }
            rows.add(new Metrics.Row(letter.category(), categoriser.categoryAt(chosen), probabilities[chosen], letter.language(), letter.scanQuality()));
        }
        return Metrics.of(rows, CouncilLetters.categoryIds());
    }
}
