package org.docket.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.docket.training.samples.SampleDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "samples", description = "Regenerate the sample post (seeded, reproducible) that the demo runs on.")
class SamplesCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "default sample-docs")
    Path out = Path.of(System.getenv().getOrDefault("DOCKET_ROOT", ".")).resolve("sample-docs");

    @Option(names = "--seed", description = "default 20261123")
    long seed = 20261123L;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new SampleDocs(seed).writeTo(out);
        spec.commandLine().getOut().println("Wrote the sample post to " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
