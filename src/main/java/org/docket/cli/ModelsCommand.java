package org.docket.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.docket.training.Evaluation;
import org.docket.training.registry.ModelRegistry;
import org.docket.training.registry.Retraining;
import org.docket.training.registry.VersionCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "models", description = "List the categoriser's versions, which one Docket loads and how each did; restore an earlier one.")
class ModelsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--models", paramLabel = "DIR", description = "the models folder; default models")
    Path models = Path.of(System.getenv().getOrDefault("DOCKET_MODELS",
            Path.of(System.getenv().getOrDefault("DOCKET_ROOT", ".")).resolve("models").toString()));

    @Option(names = "--restore", paramLabel = "VERSION", description = "make an earlier version the one Docket loads")
    String restore;

    @Option(names = "--register", description = "register the current model as a version, measured on the held-out letters, so it can be restored")
    boolean register;

    @Option(names = "--json", description = "print the versions as one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ModelRegistry registry = new ModelRegistry(models);
        PrintWriter out = spec.commandLine().getOut();
        if (restore != null) {
            if (!registry.contains(restore)) {
                throw new ParameterException(spec.commandLine(), "There is no model version " + restore + " in " + registry.folder()
                        + "; the versions are " + names(registry) + ".");
            }
            Optional<String> before = registry.currentVersion();
            new Retraining(registry, Retraining.standardHeldOut()).keepCurrent();
            registry.promote(restore);
            out.println("Restored " + restore + ": Docket now loads it (restart ./docket serve to pick it up)"
                    + before.map(version -> "; " + version + " stays registered and can be restored in the same way.").orElse("."));
        } else if (register) {
            if (registry.currentIsRegistered()) {
                out.println("The current model " + registry.currentVersion().orElseThrow() + " is already registered.");
            } else if (new Retraining(registry, Retraining.standardHeldOut()).keepCurrent().isEmpty()) {
                throw new ParameterException(spec.commandLine(), "There is no model in " + registry.folder()
                        + " to register; train one with ./docket train --generated.");
            } else {
                out.println("Registered " + registry.currentVersion().orElseThrow() + " with its card "
                        + registry.folder().resolve(registry.currentVersion().orElseThrow() + ".md") + ".");
            }
        }
        if (json) {
            out.println(Json.of(listing(registry)));
        } else {
            print(out, registry);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> listing(ModelRegistry registry) throws Exception {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("folder", registry.folder().toString());
        answer.put("current", registry.currentVersion().orElse(null));
        answer.put("currentRegistered", registry.currentIsRegistered());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (VersionCard card : registry.versions()) {
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("version", card.version());
            version.put("current", card.version().equals(answer.get("current")) && registry.currentIsRegistered());
            version.put("date", card.date());
            version.put("madeBy", card.madeBy());
            version.put("documents", card.data().documents());
            version.put("corrections", card.data().corrections());
            version.put("macroF1", card.heldOut().macroF1());
            version.put("ece", card.heldOut().ece());
            version.put("accuracy", card.heldOut().accuracy());
            version.put("coverageAt99Precision", card.heldOut().coverageAt99Precision());
            version.put("promoted", card.decision() == null ? null : card.decision().promoted());
            versions.add(version);
        }
        answer.put("versions", versions);
        return answer;
    }

    private static void print(PrintWriter out, ModelRegistry registry) throws Exception {
        Optional<String> current = registry.currentVersion();
        List<VersionCard> cards = registry.versions();
        out.println("Categoriser versions in " + registry.folder() + " (* marks the one Docket loads):");
        out.println(String.format(Locale.ROOT, "  %-22s %-10s %8s %6s %9s %8s  %s", "version", "date", "macro-F1", "ECE", "coverage", "trained", "made by"));
        for (VersionCard card : cards) {
            boolean isCurrent = current.isPresent() && card.version().equals(current.get()) && registry.currentIsRegistered();
            out.println(String.format(Locale.ROOT, "%s %-22s %-10s %8.3f %6.3f %9.3f %8d  %s", isCurrent ? "*" : " ", card.version(), card.date(),
                    card.heldOut().macroF1(), card.heldOut().ece(), card.heldOut().coverageAt99Precision(), card.data().documents(),
                    card.madeBy() + (card.data().corrections() > 0 ? ", " + card.data().corrections() + " corrections" : "")
                            + (card.decision() == null ? "" : card.decision().promoted() ? ", promoted" : ", not promoted")));
        }
        if (cards.isEmpty()) {
            out.println("  (none registered yet)");
        }
        if (current.isEmpty()) {
            out.println("There is no current model; train one with ./docket train --generated.");
        } else if (!registry.currentIsRegistered() && registry.contains(current.get())) {
            out.println("The current model calls itself " + current.get() + " but differs from the registered " + current.get()
                    + "; retrain it with --version-name NAME to keep it as a version of its own.");
        } else if (!registry.currentIsRegistered()) {
            out.println("The current model " + current.get() + " is not registered; ./docket models --register keeps it as a version.");
        }
        out.println("Figures are on held-out letters; each version's card is " + registry.folder().resolve("VERSION.md")
                + ". Restore one with ./docket models --restore VERSION.");
    }

    /** The side-by-side figures of champion and challenger that ./docket train --with-corrections prints. */
    static void printComparison(PrintWriter out, Retraining.Outcome outcome, String heldOut) {
        out.println("Measured on " + heldOut + ":");
        out.println(String.format(Locale.ROOT, "  %-34s %8s %8s %6s %9s %8s %8s %9s", "", "macro-F1", "accuracy", "ECE", "coverage",
                "eng F1", "cym F1", "poor scan"));
        outcome.champion().ifPresent(champion -> row(out, "champion " + champion, outcome.championFigures()));
        row(out, "challenger " + outcome.challenger(), outcome.challengerFigures());
        out.println((outcome.verdict().promoted() ? "Promoted: " : "Not promoted: ") + outcome.verdict().reason());
    }

    private static void row(PrintWriter out, String label, Evaluation figures) {
        out.println(String.format(Locale.ROOT, "  %-34s %8.3f %8.3f %6.3f %9.3f %8s %8s %9s", label, figures.macroF1(), figures.accuracy(),
                figures.ece(), figures.coverageAt99Precision(), slice(figures.byLanguage(), "eng"), slice(figures.byLanguage(), "cym"),
                slice(figures.byScanQuality(), Evaluation.POOR_SCAN)));
    }

    private static String slice(Map<String, Evaluation> slices, String key) {
        return slices.containsKey(key) ? String.format(Locale.ROOT, "%.3f", slices.get(key).macroF1()) : "-";
    }

    private static String names(ModelRegistry registry) throws Exception {
        List<String> names = registry.versions().stream().map(VersionCard::version).toList();
        return names.isEmpty() ? "none yet" : String.join(", ", names);
    }
}
