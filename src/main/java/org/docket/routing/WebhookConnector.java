package org.docket.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.docket.document.Document;
import org.docket.routing.OutboxProperties.ConnectorSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP webhook: each message is kept in the outbox folder as the exact bytes to post, then sent by
 * {@link OutboxSender} as JSON, signed with HMAC-SHA256 of the body in {@code X-Docket-Signature} and
 * carrying an {@code Idempotency-Key} that stays the same on every attempt.
 */
final class WebhookConnector implements Connector {

    static final String SIGNATURE = "X-Docket-Signature";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OutboxFolder folder;
    private final JsonMapper json;
    private final URI link;

    WebhookConnector(OutboxFolder folder, JsonMapper json, URI link) {
        this.folder = folder;
        this.json = json;
        this.link = link;
    }

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public boolean deliveredOnceWritten() {
        return false;
    }

    @Override
    public Path deliver(Document document, String decidedBy, int number) throws IOException {
        Path file = folder.folderOf(document.routing().target()).resolve(OutboxFolder.name(document.id(), number, ".json"));
        return write(file, Messages.routed(document, decidedBy, number, link));
    }

    @Override
    public Path recall(Recall recall) throws IOException {
        Path file = folder.folderOf(recall.target()).resolve(OutboxFolder.name(recall.documentId(), recall.number(), ".recall.json"));
        return write(file, Messages.recall(recall));
    }

    /**
     * Unlike a folder drop, replaces a file left by a decision whose transaction did not commit: nothing
     * has sent it (only recorded messages are sent), and the decision now being made may differ.
     */
    private Path write(Path file, Map<String, Object> message) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".partial");
        json.writeValue(temporary.toFile(), message);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Posts one message; answers normally only on a 2xx, so nothing is marked delivered that was not taken. */
    static void send(HttpClient http, ConnectorSettings settings, String key, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_KEY, key)
                .header(SIGNATURE, "sha256=" + signature(settings.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body().strip();
            throw new IOException(settings.url() + " answered " + response.statusCode()
                    + (answer.isEmpty() ? "" : ": " + (answer.length() > 200 ? answer.substring(0, 200) : answer)));
        }
    }

    /** Hex HMAC-SHA256 of the body with the shared secret: what a receiver computes to check a message is Docket's. */
    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java cannot compute HMAC-SHA256", e);
        }
    }
}
