package org.docket.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.docket.system.JobOwnership;
import org.docket.system.StorageFault;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Starts and restarts the intake job and sums up what it did. */
@Service
public class IntakeRunner {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job intakeJob;
    private final JdbcClient jdbc;
    private final JobOwnership ownership;

    IntakeRunner(JobOperator operator, JobRepository repository, Job intakeJob, JdbcClient jdbc, JobOwnership ownership) {
        this.operator = operator;
        this.repository = repository;
        this.intakeJob = intakeJob;
        this.jdbc = jdbc;
        this.ownership = ownership;
    }

    /** Marks failed the intake runs whose process died (a crash, a kill -9), so they can be restarted. */
    public List<Long> recoverAbandoned() {
        return ownership.recoverAbandoned(IntakeJobConfiguration.JOB_NAME);
    }

    /** Takes in the files and folders given, waits for the job to end and sums it up. */
    public IntakeSummary start(List<Path> inputs) throws Exception {
        String joined = inputs.stream().map(path -> path.toAbsolutePath().normalize().toString()).collect(Collectors.joining("\n"));
        JobParameters parameters = new JobParametersBuilder()
                .addString(IntakeJobConfiguration.INPUTS, joined, true)
                .addString("run", UUID.randomUUID().toString(), true)
                .toJobParameters();
        recoverAbandoned();
        return summarise(operator.start(intakeJob, parameters));
    }

    /**
     * Continues a run that failed, was stopped, or died with its process (still marked STARTED): it
     * resumes after the last committed chunk.
     */
    public IntakeSummary restart(long executionId) throws Exception {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new IllegalArgumentException("There is no job execution " + executionId + "; ./docket jobs lists them");
        }
        if (execution.isRunning()) {
            var owner = ownership.ownerOf(executionId);
            if (owner.isPresent() && owner.get().alive()) {
                throw new IllegalStateException("Job execution " + executionId + " is still running (process " + owner.get().pid()
                        + " on " + owner.get().host() + "); stop it with ./docket stop " + executionId + " before restarting it");
            }
            recoverAbandoned();
            execution = repository.getJobExecution(executionId);
        }
        // starting the same instance again with its own parameters continues it after its last committed chunk
        return summarise(operator.start(intakeJob, execution.getJobParameters()));
    }

    public IntakeSummary summarise(JobExecution execution) {
        long instance = execution.getJobInstanceId();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM document WHERE job_instance_id = ? GROUP BY status").param(instance)
                .query(rs -> {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> byTarget = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.target, COUNT(*) FROM document d JOIN routing_decision r ON r.document_id = d.id
                WHERE d.job_instance_id = ? AND d.status = 'ROUTED' GROUP BY r.target ORDER BY r.target""").param(instance)
                .query(rs -> {
                    byTarget.put(rs.getString(1), rs.getLong(2));
                });
        List<IntakeSummary.QuarantinedFile> quarantined = jdbc.sql(
                        "SELECT file_name, quarantine_reason FROM document WHERE job_instance_id = ? AND status = 'QUARANTINED' ORDER BY file_name")
                .param(instance)
                .query((rs, row) -> new IntakeSummary.QuarantinedFile(rs.getString(1), rs.getString(2))).list();
        long pages = jdbc.sql("SELECT COALESCE(SUM(page_count), 0) FROM document WHERE job_instance_id = ? AND status IN ('ROUTED', 'REVIEW')")
                .param(instance).query(Long.class).single();
        long flagged = jdbc.sql("SELECT COUNT(*) FROM document WHERE job_instance_id = ? AND safeguarding = TRUE")
                .param(instance).query(Long.class).single();
        double seconds = 0;
        long filtered = 0;
        for (JobExecution run : repository.getJobExecutions(execution.getJobInstance())) {
            if (run.getStartTime() != null && run.getEndTime() != null) {
                seconds += Duration.between(run.getStartTime(), run.getEndTime()).toMillis() / 1000.0;
            }
            filtered += run.getStepExecutions().stream().mapToLong(StepExecution::getFilterCount).sum();
        }
        long documents = byStatus.values().stream().mapToLong(Long::longValue).sum();
        String exitMessage = faultSentence(execution).orElse(execution.getExitStatus().getExitDescription());
        return new IntakeSummary(execution.getId(), instance, execution.getStatus().name(),
                exitMessage == null || exitMessage.isBlank() ? null : firstLine(exitMessage),
                documents, pages, byStatus.getOrDefault("ROUTED", 0L), byTarget, byStatus.getOrDefault("REVIEW", 0L), flagged,
                byStatus.getOrDefault("DUPLICATE", 0L), byStatus.getOrDefault("QUARANTINED", 0L), quarantined, filtered,
                Math.round(seconds * 10) / 10.0, seconds > 0 ? Math.round(pages / (seconds / 60) * 10) / 10.0 : 0);
    }

    /** A failure Docket has put in words (a full disk, a connector's folder gone) rather than a stack trace's first line. */
    private static Optional<String> faultSentence(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
                if (cause instanceof StorageFault fault) {
                    return Optional.of(fault.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
