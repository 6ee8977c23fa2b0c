package org.docket.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.docket.TestPaths;
import org.docket.intake.IntakeRunner;
import org.docket.review.Recalls;
import org.docket.review.ReviewDecisions;
import org.docket.review.ReviewDecisions.Decision;
import org.docket.review.ReviewQueue;
import org.docket.routing.OutboxMessages.State;
import org.docket.users.Role;
import org.docket.users.Users;
import org.docket.web.FormSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook connector against a real HTTP receiver on this machine: each message signed and carrying
 * the same idempotency key on every attempt; while the receiver is down, retried with growing waits
 * and then dead-lettered, shown on the Outbox page, retried from there and delivered once; a recall
 * and a second delivery after it, each under its own key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "docket.home=./target/test-homes/webhook",
        // every letter waits for a person, so the test chooses which system each goes to
        "docket.routing.minimum-margin=1.0",
        // the test sends due messages itself, at the moments it chooses
        "docket.outbox.send-every=0s",
        "docket.outbox.link=https://docket.example.gov.uk/",
        "docket.outbox.connectors.waste-crm.type=webhook",
        "docket.outbox.connectors.waste-crm.secret=" + WebhookDeliveryTest.SECRET,
        "docket.outbox.connectors.waste-crm.max-attempts=3",
        "docket.outbox.connectors.waste-crm.first-retry=10s"})
class WebhookDeliveryTest {

    static final String SECRET = "shared-with-the-waste-crm";

    private record Received(String key, String signature, String body, int answered) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean DOWN = new AtomicBoolean();
    private static final HttpServer RECEIVER = receiver();

    static {
        TestPaths.freshHome("webhook");
    }

    @DynamicPropertySource
    static void receiverAddress(DynamicPropertyRegistry registry) {
        registry.add("docket.outbox.connectors.waste-crm.url", () -> "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/docket");
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.stop(0);
    }

    @LocalServerPort
    int port;
    @Autowired
    IntakeRunner runner;
    @Autowired
    ReviewQueue queue;
    @Autowired
    ReviewDecisions decisions;
    @Autowired
    Recalls recalls;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxMessages messages;
    @Autowired
    Outbox outbox;
    @Autowired
    Users users;

