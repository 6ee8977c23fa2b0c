package org.docket.digitisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/** The digitisation runs for the Jobs page: each run's latest execution, its progress and its re-scan list. */
@Service
public class DigitisationRuns {

    private static final int NEWEST = 50;

    /** One run as the Jobs page shows it. */
    public record Run(long jobInstanceId, long jobExecutionId, String collection, String status, DigitiseProgress progress,
                      boolean running) {
    }

    private final JobRepository repository;
    private final ArchivePages pages;
    private final DigitisationProperties settings;

    DigitisationRuns(JobRepository repository, ArchivePages pages, DigitisationProperties settings) {
        this.repository = repository;
        this.pages = pages;
        this.settings = settings;
    }

    public List<Run> newestFirst() {
        List<Run> runs = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(DigitiseJobConfiguration.JOB_NAME, 0, NEWEST)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last != null) {
                runs.add(new Run(instance.getInstanceId(), last.getId(),
                        last.getJobParameters().getString(DigitiseJobConfiguration.COLLECTION), last.getStatus().name(),
                        pages.progress(instance.getInstanceId()), last.isRunning()));
            }
        }
        return runs;
    }

    /** The run's pages to scan again; empty when there is no such run. */
    public Optional<List<RescanList.Entry>> rescan(long jobInstanceId) {
        JobInstance instance = repository.getJobInstance(jobInstanceId);
        if (instance == null || !DigitiseJobConfiguration.JOB_NAME.equals(instance.getJobName())) {
            return Optional.empty();
        }
        return Optional.of(RescanList.of(pages.quality(jobInstanceId), settings));
    }

    public String collectionOf(long jobInstanceId) {
        JobInstance instance = repository.getJobInstance(jobInstanceId);
        JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
        return last == null ? "" : last.getJobParameters().getString(DigitiseJobConfiguration.COLLECTION);
    }
}
