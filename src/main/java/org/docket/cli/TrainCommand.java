package org.docket.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.docket.classification.CategoriserModel;
import org.docket.classification.LanguageDetector;
import org.docket.classification.SafeguardingModel;
import org.docket.classification.Taxonomy;
import org.docket.extraction.TextExtractor;
import org.docket.review.Corrections;
import org.docket.training.CategoriserTrainer;
import org.docket.training.CategoriserTrainer.Example;
import org.docket.training.FolderTraining;
import org.docket.training.LabelledFolder;
import org.docket.training.LabelledReader;
import org.docket.training.LabelledReader.Readings;
import org.docket.training.Metrics;
import org.docket.training.RoutingThresholds;
import org.docket.training.SafeguardingTrainer;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;
import org.docket.training.registry.HeldOutLetters;
import org.docket.training.registry.ModelRegistry;
import org.docket.training.registry.Retraining;
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

        @Option(names = "--with-corrections", required = true,
                description = "train a new version on the generated corpus plus reviewers' corrections; promote it only when it is not worse")
        boolean withCorrections;
    }

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

    @Option(names = "--safeguarding-only", description = "with --generated: retrain only the safeguarding check, leaving the categoriser as it is")
    boolean safeguardingOnly;

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
        if (source.withCorrections) {
            return trainWithCorrections();
        }
        String name = version != null ? version : "generated-" + seed;
        if (safeguardingOnly) {
            trainSafeguarding(name, calibrationLetters());
            return 0;
        }
        List<Example> training = Retraining.generatedTraining(perCategory, seed).stream()
                .map(letter -> new Example(letter.category(), letter.text())).toList();
        List<Example> calibration = Retraining.generatedCalibration(perCategory, seed);
        CategoriserTrainer.Fitted fitted = new CategoriserTrainer().fit(training, calibration, name);
        CategoriserModel model = fitted.model();
        model.save(out, CategoriserModel.DEFAULT_NAME);
        var printed = spec.commandLine().getOut();
        printed.println("Categoriser: trained on " + training.size() + " letters, calibrated on " + calibration.size()
                + " from unseen templates (then refitted on both): " + model.card().notes() + ", temperature " + model.card().temperature());
        writeThresholds(fitted.heldOutDecisions(), "CALIBRATION letters of seed " + (seed + 1) + ", model " + name);

        trainSafeguarding(name, calibrationLetters());
        printed.println("Wrote " + out.resolve(CategoriserModel.DEFAULT_NAME + ".bin"));
        printed.flush();
        return 0;
    }

    private List<GeneratedLetter> calibrationLetters() {
        return new CouncilLetters(TemplateFamily.CALIBRATION, seed + 1).corpus(Math.max(20, perCategory / 3), 0.15, 0.15);
    }

    /**
     * Four in ten training letters carry a concern, and four in ten are Welsh: the model must see enough
     * ordinary Welsh sentences to learn which Welsh words are everyday ones.
     */
    private void trainSafeguarding(String name, List<GeneratedLetter> calibrationLetters) throws IOException {
        List<GeneratedLetter> concernLetters = new CouncilLetters(TemplateFamily.TRAINING, seed + 2).corpus(perCategory, 0.4, 0.4);
        SafeguardingModel safeguarding = new SafeguardingTrainer().train(concernLetters, calibrationLetters, name);
        safeguarding.save(out);
        var printed = spec.commandLine().getOut();
        printed.println("Safeguarding: threshold " + safeguarding.card().threshold() + ", on unseen templates " + safeguarding.card().figures());
        printed.println("Wrote " + out.resolve(SafeguardingModel.NAME + ".bin"));
        printed.flush();
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
        writeThresholds(trained.heldOutDecisions(), "documents held back from " + source.data + ", model "
                + trained.model().card().version());
        readings.unread().forEach(unread -> printed.println("Not read: " + unread.source().file() + ": " + unread.reason()));
        printed.println("Wrote " + out.resolve(CategoriserModel.DEFAULT_NAME + ".bin"));
        printed.flush();
        return 0;
    }

    private int trainWithCorrections() throws Exception {
        HeldOutLetters heldOut = Retraining.standardHeldOut();
        Retraining retraining = new Retraining(new ModelRegistry(out), heldOut);
        String name = version != null ? version : retraining.nextVersionName();
        try {
            new ModelRegistry(out).checkNewName(name);
        } catch (IllegalArgumentException badName) {
            throw new ParameterException(spec.commandLine(), badName.getMessage());
        }
        List<Corrections.Correction> corrections;
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            corrections = context.getBean(Corrections.class).all();
        }
        List<GeneratedLetter> generated = Retraining.generatedTraining(perCategory, seed);
        Retraining.Outcome outcome = retraining.trainWithCorrections(generated, Retraining.generatedCalibration(perCategory, seed), corrections, name);
        var printed = spec.commandLine().getOut();
        printed.println("Challenger " + name + ": trained on " + generated.size() + " generated letters and " + corrections.size()
                + " reviewers' decisions from " + common.home() + " (" + corrections.stream().filter(Corrections.Correction::corrected).count()
                + " of them corrections).");
        ModelsCommand.printComparison(printed, outcome, heldOut.describe());
        printed.println("Card: " + out.toAbsolutePath().normalize().resolve(name + ".md") + (outcome.verdict().promoted()
                ? "; Docket now loads " + name + " (restart ./docket serve to pick it up)."
                : "; ./docket models --restore " + name + " would make it current all the same."));
        printed.flush();
        return 0;
    }

    /** Chosen on the letters calibration was fitted on, for Metrics.ROUTING_PRECISION, at the margin routing asks for. */
    private void writeThresholds(List<RoutingThresholds.Decision> heldOut, String provenance) throws IOException {
        Map<String, Double> fitted = RoutingThresholds.fit(heldOut,
                new Taxonomy().ids(), Metrics.ROUTING_PRECISION, minimumMargin);
        Path file = thresholds != null ? thresholds
                : spec.commandLine().getParseResult().hasMatchedOption("--out") ? out.resolve("routing-thresholds.yml")
                : Path.of(System.getenv().getOrDefault("DOCKET_JOBS", "jobs")).resolve("routing-thresholds.yml");
        RoutingThresholds.write(fitted, file, provenance + ", " + Math.round(Metrics.ROUTING_PRECISION * 100)
                + "% precision, margin " + minimumMargin);
        var printed = spec.commandLine().getOut();
        printed.println("Routing thresholds: " + fitted + " written to " + file);
    }
}
