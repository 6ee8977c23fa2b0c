package org.docket.digitisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docket.system.JobOwnership;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Starts, continues and sums up digitisation runs. A run is one collection folder into one archive
 * folder: giving the same command again continues that run where it stopped, and a run already
 * complete is summed up, not done again.
 */
@Service
public class DigitiseRunner {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job digitiseJob;
    private final JobOwnership ownership;
    private final ArchivePages pages;
    private final ArchiveDocuments documents;
    private final DigitisationProperties settings;

    DigitiseRunner(JobOperator operator, JobRepository repository, Job digitiseJob, JobOwnership ownership, ArchivePages pages,
                   ArchiveDocuments documents, DigitisationProperties settings) {
        this.operator = operator;
        this.repository = repository;
        this.digitiseJob = digitiseJob;
        this.ownership = ownership;
        this.pages = pages;
        this.documents = documents;
        this.settings = settings;
    }

    public static boolean isDigitisation(JobExecution execution) {
        return DigitiseJobConfiguration.JOB_NAME.equals(execution.getJobInstance().getJobName());
    }

    /** Marks failed the digitisation runs whose process died (a crash, a kill -9), so they can be restarted. */
    public List<Long> recoverAbandoned() {
        return ownership.recoverAbandoned(DigitiseJobConfiguration.JOB_NAME);
    }

    /** Digitises the collection in this folder, or continues the run that already began on it. */
    public DigitiseSummary start(Path folder, String collection, Path out) throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addString(DigitiseJobConfiguration.FOLDER, folder.toAbsolutePath().normalize().toString(), true)
                .addString(DigitiseJobConfiguration.COLLECTION, collection, true)
                .addString(DigitiseJobConfiguration.OUT, out.toAbsolutePath().normalize().toString(), true)
                .toJobParameters();
        recoverAbandoned();
        JobInstance instance = repository.getJobInstance(DigitiseJobConfiguration.JOB_NAME, parameters);
        if (instance != null) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                return summarise(last);
            }
            if (last != null && last.isRunning()) {
                throw new IllegalStateException("This collection is being digitised now (job execution " + last.getId()
                        + "); watch it with ./docket jobs, or stop it with ./docket stop " + last.getId());
            }
        }
        return finish(operator.start(digitiseJob, parameters));
    }

    /** Continues a run that failed, was stopped, or died with its process, after its last committed pages. */
    public DigitiseSummary restart(long executionId) throws Exception {
        JobExecution execution = execution(executionId).orElseThrow(() ->
                new IllegalArgumentException("There is no job execution " + executionId + "; ./docket jobs lists them"));
        if (execution.isRunning()) {
            var owner = ownership.ownerOf(executionId);
            if (owner.isPresent() && owner.get().alive()) {
                throw new IllegalStateException("Job execution " + executionId + " is still running (process " + owner.get().pid()
                        + " on " + owner.get().host() + "); stop it with ./docket stop " + executionId + " before restarting it");
            }
            recoverAbandoned();
            execution = repository.getJobExecution(executionId);
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return summarise(execution);
        }
        return finish(operator.start(digitiseJob, execution.getJobParameters()));
    }

    private Optional<JobExecution> execution(long executionId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(executionId));
        } catch (EmptyResultDataAccessException e) {
            return Optional.empty();
        }
    }

    /** Once a run is complete its page images have gone into the PDFs, so the work folder goes. */
    private DigitiseSummary finish(JobExecution execution) throws IOException {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            Path work = DigitiseJobConfiguration.work(out(execution), execution.getJobInstanceId());
            ArchivalCopies.clear(work);
            try (var left = Files.list(work.getParent())) {
                if (left.findAny().isEmpty()) {
                    Files.delete(work.getParent());
                }
            } catch (java.nio.file.NoSuchFileException alreadyGone) {
                // nothing was kept
            }
        }
        return summarise(execution);
    }

    public DigitiseSummary summarise(JobExecution execution) throws IOException {
        long run = execution.getJobInstanceId();
        Map<PageReading.Kind, Long> kinds = pages.kinds(run);
        DigitiseProgress progress = pages.progress(run);
        List<RescanList.Entry> rescan = RescanList.of(pages.quality(run), settings);
        Path out = Path.of(out(execution));
        Path list = RescanList.write(out, rescan);
        double seconds = 0;
        for (JobExecution each : repository.getJobExecutions(execution.getJobInstance())) {
            if (each.getStartTime() != null && each.getEndTime() != null) {
                seconds += Duration.between(each.getStartTime(), each.getEndTime()).toMillis() / 1000.0;
            }
        }
        String exit = execution.getExitStatus().getExitDescription();
        return new DigitiseSummary(execution.getId(), run, execution.getStatus().name(),
                exit == null || exit.isBlank() ? null : exit.lines().findFirst().orElse(exit),
                execution.getJobParameters().getString(DigitiseJobConfiguration.COLLECTION), out.toString(), progress.listed(),
                progress.read(), kinds.getOrDefault(PageReading.Kind.BLANK, 0L), kinds.getOrDefault(PageReading.Kind.SEPARATOR, 0L),
                kinds.getOrDefault(PageReading.Kind.FAILED, 0L), documents.count(run), rescan.size(), list.toString(),
                Math.round(pages.meanConfidence(run) * 10) / 10.0, Math.round(seconds * 10) / 10.0,
                seconds > 0 ? Math.round(progress.read() / (seconds / 60) * 10) / 10.0 : 0, rescan);
    }

    private static String out(JobExecution execution) {
        return execution.getJobParameters().getString(DigitiseJobConfiguration.OUT);
    }

    /** How far this run has got, for the progress bar and the Jobs page. */
    public DigitiseProgress progress(long jobInstanceId) {
        return pages.progress(jobInstanceId);
    }

    /** How far the digitisation run this process is doing has got, if it is doing one. */
    public Optional<DigitiseProgress> progressHere() {
        for (long id : ownership.runningHere()) {
            Optional<JobExecution> execution = execution(id);
            if (execution.isPresent() && isDigitisation(execution.get())) {
                return Optional.of(pages.progress(execution.get().getJobInstanceId()));
            }
        }
        return Optional.empty();
    }
}
