package org.docket.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.docket.classification.Categoriser;
import org.docket.classification.CategoriserModel;
import org.docket.classification.LanguageDetector;
import org.docket.classification.SafeguardingDetector;
import org.docket.classification.SafeguardingModel;
import org.docket.classification.Taxonomy;
import org.docket.extraction.TextExtractor;
import org.docket.training.Evaluation;
import org.docket.training.EvaluationReport;
import org.docket.training.LabelledFolder;
import org.docket.training.LabelledReader;
import org.docket.training.LabelledReader.LabelledText;
import org.docket.training.LabelledReader.Readings;
import org.docket.training.Metrics;
import org.docket.training.SafeguardingFigures;
import org.docket.training.SafeguardingLabels;
import org.docket.training.SafeguardingReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", description = "Measure the categoriser on labelled post: accuracy, F1, calibration and how much could be routed safely.")
class EvaluateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "one sub-folder per category id, each with that category's documents")
    Path data;

    @Option(names = "--model", paramLabel = "DIR", description = "the folder holding categoriser.bin and .json; default models")
    Path model = Path.of(System.getenv().getOrDefault("DOCKET_MODELS",
            Path.of(System.getenv().getOrDefault("DOCKET_ROOT", ".")).resolve("models").toString()));

    @Option(names = "--json", description = "print the figures as one JSON object")
    boolean json;

    @Option(names = "--report", paramLabel = "DIR", description = "where to write report.html and its charts; default <home>/reports/evaluation-<time>")
    Path report;

    @Option(names = "--texts", paramLabel = "DIR", description = "also write the text each document was read as (after OCR) to DIR/<category>/<file>.txt, for comparing other classifiers on the same text")
    Path texts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Taxonomy taxonomy = new Taxonomy();
        LabelledFolder folder;
        try {
            folder = LabelledFolder.open(data, taxonomy.ids());
        } catch (IllegalArgumentException badFolder) {
            throw new ParameterException(spec.commandLine(), badFolder.getMessage());
        }
        Categoriser categoriser = new Categoriser(CategoriserModel.load(model, CategoriserModel.DEFAULT_NAME));
        Path home = common.home();
        Readings readings;
        try (ConfigurableApplicationContext context = Application.start(home, common.db, null)) {
            LabelledReader reader = new LabelledReader(context.getBean(TextExtractor.class), context.getBean(LanguageDetector.class));
            readings = reader.readAll(folder.files(), progress(spec.commandLine().getErr(), folder.files().size()));
        }
        List<String> unread = readings.unread().stream()
                .map(u -> folder.root().relativize(u.source().file()) + ": " + u.reason()).toList();
        if (readings.read().isEmpty()) {
            spec.commandLine().getErr().println("docket: none of the " + folder.files().size() + " documents in " + data
                    + " could be read" + (unread.isEmpty() ? "" : " (first: " + unread.getFirst() + ")")
                    + "; check that the category folders hold letters, scans or office files.");
            return 1;
        }
        if (texts != null) {
            writeTexts(folder.root(), readings.read(), texts);
        }
        Evaluation evaluation = Metrics.of(rows(readings.read(), categoriser), taxonomy.ids());
        Path reportFolder = report != null ? report
                : home.resolve("reports").resolve("evaluation-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path html = EvaluationReport.write(evaluation, "Model " + categoriser.version() + " from " + model.toAbsolutePath().normalize()
                + " measured on " + data.toAbsolutePath().normalize(), unread, reportFolder);
        Optional<SafeguardingFigures> safeguarding = safeguarding(folder, readings.read());
        if (safeguarding.isPresent()) {
            SafeguardingReport.addTo(html, safeguarding.get());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("modelVersion", categoriser.version());
            answer.put("documents", evaluation.documents());
            answer.put("accuracy", evaluation.accuracy());
            answer.put("macroF1", evaluation.macroF1());
            answer.put("ece", evaluation.ece());
            answer.put("coverageAt99Precision", evaluation.coverageAt99Precision());
            answer.put("thresholdAt99Precision", evaluation.thresholdAt99Precision());
            answer.put("perCategory", evaluation.perCategory());
            answer.put("confusion", evaluation.confusion());
            answer.put("reliability", evaluation.reliability());
            answer.put("byLanguage", evaluation.byLanguage());
            answer.put("byScanQuality", evaluation.byScanQuality());
            safeguarding.ifPresent(figures -> answer.put("safeguarding", figures));
            answer.put("unreadable", unread);
            answer.put("report", html.toString());
            out.println(Json.of(answer));
        } else {
            EvaluationSummary.print(out, evaluation, categoriser.version(), unread, html);
            safeguarding.ifPresent(f -> out.printf("Safeguarding: %d of %d concerns flagged (recall %.3f), false alarms on %.1f%% of ordinary documents%n",
                    f.concerns() - f.missed().size(), f.concerns(), f.recall(), 100 * f.falseAlarmRate()));
        }
        out.flush();
        return 0;
    }

    /** OCR of a folder of scans takes minutes; a line now and then shows it is moving. */
    static Consumer<Integer> progress(PrintWriter err, int total) {
        return done -> {
            if (done % 200 == 0 || done == total) {
                err.println("docket: read " + done + " of " + total);
                err.flush();
            }
        };
    }

    private static void writeTexts(Path root, List<LabelledText> read, Path into) throws IOException {
        for (LabelledText text : read) {
            Path file = into.resolve(root.relativize(text.source().file()) + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.text(), StandardCharsets.UTF_8);
        }
    }

    /** Measured when labels.tsv has a safeguarding column and the model folder holds a safeguarding model. */
    private Optional<SafeguardingFigures> safeguarding(LabelledFolder folder, List<LabelledText> read) throws IOException {
        Optional<SafeguardingLabels> labels = SafeguardingLabels.read(folder.root());
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(model.resolve(SafeguardingModel.NAME + ".bin"))) {
            spec.commandLine().getErr().println("docket: no " + SafeguardingModel.NAME + ".bin in " + model
                    + ", so the safeguarding check is not measured; give --model a folder holding one.");
            return Optional.empty();
        }
        SafeguardingDetector detector = new SafeguardingDetector(SafeguardingModel.load(model));
        List<SafeguardingFigures.Row> rows = new ArrayList<>();
        for (LabelledText text : read) {
            labels.get().of(folder.root(), text.source().file()).ifPresent(label -> rows.add(new SafeguardingFigures.Row(
                    folder.root().relativize(text.source().file()).toString(), label.language() != null ? label.language() : text.language(),
                    label.concern(), detector.inspect(text.text()).flagged())));
        }
        return Optional.of(SafeguardingFigures.of(rows));
    }

    private static List<Metrics.Row> rows(List<LabelledText> read, Categoriser categoriser) {
        List<Metrics.Row> rows = new ArrayList<>(read.size());
        for (LabelledText text : read) {
            double[] probabilities = categoriser.probabilities(text.text());
            int best = 0;
            for (int i = 1; i < probabilities.length; i++) {
                if (probabilities[i] > probabilities[best]) {
                    best = i;
                }
            }
            rows.add(new Metrics.Row(text.source().category(), categoriser.categoryAt(best), probabilities[best], text.language(), text.scanQuality()));
        }
        return rows;
    }
}
