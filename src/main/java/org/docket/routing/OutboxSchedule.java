package org.docket.routing;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** While the web application runs, sends the outbox's due webhook messages every {@code docket.outbox.send-every}. */
@Component
@ConditionalOnWebApplication
class OutboxSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;
    private final OutboxProperties settings;
    private ScheduledExecutorService timer;

    OutboxSchedule(OutboxSender sender, OutboxProperties settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        long every = settings.sendEvery().toMillis();
        if (every <= 0) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("outbox-sender").factory());
        timer.scheduleWithFixedDelay(this::sendDue, every, every, TimeUnit.MILLISECONDS);
    }

    private void sendDue() {
        try {
            sender.sendDue(Instant.now());
        } catch (RuntimeException e) {
            // the database may be briefly away; the next round tries again
            LOG.warn("The outbox could not send its due messages this time: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
