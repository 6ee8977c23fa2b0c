package org.docket.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records which process runs each job execution, so that an execution left STARTED by a crash (a
 * kill -9, a power cut) is recognised and marked failed on the next start, ready to be restarted,
 * without anyone editing the database; and so that one still running elsewhere is never touched.
 */
@Component
public class JobOwnership implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(JobOwnership.class);

    /** Whose process an execution ran in, and whether that process is still alive. */
    public record Owner(String host, long pid, Instant startedAt, boolean alive) {
    }

    private final JdbcClient jdbc;
    private final JobRepository repository;
    private final JobOperator operator;
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

    JobOwnership(JdbcClient jdbc, JobRepository repository, JobOperator operator) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.operator = operator;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        runningHere.add(execution.getId());
        jdbc.sql("DELETE FROM job_owner WHERE job_execution_id = ?").param(execution.getId()).update();
        jdbc.sql("INSERT INTO job_owner (job_execution_id, host, pid, started_at) VALUES (?, ?, ?, ?)")
                .params(execution.getId(), host(), ProcessHandle.current().pid(), Timestamp.from(Instant.now())).update();
    }

    @Override
    public void afterJob(JobExecution execution) {
        runningHere.remove(execution.getId());
        jdbc.sql("DELETE FROM job_owner WHERE job_execution_id = ?").param(execution.getId()).update();
    }

    /** Executions this process is running now. */
    public Set<Long> runningHere() {
        return Set.copyOf(runningHere);
    }

    public Optional<Owner> ownerOf(long executionId) {
        return jdbc.sql("SELECT host, pid, started_at FROM job_owner WHERE job_execution_id = ?").param(executionId)
                .query((rs, row) -> {
                    Instant started = rs.getTimestamp(3).toInstant();
                    return new Owner(rs.getString(1), rs.getLong(2), started, alive(rs.getString(1), rs.getLong(2), started));
                }).optional();
    }

    /**
     * Marks failed, so they can be restarted, the executions of this job that are recorded as running
     * but whose process on this machine has died. Answers the ids recovered.
     */
    public List<Long> recoverAbandoned(String jobName) {
        List<Long> recovered = new ArrayList<>();
        for (JobExecution execution : repository.findRunningJobExecutions(jobName)) {
            if (runningHere.contains(execution.getId())) {
                continue;
            }
            Optional<Owner> owner = ownerOf(execution.getId());
            boolean abandoned = owner.map(o -> !o.alive() && o.host().equals(host())).orElse(true);
            if (abandoned) {
                operator.recover(execution);
                jdbc.sql("DELETE FROM job_owner WHERE job_execution_id = ?").param(execution.getId()).update();
                log.warn("Job execution {} was left running by a process that no longer exists; marked failed, ready to restart",
                        execution.getId());
                recovered.add(execution.getId());
            }
        }
        return recovered;
    }

    /** Alive only if that very process is still there: a reused process id started after the job is another process. */
    private static boolean alive(String host, long pid, Instant jobStarted) {
        if (!host.equals(host())) {
            return true; // another machine's process cannot be seen from here; assume it runs
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(process -> process.info().startInstant().map(start -> !start.isAfter(jobStarted)).orElse(true))
                .orElse(false);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
