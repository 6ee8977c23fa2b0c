package org.docket.system;

import jakarta.annotation.PostConstruct;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import sun.misc.Signal;

/**
 * For a job run from the command line: SIGTERM or Ctrl-C asks the running job to stop after its
 * current chunk, so it ends STOPPED with everything committed and can be restarted where it stopped.
 * The signal is handled instead of starting the JVM's shutdown, which would close the database under
 * the chunk. A second signal, or one while no job runs, ends the process at once.
 */
@Component
class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final Set<String> SIGNALS = Set.of("TERM", "INT");

    private final JobOwnership ownership;
    private final JobOperator operator;
    private final boolean enabled;
    private final AtomicBoolean asked = new AtomicBoolean();

    GracefulStop(JobOwnership ownership, JobOperator operator, @Value("${docket.graceful-stop:false}") boolean enabled) {
        this.ownership = ownership;
        this.operator = operator;
        this.enabled = enabled;
    }

    @PostConstruct
    void listen() {
        if (!enabled) {
            return;
        }
        for (String name : SIGNALS) {
            Signal.handle(new Signal(name), signal -> stopRunningJobs(128 + signal.getNumber()));
        }
    }

    private void stopRunningJobs(int exitStatus) {
        Set<Long> running = ownership.runningHere();
        if (running.isEmpty() || asked.getAndSet(true)) {
            Runtime.getRuntime().halt(exitStatus);
        }
        for (long id : running) {
            try {
                operator.stop(id);
                log.warn("Stopping: job execution {} ends after its current chunk; continue it with ./docket restart {}", id, id);
            } catch (Exception e) {
                log.warn("Job execution {} could not be asked to stop: {}", id, e.getMessage());
            }
        }
    }
}
