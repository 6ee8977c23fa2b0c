package org.docket.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One extraction worker: a child JVM reading one file at a time for Docket. Each read is waited for up
 * to the file's time limit; past it, or if the worker dies, the process is gone and the answer says how.
 */
final class WorkerProcess implements AutoCloseable {

    /** How reading one file in a worker ended. */
    sealed interface Outcome {
        record Answered(Extraction extraction) implements Outcome {
        }

        record TimedOut() implements Outcome {
        }

        /** The process ended mid-file: 3 when it ran out of memory, 128 + n when signal n ended it. */
        record Died(int exitCode) implements Outcome {
        }
    }

    /** Exit code of a JVM run with -XX:+ExitOnOutOfMemoryError once its heap is exhausted. */
    static final int OUT_OF_MEMORY = 3;

    private static final ExecutorService READERS = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("worker-answer-", 0).factory());

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream answers;

    private WorkerProcess(Process process) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    }

    /** Starts a worker and waits until it has loaded Tika and Tesseract and said it is ready. */
    static WorkerProcess start(List<String> command, Duration startLimit) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        // Tesseract's OpenMP threads fight the other workers for the cores; one each is much faster
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        WorkerProcess worker = new WorkerProcess(builder.start());
        try {
            worker.await(() -> {
                WorkerProtocol.readReady(worker.answers);
                return null;
            }, startLimit);
            return worker;
        } catch (TimeoutException e) {
            worker.kill();
            throw new IOException("a worker did not get ready within " + Reasons.duration(startLimit));
        } catch (IOException e) {
            worker.kill();
            throw new IOException("a worker ended as it started (exit code " + worker.process.exitValue() + ")", e);
        }
    }

    Outcome read(WorkerProtocol.Request request, Duration timeLimit) {
        try {
            WorkerProtocol.writeRequest(requests, request);
            return new Outcome.Answered(await(() -> WorkerProtocol.readExtraction(answers), timeLimit));
        } catch (TimeoutException e) {
            kill();
            return new Outcome.TimedOut();
        } catch (IOException e) {
            return new Outcome.Died(exitCode());
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Closing its input tells the worker to end; one that does not is ended. */
    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException alreadyGone) {
            // the worker has ended already
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    void kill() {
        process.destroyForcibly();
        exitCode();
    }

    private int exitCode() {
        try {
            process.waitFor();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private interface Answer<T> {
        T read() throws IOException;
    }

    private <T> T await(Answer<T> answer, Duration limit) throws IOException, TimeoutException {
        Future<T> pending = READERS.submit(answer::read);
        try {
            return pending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the worker", e);
        }
    }
}
