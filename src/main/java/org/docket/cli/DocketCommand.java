package org.docket.cli;

import picocli.CommandLine.Command;

@Command(name = "docket", mixinStandardHelpOptions = true, version = "Docket 0.1.0",
        description = "Reads, classifies, routes and indexes a council's post and paper archives.",
        subcommands = {DemoCommand.class, IntakeCommand.class, DigitiseCommand.class, ClassifyCommand.class, OcrCommand.class,
                JobsCommand.class, RestartCommand.class, StopCommand.class, ServeCommand.class, TrainCommand.class,
                SamplesCommand.class, CorpusCommand.class, EvaluateCommand.class, ModelsCommand.class, SearchCommand.class,
                ReindexCommand.class, UsersCommand.class})
class DocketCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a command; ./docket --help lists them");
    }
}
