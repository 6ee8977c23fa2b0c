package org.docket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.docket.TestPaths;
import org.docket.web.BasicAuth;
import org.docket.intake.IntakeRunner;
import org.docket.users.Role;
import org.docket.users.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Search over HTTP after a real intake: the page, the API, the page images, and who may see what. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "docket.home=./target/test-homes/search-page")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

    static {
        TestPaths.freshHome("search-page");
    }

    @LocalServerPort
    int port;
    @Autowired
    IntakeRunner runner;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void takeInSomePost() throws Exception {
        Path inbox = Files.createDirectories(TestPaths.project().resolve("target/test-homes/search-page/inbox"));
        Files.writeString(inbox.resolve("bins.txt"), "Dear council, our black bin was missed again on Monday at 4 Elm Close. "
                + "The recycling was left too. Please send the lorry back.");
        Files.writeString(inbox.resolve("objection.txt"), "I object to planning application 25/01234/FUL for a two storey rear extension "
                + "at 6 Elm Close. It would overlook my garden and take the light from my kitchen.");
        Files.copy(TestPaths.sampleDocs().resolve("post/039-highways-scan.png"), inbox.resolve("039-highways-scan.png"));
        assertThat(runner.start(List.of(inbox)).documents()).isEqualTo(3);
        users.save("planner", Role.OFFICER, Set.of("planning", "highways"), "planner-password");
        users.save("clerk", Role.MAILROOM, Set.of(), "clerk-password");
    }

    @Test
    void theApiFindsOnlyWhatTheOfficerMaySee() throws Exception {
        Map<String, Object> clerk = json(get("/api/search?q=" + encode("Elm Close"), "clerk", "clerk-password").body());
        assertThat(clerk.get("total")).isEqualTo(2);
        HttpResponse<String> planner = get("/api/search?q=" + encode("Elm Close"), "planner", "planner-password");
        assertThat(planner.statusCode()).isEqualTo(200);
        Map<String, Object> found = json(planner.body());
        assertThat(found.get("total")).isEqualTo(1);
        assertThat(found.toString()).contains("objection.txt").doesNotContain("bins.txt");
    }

    @Test
    void aSearchThatCannotBeReadIsABadRequestWithASentence() throws Exception {
        HttpResponse<String> bad = get("/api/search?q=" + encode("\"unclosed"), "clerk", "clerk-password");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).get("error").toString()).contains("check its quotes");
    }

    @Test
    void nobodyFindsAnythingWithoutSigningIn() throws Exception {
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/api/search?q=bin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/search?q=bin")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
    }

    @Test
    void thePageMarksTheWordsFacetsTheResultsAndHidesOtherServices() throws Exception {
        HttpResponse<String> page = get("/search?q=" + encode("Elm"), "planner", "planner-password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>Elm</mark>").contains("Planning and Building Control").contains("objection.txt")
                .doesNotContain("bins.txt").contains("more like this");
        HttpResponse<String> fragment = http.send(signedIn("/search?q=" + encode("Elm"), "planner", "planner-password")
                .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"results\"");
    }

    @Test
    void aScannedPageIsShownAsItsImageToThoseWhoMaySeeIt() throws Exception {
        String scan = jdbc.sql("SELECT id FROM document WHERE file_name = '039-highways-scan.png'").query(String.class).single();
        String bins = jdbc.sql("SELECT id FROM document WHERE file_name = 'bins.txt'").query(String.class).single();
        HttpResponse<byte[]> image = http.send(signedIn("/documents/" + scan + "/pages/1/image", "planner", "planner-password")
                        .setHeader("Accept", "image/avif,image/webp,*/*").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(image.body())).getWidth()).isGreaterThan(500);
        assertThat(get("/documents/" + scan + "/pages/1", "planner", "planner-password").body()).contains("Scan of page 1");
        assertThat(get("/documents/" + bins + "/pages/1", "planner", "planner-password").statusCode()).isEqualTo(404);
        assertThat(get("/documents/" + bins + "/pages/1", "clerk", "clerk-password").body()).contains("black bin");
    }

    @Test
    void signingOutNeedsTheFormsCsrfToken() throws Exception {
        HttpResponse<String> forged = http.send(signedIn("/logout", "clerk", "clerk-password").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        return http.send(signedIn(path, user, password).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder signedIn(String path, String user, String password) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", BasicAuth.header(user, password)).header("Accept", "text/html,application/json");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> json(String body) {
        return JsonMapper.builder().build().readValue(body, new TypeReference<Map<String, Object>>() { });
    }
}
