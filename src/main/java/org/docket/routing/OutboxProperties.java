package org.docket.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox reaches each service's system, from jobs/routing.yml. A target with no connector of
 * its own gets the folder drop.
 *
 * @param link       the address people open Docket at, for the link to a document in a webhook's message
 * @param sendEvery  how often the web application sends webhook messages that are due; zero stops it
 * @param connectors per target (the taxonomy's {@code target}), how its system is reached
 */
@ConfigurationProperties("docket.outbox")
public record OutboxProperties(URI link, Duration sendEvery, Map<String, ConnectorSettings> connectors) {

    public OutboxProperties {
        link = link == null ? URI.create("http://localhost:8080") : link;
        sendEvery = sendEvery == null ? Duration.ofSeconds(5) : sendEvery;
        connectors = connectors == null ? Map.of() : Map.copyOf(connectors);
    }

    /** The connector for a target: its own, or the folder drop. */
    public ConnectorSettings of(String target) {
        return connectors.getOrDefault(target, ConnectorSettings.FOLDER);
    }

    /**
     * @param type        {@code folder} (the default) or {@code webhook}
     * @param url         where a webhook posts its messages
     * @param secret      the shared secret each webhook message is signed with (HMAC-SHA256 of the body)
     * @param maxAttempts attempts before a webhook message is dead-lettered
     * @param firstRetry  the wait after the first failed attempt; each later wait is twice the one before
     * @param timeout     how long one attempt may take
     */
    public record ConnectorSettings(String type, URI url, String secret, Integer maxAttempts, Duration firstRetry, Duration timeout) {

        static final ConnectorSettings FOLDER = new ConnectorSettings("folder", null, null, null, null, null);

        /** The longest wait between two attempts, however many have failed. */
        static final Duration LONGEST_WAIT = Duration.ofHours(1);

        public ConnectorSettings {
            type = type == null ? "folder" : type.strip().toLowerCase(Locale.ROOT);
            maxAttempts = maxAttempts == null ? 6 : maxAttempts;
            firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
            if (!type.equals("folder") && !type.equals("webhook")) {
                throw new IllegalArgumentException("A connector's type is folder or webhook, not '" + type + "'; correct it in jobs/routing.yml.");
            }
            if (type.equals("webhook") && (url == null || secret == null || secret.isBlank())) {
                throw new IllegalArgumentException("A webhook connector needs a url and a secret to sign its messages with; add them in jobs/routing.yml.");
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("A connector's max-attempts must be at least 1; correct it in jobs/routing.yml.");
            }
        }

        public boolean webhook() {
            return type.equals("webhook");
        }

        /** How long to wait after the given number of failed attempts: doubling from the first retry, at most an hour. */
        Duration waitAfter(int failedAttempts) {
            Duration wait = firstRetry;
            for (int i = 1; i < failedAttempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        }
    }
}
