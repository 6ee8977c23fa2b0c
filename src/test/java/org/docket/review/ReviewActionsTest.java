package org.docket.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docket.TestPaths;
import org.docket.audit.DecisionLog;
import org.docket.intake.IntakeRunner;
import org.docket.search.ArchiveIndex;
import org.docket.users.Role;
import org.docket.users.Users;
import org.docket.web.BasicAuth;
import org.docket.web.FormSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review screen's other decisions through its forms, and the documents API, served for real after a
 * real intake: reject and return to sender, mark as duplicate, undo, recall, upload and read a document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "docket.home=./target/test-homes/review-actions",
        // every letter waits for a person
        "docket.routing.minimum-margin=1.0"})
class ReviewActionsTest {

    static {
        TestPaths.freshHome("review-actions");
    }

    private static final Path HOME = TestPaths.project().resolve("target/test-homes/review-actions");

    @LocalServerPort
    int port;
    @Autowired
    IntakeRunner runner;
    @Autowired
    ReviewQueue queue;
    @Autowired
    Undo undo;
    @Autowired
    DecisionLog log;
    @Autowired
    ArchiveIndex index;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void rejectReturnDuplicateUndoAndRecallEachRecordedWithWhoAndWhy() throws Exception {
        Path inbox = Files.createDirectories(HOME.resolve("inbox"));
        Files.writeString(inbox.resolve("advert.txt"), "SPECIAL OFFER! Double glazing at half price this week only. Call now on 0800 000 000.");
        Files.writeString(inbox.resolve("wrong-address.txt"), "Dear Mr Smith, your dental appointment is on Tuesday at 10am. Riverside Dental Practice.");
        Files.writeString(inbox.resolve("bins.txt"), "Dear Sir, the bin men have missed our green wheelie bin again this week on Acacia Road. "
                + "Please arrange a collection. UPRN 100023456789. Yours, Pat Jones");
        Files.writeString(inbox.resolve("bins-again.txt"), "I wrote before: the bin men missed our green wheelie bin on Acacia Road. "
                + "UPRN 100023456789. Please send them. Pat Jones");
        assertThat(runner.start(List.of(inbox)).review()).isEqualTo(4);
        users.save("clerk", Role.MAILROOM, Set.of(), "clerk-password");
        users.save("planner", Role.OFFICER, Set.of("planning"), "planner-password");
        FormSession clerk = FormSession.signIn(port, "clerk", "clerk-password");
        String advert = idOf("advert.txt");
        String wrongAddress = idOf("wrong-address.txt");
        String bins = idOf("bins.txt");
        String binsAgain = idOf("bins-again.txt");

        // reject needs a reason; with one the letter is rejected, recorded, and no training example
        clerk.get("/review/" + advert);
        assertThat(clerk.post("/review/" + advert + "/reject", Map.of("reason", " ")).body()).contains("Give a reason for rejecting it.");
        String next = clerk.post("/review/" + advert + "/reject", Map.of("reason", "advertising", "outcome", "reject")).body();
        assertThat(next).contains("Rejected.", "Undo that decision");
        assertThat(statusOf(advert)).isEqualTo("REJECTED");
        assertThat(log.historyOf(advert).getLast()).satisfies(e -> assertThat(e.kind() + " " + e.actor() + " " + e.detail())
                .isEqualTo("reject clerk rejected: advertising"));
        clerk.get("/review/" + wrongAddress);
        clerk.post("/review/" + wrongAddress + "/reject", Map.of("reason", "for a dental practice", "outcome", "return"));
        assertThat(log.historyOf(wrongAddress).getLast().detail()).isEqualTo("returned to sender: for a dental practice");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM correction").query(Long.class).single()).isZero();

        // the rejection is undone from the next page: back in the queue, and the undo is recorded
        String undone = clerk.post("/review/" + wrongAddress + "/undo", Map.of()).body();
        assertThat(undone).contains("Undone: it is back in the review queue.");
        assertThat(statusOf(wrongAddress)).isEqualTo("REVIEW");
        assertThat(log.historyOf(wrongAddress).getLast().kind()).isEqualTo("undo");

        // the second letter about the bins shares its reference with the first: offered, then linked to it
        String page = clerk.get("/review/" + binsAgain).body();
        assertThat(page).contains("Sharing a reference with this one", "bins.txt");
        clerk.post("/review/" + binsAgain + "/duplicate", Map.of("firstCopy", bins, "reason", "sent twice"));
        assertThat(statusOf(binsAgain)).isEqualTo("DUPLICATE");
        assertThat(jdbc.sql("SELECT duplicate_of FROM document WHERE id = ?").param(binsAgain).query(String.class).single()).isEqualTo(bins);
        assertThat(index.contains(binsAgain)).isFalse();
        assertThat(clerk.get("/documents/" + binsAgain + "/history").body()).contains("a duplicate of", "duplicate of " + bins + ": sent twice");

        // accepted, then undone: the folder drop has left, so its system is sent a recall; the correction goes
        clerk.get("/review/" + bins);
        clerk.post("/review/" + bins + "/decision", Map.of("category", "waste"));
        Path folder = HOME.resolve("outbox/waste-crm");
        assertThat(folder.resolve(bins + ".json")).isRegularFile();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM correction WHERE document_id = ?").param(bins).query(Long.class).single()).isOne();
        assertThatThrownBy(() -> undo.undo(bins, "someone.else", Instant.now())).hasMessageContaining("Only your own last decision");
        assertThat(clerk.post("/review/" + wrongAddress + "/undo", Map.of()).body()).as("an undo is not undone: refused on its history page")
                .contains("History of wrong-address.txt", "Only your own last decision on a document can be undone");
        assertThatThrownBy(() -> undo.undo(bins, "clerk", Instant.now().plusSeconds(31))).hasMessageContaining("too late to undo it here")
                .hasMessageContaining("recall the document from its history page");
        clerk.post("/review/" + bins + "/undo", Map.of());
        assertThat(statusOf(bins)).isEqualTo("REVIEW");
        assertThat(folder.resolve(bins + ".recall.json")).isRegularFile();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM correction WHERE document_id = ?").param(bins).query(Long.class).single()).isZero();

        // decided again: a second delivery beside the first, never over it
        String first = Files.readString(folder.resolve(bins + ".json"));
        clerk.get("/review/" + bins);
        clerk.post("/review/" + bins + "/decision", Map.of("category", "waste"));
        assertThat(folder.resolve(bins + ".2.json")).isRegularFile();
        assertThat(Files.readString(folder.resolve(bins + ".json"))).isEqualTo(first);
        assertThat(Files.readString(folder.resolve(bins + ".2.json"))).contains("\"delivery\" : 2", "\"decidedBy\" : \"clerk\"");

        // recalled over the API with a reason: a recall file, back in the queue, on the history page
        HttpClient http = HttpClient.newHttpClient();
        assertThat(recall(http, bins, "").statusCode()).isEqualTo(400);
        HttpResponse<String> recalled = recall(http, bins, "the resident has moved away");
        assertThat(recalled.statusCode()).isEqualTo(200);
        assertThat(recalled.body()).contains("\"recalledFrom\":\"waste-crm\"");
        assertThat(folder.resolve(bins + ".2.recall.json")).isRegularFile();
        assertThat(Files.readString(folder.resolve(bins + ".2.recall.json"))).contains("the resident has moved away", "\"recalledBy\" : \"clerk\"");
        assertThat(queue.waiting(10)).extracting(ReviewQueue.Item::documentId).contains(bins);
        assertThat(queue.waiting(10)).filteredOn(i -> i.documentId().equals(bins)).singleElement()
                .satisfies(i -> assertThat(i.reasons().getFirst()).isEqualTo("Recalled from waste-crm by clerk: the resident has moved away"));
        assertThat(recall(http, bins, "again").statusCode()).as("no longer routed").isEqualTo(409);
        String history = clerk.get("/documents/" + bins + "/history").body();
        assertThat(history).contains("recalled from waste-crm: the resident has moved away", "recall of delivery 2", "delivery 2", "undo");

        // the documents API: the document, and a new letter sent in
        HttpResponse<String> document = http.send(api("/api/documents/" + bins, "clerk", "clerk-password").build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> view = JsonMapper.builder().build().readValue(document.body(), new TypeReference<Map<String, Object>>() { });
        assertThat(view).containsEntry("documentId", bins).containsEntry("status", "REVIEW").containsEntry("history", "/documents/" + bins + "/history");
        assertThat(view.get("entities").toString()).contains("100023456789");
        assertThat(view.get("classification").toString()).contains("waste");
        assertThat(http.send(api("/api/documents/" + bins, "planner", "planner-password").build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).as("an officer for planning does not see a waste letter").isEqualTo(404);

        String boundary = "docket-test-boundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../pothole.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nThere is a deep pothole outside 12 High Street that damaged my tyre. Please repair the road.\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> uploaded = http.send(api("/api/documents", "clerk", "clerk-password")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).isEqualTo(201);
        Map<String, Object> taken = JsonMapper.builder().build().readValue(uploaded.body(), new TypeReference<Map<String, Object>>() { });
        assertThat(taken).containsEntry("fileName", "pothole.txt").containsEntry("status", "REVIEW");
        assertThat(uploaded.headers().firstValue("Location")).hasValue("/api/documents/" + taken.get("documentId"));
        assertThat(statusOf((String) taken.get("documentId"))).isEqualTo("REVIEW");
    }

    private HttpResponse<String> recall(HttpClient http, String id, String reason) throws Exception {
        return http.send(api("/api/documents/" + id + "/recall", "clerk", "clerk-password").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"" + reason + "\"}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder api(String path, String user, String password) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", BasicAuth.header(user, password));
    }

    private String statusOf(String id) {
        return jdbc.sql("SELECT status FROM document WHERE id = ?").param(id).query(String.class).single();
    }

    private String idOf(String fileName) {
        return jdbc.sql("SELECT id FROM document WHERE file_name = ?").param(fileName).query(String.class).single();
    }
}
