package org.docket.routing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.List;
import org.docket.routing.OutboxMessages.Message;
import org.docket.routing.OutboxProperties.ConnectorSettings;
import org.docket.system.DocketProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the webhook messages that are due. Each attempt is claimed in the database before it is made,
 * with its next attempt already set further off (doubling each time), so a crash mid-send retries later
 * rather than never, and two senders never make the same attempt. A message is marked delivered only
 * after a 2xx; after its last attempt it is dead until someone retries it from the Outbox page.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int AT_ONCE = 20;

    private final OutboxMessages messages;
    private final OutboxProperties settings;
    private final OutboxFolder folder;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    OutboxSender(OutboxMessages messages, OutboxProperties settings, DocketProperties properties) {
        this.messages = messages;
        this.settings = settings;
        this.folder = new OutboxFolder(properties.dataDirectory().outbox());
    }

    /** Makes one attempt at every message due at {@code now}; answers how many were delivered. */
    public int sendDue(Instant now) {
        int delivered = 0;
        List<Message> due = messages.due(now, AT_ONCE);
        for (Message message : due) {
            ConnectorSettings connector = settings.of(message.target());
            int attempt = message.attempts() + 1;
            if (!messages.claim(message, now.plus(connector.waitAfter(attempt)))) {
                continue;
            }
            String problem = attempt(message, connector);
            if (problem == null) {
                messages.delivered(message.key(), Instant.now());
                delivered++;
            } else {
                boolean dead = attempt >= connector.maxAttempts();
                messages.failed(message.key(), "Attempt " + attempt + " of " + connector.maxAttempts() + ": " + problem, dead);
                LOG.warn("Outbox message {} to {} failed ({}){}", message.key(), message.target(), problem,
                        dead ? "; it is dead-lettered, retry it from the Outbox page" : "");
            }
        }
        return delivered;
    }

    /** One attempt; answers null when the system took the message, or what went wrong in a sentence. */
    private String attempt(Message message, ConnectorSettings connector) {
        if (!connector.webhook()) {
            return "the target " + message.target() + " has no webhook in jobs/routing.yml any more; configure it again and retry";
        }
        try {
            byte[] body = Files.readAllBytes(folder.root().resolve(message.location()));
            WebhookConnector.send(http, connector, message.key(), body);
            return null;
        } catch (NoSuchFileException e) {
            return "its message file outbox/" + message.location() + " is missing";
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "sending was interrupted";
        }
    }
}
