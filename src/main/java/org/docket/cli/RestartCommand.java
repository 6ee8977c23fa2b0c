package org.docket.cli;

import java.util.concurrent.Callable;
import org.docket.digitisation.DigitiseRunner;
import org.docket.digitisation.DigitiseSummary;
import org.docket.intake.IntakeRunner;
import org.docket.intake.IntakeSummary;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.EmptyResultDataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restart", description = "Continue a failed, stopped or interrupted job from its last committed chunk.")
class RestartCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;

    @Parameters(paramLabel = "ID", description = "the job execution id, as ./docket jobs shows it")
    long executionId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            JobExecution execution;
            try {
                execution = context.getBean(JobRepository.class).getJobExecution(executionId);
            } catch (EmptyResultDataAccessException none) {
                execution = null; // the intake runner says there is no such execution
            }
            if (execution != null && DigitiseRunner.isDigitisation(execution)) {
                DigitiseRunner runner = context.getBean(DigitiseRunner.class);
                DigitiseSummary summary;
                try (DigitiseProgressBar bar = DigitiseProgressBar.watch(runner)) {
                    summary = runner.restart(executionId);
                }
                return DigitiseSummaryText.report(summary, json, spec.commandLine().getOut());
            }
            IntakeSummary summary = context.getBean(IntakeRunner.class).restart(executionId);
            return SummaryText.report(summary, json, spec.commandLine().getOut());
        }
    }
}
