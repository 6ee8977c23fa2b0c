package org.docket.cli;

import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.docket.digitisation.DigitiseProgress;
import org.docket.digitisation.DigitiseRunner;

/**
 * The terminal's progress bar for a digitisation run, on standard error: pages done of the total,
 * pages per minute, time left and failures, from what the database says is committed.
 */
final class DigitiseProgressBar implements AutoCloseable {

    private static final long EVERY_MILLIS = 1000;

    private final Thread watcher;
    private volatile boolean done;

    private DigitiseProgressBar(DigitiseRunner runner) {
        watcher = Thread.ofPlatform().daemon().name("progress").start(() -> show(runner));
    }

    static DigitiseProgressBar watch(DigitiseRunner runner) {
        return new DigitiseProgressBar(runner);
    }

    private void show(DigitiseRunner runner) {
        ProgressBar bar = null;
        try {
            while (!done) {
                DigitiseProgress progress = runner.progressHere().orElse(null);
                if (progress != null && progress.listed() > 0) {
                    if (bar == null) {
                        bar = new ProgressBarBuilder().setTaskName("Digitising").setInitialMax(progress.listed()).setUnit(" pages", 1)
                                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                                .hideEta().build();
                    }
                    bar.maxHint(progress.listed());
                    bar.stepTo(progress.read());
                    bar.setExtraMessage(message(progress));
                }
                Thread.sleep(EVERY_MILLIS);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unavailable) {
            // the progress bar is a courtesy: the run goes on without it
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static String message(DigitiseProgress progress) {
        var left = progress.timeLeft();
        return String.format(Locale.ROOT, "%.1f pages/min, %s left, %d failed", progress.pagesPerMinute(),
                left == null ? "?" : "%d:%02d".formatted(left.toMinutes(), left.toSecondsPart()), progress.failed());
    }

    @Override
    public void close() throws InterruptedException {
        done = true;
        watcher.interrupt();
        watcher.join(2000);
    }
}
