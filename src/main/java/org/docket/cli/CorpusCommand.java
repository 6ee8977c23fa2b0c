package org.docket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.docket.training.CorpusFolder;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.TemplateFamily;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "corpus", description = "Write generated council letters as a labelled folder (one sub-folder per category) for train --data and evaluate.")
class CorpusCommand implements Callable<Integer> {

    @Option(names = "--family", required = true, description = "which template family writes the letters: ${COMPLETION-CANDIDATES}")
    TemplateFamily family;

    @Option(names = "--per-category", required = true, description = "letters per category")
    int perCategory;

    @Option(names = "--seed", description = "default 1")
    long seed = 1;

    @Option(names = "--welsh-share", description = "share of each category's letters written in Welsh; default 0.15")
    double welshShare = 0.15;

    @Option(names = "--safeguarding-share", description = "share of each category's letters raising a safeguarding concern; default 0.05")
    double safeguardingShare = 0.05;

    @Option(names = "--as-scans", description = "write each letter as a scanned page image (PNG or TIFF: clean and worn scans, faxes) instead of text")
    boolean asScans;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (perCategory < 1) {
            throw new ParameterException(spec.commandLine(), "--per-category must be at least 1");
        }
        if (!(welshShare >= 0 && welshShare <= 1) || !(safeguardingShare >= 0 && safeguardingShare <= 1)) {
            throw new ParameterException(spec.commandLine(), "--welsh-share and --safeguarding-share are shares: give numbers from 0 to 1");
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> inside = Files.list(out)) {
                if (inside.findAny().isPresent()) {
                    // letters left from an earlier run would be measured as if they were part of this one
                    throw new ParameterException(spec.commandLine(), out + " is not empty; give --out a new or empty folder.");
                }
            }
        }
        var letters = new CouncilLetters(family, seed).corpus(perCategory, welshShare, safeguardingShare);
        int written = asScans ? CorpusFolder.writeScans(letters, out, seed) : CorpusFolder.write(letters, out);
        spec.commandLine().getOut().println("Wrote " + written + " " + family + (asScans ? " scanned" : "") + " letters (" + perCategory + " per category, seed " + seed
                + ") to " + out + ", labelled in " + out.resolve(CorpusFolder.LABELS));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
