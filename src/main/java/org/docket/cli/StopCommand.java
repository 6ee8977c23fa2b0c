package org.docket.cli;

import java.util.concurrent.Callable;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stop", description = "Ask a running job to stop after its current chunk; it can be restarted.")
class StopCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ID", description = "the job execution id, as ./docket jobs shows it")
    long executionId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            context.getBean(JobOperator.class).stop(executionId);
            spec.commandLine().getOut().println("Job execution " + executionId + " will stop after its current chunk.");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
