package org.docket.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.docket.intake.IntakeRunner;
import org.docket.intake.IntakeSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "intake", description = "Take in files or folders of post: read, classify, route, index.")
class IntakeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to take in")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path path : paths) {
            if (!path.toFile().exists()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "There is no file or folder at " + path);
            }
        }
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            IntakeSummary summary = context.getBean(IntakeRunner.class).start(paths);
            return SummaryText.report(summary, json, spec.commandLine().getOut());
        }
    }
}
