package org.docket.cli;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.docket.digitisation.DigitiseRunner;
import org.docket.intake.IntakeRunner;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "jobs", description = "List job executions and their state, newest first.")
class JobsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    record Execution(long id, long instance, String job, String status, String started, String ended, String exit) {
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            // a run whose process died is shown as failed and restartable, not as running
            context.getBean(IntakeRunner.class).recoverAbandoned();
            context.getBean(DigitiseRunner.class).recoverAbandoned();
            JobRepository repository = context.getBean(JobRepository.class);
            List<Execution> executions = new ArrayList<>();
            for (String job : repository.getJobNames()) {
                for (JobInstance instance : repository.getJobInstances(job, 0, 100)) {
                    for (JobExecution execution : repository.getJobExecutions(instance)) {
                        executions.add(new Execution(execution.getId(), instance.getInstanceId(), job, execution.getStatus().name(),
                                time(execution.getStartTime()), time(execution.getEndTime()),
                                execution.getExitStatus().getExitCode()));
                    }
                }
            }
            executions.sort((a, b) -> Long.compare(b.id(), a.id()));
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.of(java.util.Map.of("executions", executions)));
            } else if (executions.isEmpty()) {
                out.println("No jobs have run in " + common.home());
            } else {
                out.printf("%-6s %-9s %-10s %-10s %-26s %s%n", "ID", "RUN", "JOB", "STATUS", "STARTED", "ENDED");
                for (Execution e : executions) {
                    out.printf("%-6d %-9d %-10s %-10s %-26s %s%n", e.id(), e.instance(), e.job(), e.status(),
                            Objects.requireNonNullElse(e.started(), "-"), Objects.requireNonNullElse(e.ended(), "-"));
                }
            }
            out.flush();
            return 0;
        }
    }

    /** To the second, in local time: what a person reading the list needs. */
    private static String time(LocalDateTime at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
