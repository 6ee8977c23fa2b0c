package org.docket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.docket.digitisation.DigitiseRunner;
import org.docket.digitisation.DigitiseSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "digitise", description = "Digitise a collection: OCR a folder tree of page scans (box/folder/item) into "
        + "searchable PDF/A, ALTO, hOCR, text and manifests; the same command again continues an interrupted run.")
class DigitiseCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "the collection's name, e.g. \"Llanbedr parish registers\"")
    String collection;

    @Option(names = "--out", paramLabel = "DIR", description = "where the archival copies go; default: archive/<collection> in the data directory")
    Path out;

    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;

    @Parameters(paramLabel = "DIR", description = "the collection's folder: boxes, folders and items of scans (TIFF, PNG, JPEG, PDF)")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "There is no folder at " + folder
                    + "; give the folder that holds the collection's boxes");
        }
        if (collection.isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Give the collection a name with --collection");
        }
        Path home = common.home();
        Path archive = out != null ? out : home.resolve("archive").resolve(collection.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-"));
        try (ConfigurableApplicationContext context = Application.start(home, common.db, null)) {
            DigitiseRunner runner = context.getBean(DigitiseRunner.class);
            DigitiseSummary summary;
            try (DigitiseProgressBar bar = DigitiseProgressBar.watch(runner)) {
                summary = runner.start(folder, collection.strip(), archive);
            }
            return DigitiseSummaryText.report(summary, json, spec.commandLine().getOut());
        }
    }
}
