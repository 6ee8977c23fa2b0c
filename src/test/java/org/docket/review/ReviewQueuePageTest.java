package org.docket.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.docket.TestPaths;
import org.docket.web.BasicAuth;
import org.docket.intake.IntakeRunner;
import org.docket.intake.IntakeSummary;
import org.docket.users.Role;
import org.docket.users.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The plain review-queue page, served for real and fetched over HTTP after a real intake. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "docket.home=./target/test-homes/review-page")
class ReviewQueuePageTest {

    static {
        TestPaths.freshHome("review-page");
    }

    @LocalServerPort
    int port;
    @Autowired
    IntakeRunner runner;
    @Autowired
    ReviewQueue queue;
    @Autowired
    Users users;

    @Test
    void safeguardingConcernComesFirstWithItsReasonAndConfidenceInWords() throws Exception {
        Path inbox = Files.createDirectories(TestPaths.project().resolve("target/test-homes/review-page/inbox"));
        Files.writeString(inbox.resolve("a-question.txt"), "Hello, can someone ring me back about the letter I got last week. Thanks, Pat");
        Files.writeString(inbox.resolve("b-urgent.txt"), "Dear Housing, the bailiffs are evicting us today and we have nowhere to sleep tonight. "
                + "My son is two. Please help, I have rung the homeless line and nobody answers.");
        IntakeSummary summary = runner.start(List.of(inbox));
        assertThat(summary.review()).isEqualTo(2);

        List<ReviewQueue.Item> waiting = queue.waiting(10);
        assertThat(waiting).extracting(ReviewQueue.Item::fileName).containsExactly("b-urgent.txt", "a-question.txt");

        users.save("clerk", Role.MAILROOM, Set.of(), "clerk-password");
        users.save("planner", Role.OFFICER, Set.of("planning"), "planner-password");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("a browser is sent to the sign-in page").isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(http.send(signedIn("planner", "planner-password"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);

        HttpResponse<String> page = http.send(signedIn("clerk", "clerk-password"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("2</span> documents are waiting");
        assertThat(html.indexOf("b-urgent.txt")).isLessThan(html.indexOf("a-question.txt"));
        assertThat(html).contains("Safeguarding").contains("possible losing their home today").contains("%").doesNotContain(", 100%");
        assertThat(html).containsAnyOf("very likely", "likely", "possibly", "unsure");
    }

    private HttpRequest signedIn(String name, String password) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).header("Authorization", BasicAuth.header(name, password)).build();
    }
}
