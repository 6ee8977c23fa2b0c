package org.docket.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.docket.classification.ConfidenceWords;
import org.docket.document.Classification.Alternative;
import org.docket.document.Document;
import org.docket.document.Fingerprint;
import org.docket.document.Status;
import org.docket.intake.IntakePipeline;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "classify", description = "Classify documents without storing or routing them.")
class ClassifyCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "one JSON object per file, one per line")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int failures = 0;
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            IntakePipeline pipeline = context.getBean(IntakePipeline.class);
            PrintWriter out = spec.commandLine().getOut();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    spec.commandLine().getErr().println("docket: there is no file at " + file);
                    failures++;
                    continue;
                }
                String sha = Fingerprint.sha256(file);
                Document result = pipeline.run(Document.received(Fingerprint.documentId(sha, file), file, sha, Files.size(file), Instant.now()));
                if (result.status() == Status.QUARANTINED) {
                    failures++;
                }
                Map<String, Object> answer = describe(result);
                if (json) {
                    out.println(Json.of(answer));
                } else {
                    printHuman(out, result, answer);
                }
            }
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    private static Map<String, Object> describe(Document document) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("file", document.source().toString());
        if (document.status() == Status.QUARANTINED) {
            answer.put("error", document.quarantineReason());
            return answer;
        }
        var classification = document.classification();
        answer.put("category", classification.category());
        answer.put("confidence", round(classification.confidence()));
        answer.put("confidenceWords", ConfidenceWords.describe(classification.confidence()));
        answer.put("margin", round(classification.margin()));
        answer.put("alternatives", classification.alternatives().stream()
                .map(a -> new Alternative(a.category(), round(a.confidence()))).toList());
        answer.put("explanation", classification.explanation());
        answer.put("language", document.language());
        answer.put("entities", document.entities());
        answer.put("flags", classification.flags());
        answer.put("flagReasons", classification.flagReasons());
        answer.put("decision", document.routing().automatic() ? "auto" : "review");
        answer.put("reasons", document.routing().reasons());
        answer.put("target", document.routing().target());
        answer.put("pages", document.pages().size());
        answer.put("modelVersion", classification.modelVersion());
        return answer;
    }

    private static void printHuman(PrintWriter out, Document document, Map<String, Object> answer) {
        if (document.status() == Status.QUARANTINED) {
            out.printf("%s: cannot be read: %s%n", document.fileName(), document.quarantineReason());
            return;
        }
        var c = document.classification();
        String runnerUp = c.alternatives().size() > 1
                ? ", then " + c.alternatives().get(1).category() + " " + ConfidenceWords.percent(c.alternatives().get(1).confidence()) : "";
        out.printf("%s: %s %s, %s%s [%s] → %s%n", document.fileName(), ConfidenceWords.describe(c.confidence()), c.category(),
                ConfidenceWords.percent(c.confidence()), runnerUp, document.language(),
                document.routing().automatic() ? "auto-route to " + document.routing().target() : "review: " + String.join("; ", document.routing().reasons()));
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
