package org.docket.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.docket.system.DocketProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * Reads files in a small pool of worker processes, one per intake thread, each started when first
 * needed and reused for many files. A worker that runs past the file's time limit is ended; one that
 * dies on a file (a native crash, a kill, running out of memory) costs that file only: it is tried
 * once more in a fresh worker, and if that dies too it is quarantined saying what happened.
 */
public final class WorkerPoolExtractor implements Extractor, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkerPoolExtractor.class);
    /** Start-up loads Tika's parsers and a Tesseract model: seconds, more on a busy machine. */
    private static final Duration START_LIMIT = Duration.ofMinutes(2);

    private final DocketProperties.Intake limits;
    private final List<String> command;
    private final Semaphore places;
    private final ConcurrentLinkedQueue<WorkerProcess> idle = new ConcurrentLinkedQueue<>();
    private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public WorkerPoolExtractor(DocketProperties.Intake limits, String languages) {
        this.limits = limits;
        this.command = WorkerCommand.of(limits.workerMemory(), languages);
        this.places = new Semaphore(limits.threads());
    }

    @Override
    public Extraction extract(Path file) {
        WorkerProtocol.Request request = new WorkerProtocol.Request(file.toAbsolutePath(), limits.maxFileSize().toBytes(),
                limits.maxPages(), limits.maxPixels());
        places.acquireUninterruptibly();
        try {
            WorkerProcess.Outcome outcome = attempt(request);
            if (outcome instanceof WorkerProcess.Outcome.Died(int exitCode)) {
                log.warn("{}: {}; trying it once more in a fresh reader", file.getFileName(), death(exitCode));
                outcome = attempt(request);
            }
            return switch (outcome) {
                case WorkerProcess.Outcome.Answered(Extraction extraction) -> extraction;
                case WorkerProcess.Outcome.TimedOut() -> {
                    log.warn("Reading {} took longer than {}; its reader was ended and it goes to quarantine",
                            file.getFileName(), Reasons.duration(limits.fileTimeLimit()));
                    yield new Extraction.Unreadable(null, Reasons.tookTooLong(limits.fileTimeLimit()));
                }
                case WorkerProcess.Outcome.Died(int exitCode) -> new Extraction.Unreadable(null, death(exitCode) + "; it was tried twice");
            };
        } finally {
            places.release();
        }
    }

    /** The process ids of the workers now running, for watching them from outside. */
    public List<Long> workerPids() {
        return running.stream().map(WorkerProcess::pid).toList();
    }

    private WorkerProcess.Outcome attempt(WorkerProtocol.Request request) {
        WorkerProcess worker = borrow();
        WorkerProcess.Outcome outcome = worker.read(request, limits.fileTimeLimit());
        if (outcome instanceof WorkerProcess.Outcome.Answered && !closed) {
            idle.add(worker);
        } else {
            running.remove(worker);
            worker.kill();
        }
        return outcome;
    }

    private WorkerProcess borrow() {
        WorkerProcess worker;
        while ((worker = idle.poll()) != null) {
            if (worker.alive()) {
                return worker;
            }
            running.remove(worker);
        }
        if (closed) {
            throw new IllegalStateException("Docket is shutting down and reads no more files");
        }
        try {
            WorkerProcess started = WorkerProcess.start(command, START_LIMIT);
            running.add(started);
            log.debug("Started extraction worker {}", started.pid());
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Docket could not start a process to read files (" + e.getMessage()
                    + "). Check the machine has memory free for docket.intake.worker-memory (" + size(limits.workerMemory())
                    + " each), or set docket.intake.isolation: in-process to read files inside Docket itself.", e);
        }
    }

    /** What a worker's exit code says happened, as the clause of a quarantine reason. */
    String death(int exitCode) {
        if (exitCode == WorkerProcess.OUT_OF_MEMORY) {
            return "the reader ran out of memory on this file (limit " + size(limits.workerMemory()) + ")";
        }
        if (exitCode == 128 + 9) {
            return "the reader was killed while reading this file (signal 9: ended from outside, or the machine ran out of memory)";
        }
        if (exitCode > 128) {
            return "the reader crashed on this file (signal " + (exitCode - 128) + ")";
        }
        return "the reader ended unexpectedly on this file (exit code " + exitCode + ")";
    }

    private static String size(DataSize size) {
        long megabytes = size.toMegabytes();
        return megabytes >= 1024 && megabytes % 1024 == 0 ? megabytes / 1024 + " GB" : megabytes + " MB";
    }

    /** Ends every worker: idle ones at once, a busy one when its file is done or its time is up. */
    @Override
    public void close() {
        closed = true;
        WorkerProcess worker;
        while ((worker = idle.poll()) != null) {
            running.remove(worker);
            worker.close();
        }
    }
}
