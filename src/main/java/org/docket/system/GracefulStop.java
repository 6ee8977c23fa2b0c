package org.docket.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM (or Ctrl-C) while a job runs in this process, asks it to stop after its current chunk
 * and holds the process open until the chunk is committed and the job is marked STOPPED, so it can be
 * restarted where it stopped. The command line turns Spring's own shutdown hook off for job commands,
 * so the database is still there while the chunk finishes.
 */
@Component
class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    /** Long enough for a chunk of scans to finish OCR; a process asked to stop is not left hanging for ever. */
    private static final long LONGEST_WAIT_MINUTES = 10;

    private final JobOwnership ownership;
    private final JobOperator operator;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook = Thread.ofPlatform().name("docket-graceful-stop").unstarted(this::stopRunningJobs);

    GracefulStop(JobOwnership ownership, JobOperator operator) {
        this.ownership = ownership;
        this.operator = operator;
    }

    @PostConstruct
    void register() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void stopRunningJobs() {
        if (ownership.runningHere().isEmpty()) {
            return;
        }
        for (long id : ownership.runningHere()) {
            try {
                operator.stop(id);
                log.warn("Asked to stop: job execution {} stops after its current chunk; restart it with ./docket restart {}", id, id);
            } catch (Exception e) {
                log.warn("Job execution {} could not be asked to stop: {}", id, e.getMessage());
            }
        }
        try {
            closed.await(LONGEST_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void closing() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it is what waits for this close
        }
    }
}
