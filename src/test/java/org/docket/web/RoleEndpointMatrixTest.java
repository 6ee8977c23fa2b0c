package org.docket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.docket.TestPaths;
import org.docket.users.Role;
import org.docket.users.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every role, and nobody, against every endpoint: allowed or refused as designed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "docket.home=./target/test-homes/role-matrix")
class RoleEndpointMatrixTest {

    static {
        TestPaths.freshHome("role-matrix");
    }

    private record Endpoint(String method, String path, Set<Role> allowed) {
    }

    private static final Set<Role> EVERYONE = Set.of(Role.values());
    private static final Set<Role> MAILROOM = Set.of(Role.MAILROOM, Role.ADMIN);
    private static final Set<Role> ARCHIVIST = Set.of(Role.ARCHIVIST, Role.ADMIN);

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/", MAILROOM),
            new Endpoint("GET", "/review/next", MAILROOM),
            new Endpoint("GET", "/dashboard", MAILROOM),
            new Endpoint("GET", "/thresholds/simulate?category=waste&threshold=0.5", MAILROOM),
            new Endpoint("GET", "/review/no-such-document", MAILROOM),
            new Endpoint("GET", "/api/queue", MAILROOM),
            new Endpoint("POST", "/api/documents/no-such-document/decision", MAILROOM),
            new Endpoint("POST", "/api/documents/no-such-document/recall", MAILROOM),
            new Endpoint("POST", "/api/documents", MAILROOM),
            new Endpoint("GET", "/api/documents/no-such-document", EVERYONE),
            new Endpoint("GET", "/outbox", MAILROOM),
            new Endpoint("GET", "/search?q=bin", EVERYONE),
            new Endpoint("GET", "/api/search?q=bin", EVERYONE),
            new Endpoint("GET", "/documents/no-such-document/history", EVERYONE),
            new Endpoint("GET", "/documents/no-such-document/pages/1", EVERYONE),
            new Endpoint("GET", "/v3/api-docs", EVERYONE),
            new Endpoint("GET", "/home", EVERYONE),
            new Endpoint("GET", "/jobs", ARCHIVIST),
            new Endpoint("GET", "/jobs/progress", ARCHIVIST),
            new Endpoint("GET", "/jobs/999999/rescan", ARCHIVIST),
            new Endpoint("GET", "/jobs/999999/rescan.csv", ARCHIVIST));

    @LocalServerPort
    int port;
    @Autowired
    Users users;

    @Test
    void eachRoleReachesWhatItShouldAndNothingElse() throws Exception {
        for (Role role : Role.values()) {
            users.save(role.name().toLowerCase(), role, role == Role.OFFICER ? Set.of("planning") : Set.of(), "password-" + role);
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            int anonymous = http.send(request(endpoint, null).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (anonymous != 401 && anonymous != 403) {
                wrong.add("nobody signed in got " + anonymous + " from " + endpoint.method() + " " + endpoint.path());
            }
            for (Role role : Role.values()) {
                int status = http.send(request(endpoint, role).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                boolean refused = status == 401 || status == 403;
                if (refused == endpoint.allowed().contains(role)) {
                    wrong.add(role + " got " + status + " from " + endpoint.method() + " " + endpoint.path());
                }
            }
        }
        assertThat(wrong).isEmpty();
        // the review page's form is a browser's: without the page's CSRF token even the mailroom is refused
        for (String path : List.of("/review/no-such-document/decision?category=waste", "/review/no-such-document/reject?reason=x",
                "/review/no-such-document/duplicate?firstCopy=x", "/review/no-such-document/split?starts=2", "/review/no-such-document/undo",
                "/documents/no-such-document/recall?reason=x", "/outbox/no-such-message/retry")) {
            Endpoint form = new Endpoint("POST", path, MAILROOM);
            assertThat(http.send(request(form, Role.MAILROOM).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as(path).isEqualTo(403);
        }
        int login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(login).isEqualTo(200);
    }

    private HttpRequest.Builder request(Endpoint endpoint, Role role) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
                .header("Content-Type", "application/json")
                .method(endpoint.method(), endpoint.method().equals("POST")
                        ? HttpRequest.BodyPublishers.ofString("{\"category\":\"waste\",\"reason\":\"test\"}") : HttpRequest.BodyPublishers.noBody());
        if (role != null) {
            builder.header("Authorization", BasicAuth.header(role.name().toLowerCase(), "password-" + role));
        }
        return builder;
    }
}
