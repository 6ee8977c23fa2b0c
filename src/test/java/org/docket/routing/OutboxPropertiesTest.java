package org.docket.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.docket.routing.OutboxProperties.ConnectorSettings;
import org.junit.jupiter.api.Test;

/** Connector settings as jobs/routing.yml gives them: the folder drop by default, a webhook only when whole, waits that double. */
class OutboxPropertiesTest {

    private static final URI RECEIVER = URI.create("https://planning.council.example/docket-inbox");

    @Test
    void aTargetWithoutAConnectorGetsTheFolderDrop() {
        OutboxProperties settings = new OutboxProperties(null, null,
                Map.of("planning-portal", new ConnectorSettings("webhook", RECEIVER, "s3cret", null, null, null)));
        assertThat(settings.of("planning-portal").webhook()).isTrue();
        assertThat(settings.of("waste-crm").webhook()).isFalse();
        assertThat(settings.of("waste-crm").type()).isEqualTo("folder");
    }

    @Test
    void waitsDoubleFromTheFirstRetryAndStopGrowingAtAnHour() {
        ConnectorSettings webhook = new ConnectorSettings("Webhook", RECEIVER, "s3cret", 12, Duration.ofSeconds(30), null);
        assertThat(webhook.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(webhook.waitAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(webhook.waitAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(webhook.waitAfter(8)).isEqualTo(Duration.ofMinutes(60));
        assertThat(webhook.waitAfter(12)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anIncompleteOrUnknownConnectorIsASentenceSayingWhatToFix() {
        assertThatThrownBy(() -> new ConnectorSettings("webhook", RECEIVER, " ", null, null, null))
                .hasMessage("A webhook connector needs a url and a secret to sign its messages with; add them in jobs/routing.yml.");
        assertThatThrownBy(() -> new ConnectorSettings("ftp", null, null, null, null, null))
                .hasMessage("A connector's type is folder or webhook, not 'ftp'; correct it in jobs/routing.yml.");
        assertThatThrownBy(() -> new ConnectorSettings("webhook", RECEIVER, "s3cret", 0, null, null))
                .hasMessageContaining("max-attempts must be at least 1");
    }

    @Test
    void theSignatureIsTheHexHmacOfTheBody() {
        // RFC 4231 test case 2
        assertThat(WebhookConnector.signature("Jefe", "what do ya want for nothing?".getBytes()))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