    @Test
    void signedOnceDeliveredRetriedDeadLetteredRetriedFromTheOutboxPageAndRecalled() throws Exception {
        Path inbox = Files.createDirectories(TestPaths.project().resolve("target/test-homes/webhook/inbox"));
        Files.writeString(inbox.resolve("bins.txt"), "Dear Sir, the bin men have missed our green wheelie bin again this week on Acacia Road. "
                + "Please arrange a collection of the garden waste. My council tax account is 40012345. Yours, Pat Jones");
        Files.writeString(inbox.resolve("bulky.txt"), "Please collect a sofa and a fridge from 3 Mill Lane, bulky waste, reference WST/2026/0042. Sam Evans");
        Files.writeString(inbox.resolve("garden.txt"), "Can I have a second brown garden waste bin for our hedge cuttings? 9 Oak Close. Chris Hughes");
        assertThat(runner.start(List.of(inbox)).review()).isEqualTo(3);
        String bins = idOf("bins.txt");
        String bulky = idOf("bulky.txt");
        String garden = idOf("garden.txt");

        // the receiver is up: one signed attempt, delivered
        decisions.decide(new Decision(bins, "waste", "pat.mailroom", "missed bin collection"));
        String firstKey = bins + "-route-1";
        assertThat(messages.find(firstKey)).hasValueSatisfying(m -> assertThat(m.state()).isEqualTo(State.PENDING));
        assertThat(sender.sendDue(Instant.now())).isEqualTo(1);
        Received first = RECEIVED.getLast();
        assertThat(first.key()).isEqualTo(firstKey);
        assertThat(first.signature()).isEqualTo("sha256=" + WebhookConnector.signature(SECRET, first.body().getBytes()));
        Map<String, Object> body = JsonMapper.builder().build().readValue(first.body(), new TypeReference<Map<String, Object>>() { });
        assertThat(body).containsEntry("kind", "route").containsEntry("documentId", bins).containsEntry("category", "waste")
                .containsEntry("decidedBy", "pat.mailroom").containsEntry("delivery", 1)
                .containsEntry("link", "https://docket.example.gov.uk/documents/" + bins).containsKey("confidence");
        assertThat((String) body.get("text")).contains("green wheelie bin");
        assertThat(body.get("entities").toString()).contains("40012345");
        assertThat(messages.find(firstKey).orElseThrow().state()).isEqualTo(State.DELIVERED);
        assertThat(sender.sendDue(Instant.now().plus(Duration.ofDays(1)))).as("nothing is sent twice").isZero();

        // the receiver is down: attempts after 10 s and 20 s more, then dead
        DOWN.set(true);
        decisions.decide(new Decision(bulky, "waste", "sam.mailroom", "bulky waste collection"));
        String secondKey = bulky + "-route-1";
        Instant start = Instant.now();
        int before = RECEIVED.size();
        sender.sendDue(start);
        assertThat(sender.sendDue(start.plusSeconds(9))).isZero();
        assertThat(RECEIVED.size() - before).as("not tried again before its wait is over").isEqualTo(1);
        assertThat(messages.find(secondKey).orElseThrow().state()).isEqualTo(State.PENDING);
        sender.sendDue(start.plusSeconds(10));
        assertThat(messages.find(secondKey).orElseThrow().state()).isEqualTo(State.PENDING);
        sender.sendDue(start.plusSeconds(29));
        assertThat(RECEIVED.size() - before).as("the second wait is twice the first").isEqualTo(2);
        sender.sendDue(start.plusSeconds(30));
        OutboxMessages.Message dead = messages.find(secondKey).orElseThrow();
        assertThat(dead.state()).isEqualTo(State.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).contains("Attempt 3 of 3", "503");
        List<Received> attempts = RECEIVED.subList(before, RECEIVED.size());
        assertThat(attempts).hasSize(3).extracting(Received::key).containsOnly(secondKey);
        assertThat(attempts).extracting(Received::signature).containsOnly(attempts.getFirst().signature());
        assertThat(sender.sendDue(start.plus(Duration.ofDays(1)))).as("a dead message waits for a person").isZero();

        // the Outbox page shows it; its retry button sends it again, and the receiver takes it once
        DOWN.set(false);
        users.save("clerk", Role.MAILROOM, Set.of(), "clerk-password");
        FormSession clerk = FormSession.signIn(port, "clerk", "clerk-password");
        String page = clerk.get("/outbox").body();
        assertThat(page).contains("1</span> dead-lettered", bulky, "dead after 3 attempts", "Attempt 3 of 3", "Retry " + secondKey);
        String retried = clerk.post("/outbox/" + secondKey + "/retry", Map.of()).body();
        assertThat(retried).contains("will be sent again").contains("0</span> dead-lettered");
        assertThat(sender.sendDue(Instant.now())).isEqualTo(1);
        assertThat(RECEIVED).filteredOn(r -> r.key().equals(secondKey) && r.answered() == 200).hasSize(1);
        assertThat(clerk.get("/outbox").body()).contains("Every message has reached its system.");

        // a re-run handing over the same delivery changes nothing
        int messagesBefore = messages.ofDocument(bulky).size();
        assertThat(messages.ofDocument(bulky)).singleElement().satisfies(m -> assertThat(m.location()).isEqualTo("waste-crm/" + bulky + ".json"));
        assertThat(messagesBefore).isEqualTo(1);

        // recalled: a recall message under its own key; decided again, a second delivery beside the first
        recalls.recall(bins, "pat.mailroom", "sent to waste by mistake");
        assertThat(sender.sendDue(Instant.now())).isEqualTo(1);
        Received recall = RECEIVED.getLast();
        assertThat(recall.key()).isEqualTo(bins + "-recall-1");
        assertThat(recall.body()).contains("\"kind\":\"recall\"", "sent to waste by mistake", "\"recalledBy\":\"pat.mailroom\"");
        assertThat(queue.waiting(10)).extracting(ReviewQueue.Item::documentId).containsExactlyInAnyOrder(bins, garden);
        decisions.decide(new Decision(bins, "waste", "sam.mailroom", "it was about the bins after all"));
        assertThat(sender.sendDue(Instant.now())).isEqualTo(1);
        assertThat(RECEIVED.getLast().key()).isEqualTo(bins + "-route-2");
        assertThat(RECEIVED.getLast().body()).contains("\"delivery\":2", "\"decidedBy\":\"sam.mailroom\"");
        assertThat(outbox.root().resolve("waste-crm").resolve(bins + ".json")).isRegularFile();
        assertThat(outbox.root().resolve("waste-crm").resolve(bins + ".recall.json")).isRegularFile();
        assertThat(outbox.root().resolve("waste-crm").resolve(bins + ".2.json")).isRegularFile();

        // a crash in the middle of an attempt leaves it claimed and the message pending: sent after its wait, under the same key
        decisions.decide(new Decision(garden, "waste", "pat.mailroom", "a second garden bin"));
        String gardenKey = garden + "-route-1";
        Instant crash = Instant.now();
        assertThat(messages.claim(messages.find(gardenKey).orElseThrow(), crash.plusSeconds(10))).isTrue();
        assertThat(sender.sendDue(crash)).as("the crashed attempt's wait is not over").isZero();
        assertThat(sender.sendDue(crash.plusSeconds(10))).isEqualTo(1);
        assertThat(messages.find(gardenKey).orElseThrow()).satisfies(m -> assertThat(m.attempts()).isEqualTo(2))
                .satisfies(m -> assertThat(m.state()).isEqualTo(State.DELIVERED));
        assertThat(RECEIVED).filteredOn(r -> r.key().equals(gardenKey)).hasSize(1);
        assertThat(RECEIVED).filteredOn(r -> r.answered() == 200).extracting(Received::key).doesNotHaveDuplicates();
    }

    private String idOf(String fileName) {
        return queue.waiting(10).stream().filter(i -> i.fileName().equals(fileName)).findFirst().orElseThrow().documentId();
    }

    /** Answers 200, or 503 while DOWN; records every request it is sent. */
    private static HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/docket", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes());
                int status = DOWN.get() ? 503 : 200;
                RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                        exchange.getRequestHeaders().getFirst("X-Docket-Signature"), body, status));
                byte[] answer = (status == 200 ? "taken" : "down for maintenance").getBytes();
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
