package org.docket.training.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.docket.classification.Categoriser;
import org.docket.classification.CategoriserModel;
import org.docket.review.Corrections.Correction;
import org.docket.training.CategoriserTrainer;
import org.docket.training.CategoriserTrainer.Example;
import org.docket.training.Evaluation;
import org.docket.training.OcrNoise;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;
import org.docket.training.registry.ChampionChallenger.Verdict;
import org.docket.training.registry.VersionCard.Data;
import org.docket.training.registry.VersionCard.Decision;
import org.docket.training.registry.VersionCard.Figures;

/**
 * Champion and challenger: trains a new version on generated letters plus reviewers' corrections,
 * measures it and the current model on the same held-out letters, registers it with its card, and
 * makes it current only when {@link ChampionChallenger} says it is not worse.
 */
public final class Retraining {

    /** @param champion the version that was current, if any, and its figures on the same letters */
    public record Outcome(String challenger, Evaluation challengerFigures, Optional<String> champion, Evaluation championFigures,
                          Verdict verdict) {
    }

    private final ModelRegistry registry;
    private final HeldOutLetters heldOut;

    public Retraining(ModelRegistry registry, HeldOutLetters heldOut) {
        this.registry = registry;
        this.heldOut = heldOut;
    }

    /** Welsh is a smaller share of the post than English, but the categoriser needs enough of it to learn Welsh wording. */
    public static final double WELSH_SHARE = 0.3;

    /** The generated TRAINING letters the categoriser learns from: ./docket train --generated and --with-corrections alike. */
    public static List<GeneratedLetter> generatedTraining(int perCategory, long seed) {
        return roughened(new CouncilLetters(TemplateFamily.TRAINING, seed).corpus(perCategory, WELSH_SHARE, 0.05), seed);
    }

    /**
     * CALIBRATION-family letters, never trained on, to fit the confidence calibration and the routing
     * thresholds: as many as training ones, since a 99%-precision threshold per category needs hundreds to rest on.
     */
    public static List<Example> generatedCalibration(int perCategory, long seed) {
        return roughened(new CouncilLetters(TemplateFamily.CALIBRATION, seed + 1).corpus(perCategory, 0.15, 0.05), seed + 1)
                .stream().map(letter -> new Example(letter.category(), letter.text())).toList();
    }

    /** The letters every comparison is measured on, the same from one run to the next. */
    public static HeldOutLetters standardHeldOut() {
        return new HeldOutLetters(30, 11);
    }

    /**
     * Registers the current model as it is, measured on the held-out letters, unless it already is; so
     * that promoting another version never loses it.
     *
     * @return its figures, or empty when the folder has no model yet
     */
    public Optional<Evaluation> keepCurrent() throws IOException {
        Optional<String> current = registry.currentVersion();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        boolean registered = registry.currentIsRegistered();
        if (!registered && registry.contains(current.get())) {
            throw new IllegalStateException("The current model calls itself " + current.get() + ", but the registered " + current.get()
                    + " has other files; retrain it with --version-name NAME to keep it as a version of its own.");
        }
        CategoriserModel model = registry.current();
        Evaluation figures = heldOut.measure(new Categoriser(model));
        if (!registered) {
            registry.registerCurrent(ModelCards.asFound(model, Figures.of(heldOut.describe(), figures)));
        }
        return Optional.of(figures);
    }

    public Outcome trainWithCorrections(List<GeneratedLetter> generated, List<Example> calibration, List<Correction> corrections,
                                        String version) throws IOException {
        registry.checkNewName(version);
        Optional<String> champion = registry.currentVersion();
        Evaluation championFigures = keepCurrent().orElse(null);

        List<Example> training = new ArrayList<>(generated.stream().map(letter -> new Example(letter.category(), letter.text())).toList());
        // a page that could not be read teaches nothing
        corrections.stream().filter(correction -> !correction.text().isBlank())
                .forEach(correction -> training.add(new Example(correction.category(), correction.text())));
        CategoriserModel challenger = new CategoriserTrainer().train(training, calibration, version);
        Evaluation figures = heldOut.measure(new Categoriser(challenger));

        Verdict verdict = ChampionChallenger.judge(champion.orElse(null), championFigures, version, figures);
        registry.register(challenger, ModelCards.challenger(challenger, data(generated, corrections),
                Figures.of(heldOut.describe(), figures), new Decision(verdict.promoted(), champion.orElse(null), verdict.reason())));
        if (verdict.promoted()) {
            registry.promote(version);
        }
        return new Outcome(version, figures, champion, championFigures, verdict);
    }

    /** The next free name of the form corrections-N. */
    public String nextVersionName() throws IOException {
        int n = 1;
        while (registry.contains("corrections-" + n)) {
            n++;
        }
        return "corrections-" + n;
    }

    private static Data data(List<GeneratedLetter> generated, List<Correction> corrections) {
        Map<String, Integer> perCategory = new TreeMap<>();
        Map<String, Integer> perLanguage = new TreeMap<>();
        generated.forEach(letter -> {
            perCategory.merge(letter.category(), 1, Integer::sum);
            perLanguage.merge(letter.language(), 1, Integer::sum);
        });
        corrections.forEach(correction -> {
            perCategory.merge(correction.category(), 1, Integer::sum);
            perLanguage.merge(correction.language() == null ? "unknown" : correction.language(), 1, Integer::sum);
        });
        long corrected = corrections.stream().filter(Correction::corrected).count();
        String summary = generated.size() + " generated TRAINING-family letters (a quarter roughened as scans read) and "
                + corrections.size() + " reviewers' decisions on real post (" + corrected + " of them correcting the model).";
        return new Data(summary, generated.size() + corrections.size(), generated.size(), corrections.size(), (int) corrected,
                perCategory, perLanguage);
    }

    /** A quarter of the letters roughened as a poor scan would read, as ./docket train --generated does. */
    private static List<GeneratedLetter> roughened(List<GeneratedLetter> letters, long seed) {
        SplittableRandom noise = new SplittableRandom(seed);
        return letters.stream().map(letter -> noise.nextInt(4) != 0 ? letter : new GeneratedLetter(letter.category(), letter.language(),
                letter.safeguarding(), letter.title(), OcrNoise.apply(letter.text(), 0.04, noise), letter.concern())).toList();
    }
}
