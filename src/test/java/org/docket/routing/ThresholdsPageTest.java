package org.docket.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docket.TestPaths;
import org.docket.web.BasicAuth;
import org.docket.users.Role;
import org.docket.users.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The threshold simulator with the shipped model: trying a threshold shows its effect; an admin's save is kept and recorded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"docket.home=./target/test-homes/thresholds", "docket.jobs=./target/test-homes/thresholds/jobs"})
class ThresholdsPageTest {

    static {
        TestPaths.freshHome("thresholds");
    }

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    ThresholdSimulator simulator;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLowerThresholdRoutesMoreAndARaisedOneLess() {
        ThresholdSimulator.Outcome everything = simulator.simulate("waste", 0, 0);
        ThresholdSimulator.Outcome nothing = simulator.simulate("waste", 1.01, 0);
        ThresholdSimulator.Outcome strict = simulator.simulate("waste", 0.99, 0.3);
        assertThat(everything.suggested()).isPositive();
        assertThat(everything.routed()).isEqualTo(everything.suggested());
        assertThat(nothing.routed()).isZero();
        assertThat(strict.routed()).isBetween(nothing.routed(), everything.routed());
        assertThat(strict.errorRate()).isLessThanOrEqualTo(everything.errorRate());
    }

    @Test
    void anAdminSavesAThresholdWithAReasonAndTheChangeIsRecorded() throws Exception {
        users.save("boss", Role.ADMIN, Set.of(), "boss-password");
        users.save("clerk", Role.MAILROOM, Set.of(), "clerk-password");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> page = http.send(signedIn("/thresholds", "boss", "boss-password").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Waste and Recycling", "Council Tax", "Routed alone");
        HttpResponse<String> tried = http.send(signedIn("/thresholds/simulate?category=waste&threshold=0.5", "boss", "boss-password")
                .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tried.body()).doesNotContain("<html").contains("% wrong");

        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "category=waste&threshold=0.97&reason=" + URLEncoder.encode("too many missed-bin letters misrouted", StandardCharsets.UTF_8)
                + "&_csrf=" + token.group(1);
        HttpResponse<String> saved = http.send(signedIn("/thresholds", "boss", "boss-password")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(302);
        Path overrides = TestPaths.project().resolve("target/test-homes/thresholds/jobs/routing-overrides.yml");
        assertThat(Files.readString(overrides)).contains("      waste: 0.970");
        assertThat(jdbc.sql("SELECT actor || ' ' || new_value || ' ' || reason FROM setting_change").query(String.class).single())
                .isEqualTo("boss 0.970 too many missed-bin letters misrouted");

        // the mailroom may try thresholds but not save one, even with its own page's token
        HttpClient clerks = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> clerkPage = clerks.send(signedIn("/thresholds", "clerk", "clerk-password").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(clerkPage.statusCode()).isEqualTo(200);
        assertThat(clerkPage.body()).doesNotContain(">Save</button>");
        Matcher clerkToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(clerkPage.body());
        assertThat(clerkToken.find()).isTrue();
        HttpResponse<String> clerk = clerks.send(signedIn("/thresholds", "clerk", "clerk-password")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.replace(token.group(1), clerkToken.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(clerk.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM setting_change").query(Long.class).single()).isEqualTo(1);
    }

    private HttpRequest.Builder signedIn(String path, String user, String password) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", BasicAuth.header(user, password))
                .header("Accept", "text/html");
    }
}
