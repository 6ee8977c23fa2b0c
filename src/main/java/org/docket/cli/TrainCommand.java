package org.docket.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.docket.classification.Categoriser;
import org.docket.classification.CategoriserModel;
import org.docket.classification.LanguageDetector;
import org.docket.classification.SafeguardingModel;
import org.docket.classification.Taxonomy;
import org.docket.extraction.TextExtractor;
import org.docket.training.CategoriserTrainer;
import org.docket.training.CategoriserTrainer.Example;
import org.docket.training.FolderTraining;
import org.docket.training.LabelledFolder;
import org.docket.training.LabelledReader;
import org.docket.training.LabelledReader.Readings;
import org.docket.training.Metrics;
import org.docket.training.OcrNoise;
import org.docket.training.RoutingThresholds;
import org.docket.training.SafeguardingTrainer;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", description = "Train the categoriser on the generated corpus or a folder of labelled post, and calibrate it on held-out documents.")
class TrainCommand implements Callable<Integer> {

    /** Either the generated corpus or a folder of real, labelled post; never both. */
    static class Source {
        @Option(names = "--generated", required = true, description = "train on Docket's generated corpus of council post")
        boolean generated;

        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "train on a folder with one sub-folder per category id (20%% of each held back for calibration)")
        Path data;
    }

    /** Welsh share of the categoriser's training letters: twice the post's lifted Welsh letters 2 to 4 points on unseen families, English none the worse. */
    private static final double CATEGORISER_WELSH_SHARE = 0.3;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    CommonOptions common;

    @Option(names = "--per-category", description = "with --generated: training letters per category; default 400")
    int perCategory = 400;

    @Option(names = "--seed", description = "corpus seed, or with --data the seed of the held-out split; default 1")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write categoriser.bin and .json; default models")
    Path out = Path.of(System.getenv().getOrDefault("DOCKET_ROOT", ".")).resolve("models");

    @Option(names = "--thresholds", paramLabel = "FILE", description = "where to write the per-category routing thresholds;"
            + " default jobs/routing-thresholds.yml, or routing-thresholds.yml in --out when --out is given")
    Path thresholds;

    @Option(names = "--minimum-margin", description = "the lead over the runner-up routing asks for (jobs/routing.yml); default 0.30")
    double minimumMargin = 0.30;

    @Option(names = "--version-name", description = "model version; default generated-<seed> or data-<seed>")
    String version;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (source.data != null) {
            return trainOnFolder();
        }
        String name = version != null ? version : "generated-" + seed;
        SplittableRandom noise = new SplittableRandom(seed);
        List<GeneratedLetter> trainingLetters = new CouncilLetters(TemplateFamily.TRAINING, seed)
                .corpus(perCategory, CATEGORISER_WELSH_SHARE, 0.05);
        List<GeneratedLetter> calibrationLetters = new CouncilLetters(TemplateFamily.CALIBRATION, seed + 1)
                .corpus(Math.max(20, perCategory / 3), 0.15, 0.15);
        List<Example> training = examples(trainingLetters, noise);
        // as many calibration letters as training ones: a 99%-precision threshold per category needs hundreds to rest on
        List<Example> calibration = examples(new CouncilLetters(TemplateFamily.CALIBRATION, seed + 1)
                .corpus(perCategory, 0.15, 0.05), noise);
        CategoriserModel model = new CategoriserTrainer().train(training, calibration, name);
        model.save(out, CategoriserModel.DEFAULT_NAME);
        var printed = spec.commandLine().getOut();
        printed.println("Categoriser: trained on " + training.size() + " letters, calibrated on " + calibration.size()
                + " from unseen templates: " + model.card().notes() + ", temperature " + model.card().temperature());
        writeThresholds(model, calibration, "CALIBRATION letters of seed " + (seed + 1) + ", model " + name);

        List<GeneratedLetter> concernLetters = new CouncilLetters(TemplateFamily.TRAINING, seed + 2).corpus(perCategory / 2, 0.15, 0.4);
        SafeguardingModel safeguarding = new SafeguardingTrainer().train(concernLetters, calibrationLetters, name);
        safeguarding.save(out);
        printed.println("Safeguarding: threshold " + safeguarding.card().threshold() + ", on unseen templates " + safeguarding.card().figures());
        printed.println("Wrote " + out.resolve(CategoriserModel.DEFAULT_NAME + ".bin") + " and " + out.resolve(SafeguardingModel.NAME + ".bin"));
        printed.flush();
        return 0;
    }

    private int trainOnFolder() throws Exception {
        LabelledFolder folder;
        try {
            folder = LabelledFolder.open(source.data, new Taxonomy().ids());
        } catch (IllegalArgumentException badFolder) {
            throw new ParameterException(spec.commandLine(), badFolder.getMessage());
        }
        Readings readings;
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            readings = new LabelledReader(context.getBean(TextExtractor.class), context.getBean(LanguageDetector.class))
                    .readAll(folder.files(), EvaluateCommand.progress(spec.commandLine().getErr(), folder.files().size()));
        }
        FolderTraining.Trained trained = FolderTraining.train(readings.read(), seed, version != null ? version : "data-" + seed);
        trained.model().save(out, CategoriserModel.DEFAULT_NAME);
        var printed = spec.commandLine().getOut();
        printed.println("Categoriser: trained on " + trained.trainedOn() + " documents of " + source.data + ", calibrated on "
                + trained.calibratedOn() + " held back from them: " + trained.model().card().notes()
                + ", temperature " + trained.model().card().temperature());
        writeThresholds(trained.model(), trained.heldOut(), "documents held back from " + source.data + ", model "
                + trained.model().card().version());
        readings.unread().forEach(unread -> printed.println("Not read: " + unread.source().file() + ": " + unread.reason()));
        printed.println("Wrote " + out.resolve(CategoriserModel.DEFAULT_NAME + ".bin"));
        printed.flush();
        return 0;
    }

    /** Chosen on the letters calibration was fitted on, for Metrics.ROUTING_PRECISION, at the margin routing asks for. */
    private void writeThresholds(CategoriserModel model, List<Example> heldOut, String provenance) throws IOException {
        Map<String, Double> fitted = RoutingThresholds.fit(RoutingThresholds.decide(new Categoriser(model), heldOut),
                new Taxonomy().ids(), Metrics.ROUTING_PRECISION, minimumMargin);
        Path file = thresholds != null ? thresholds
                : spec.commandLine().getParseResult().hasMatchedOption("--out") ? out.resolve("routing-thresholds.yml")
                : Path.of(System.getenv().getOrDefault("DOCKET_JOBS", "jobs")).resolve("routing-thresholds.yml");
        RoutingThresholds.write(fitted, file, provenance + ", " + Math.round(Metrics.ROUTING_PRECISION * 100)
                + "% precision, margin " + minimumMargin);
        var printed = spec.commandLine().getOut();
        printed.println("Routing thresholds: " + fitted + " written to " + file);
    }

    /** A quarter of the letters are roughened as a poor scan would read. */
    private static List<Example> examples(List<GeneratedLetter> letters, SplittableRandom noise) {
        return letters.stream().map(letter -> new Example(letter.category(),
                noise.nextInt(4) == 0 ? OcrNoise.apply(letter.text(), 0.04, noise) : letter.text())).toList();
    }
}
