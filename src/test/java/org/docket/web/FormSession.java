package org.docket.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session over plain HTTP: signs in through the login form and posts forms with
 * the CSRF token of the page last fetched, as a browser would, for controller tests of the pages' forms.
 */
public final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private String token;

    private FormSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static FormSession signIn(int port, String user, String password) throws IOException, InterruptedException {
        FormSession session = new FormSession(port);
        session.get("/login");
        HttpResponse<String> signedIn = session.post("/login", Map.of("username", user, "password", password));
        if (signedIn.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException(user + " could not sign in");
        }
        return session;
    }

    /** Fetches a page, keeping its CSRF token for the next post. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        remember(page.body());
        return page;
    }

    /** Posts a form with the last page's CSRF token and follows the redirect, as a browser does. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (token != null) {
            form.put("_csrf", token);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        remember(page.body());
        return page;
    }

    private void remember(String html) {
        Matcher found = TOKEN.matcher(html == null ? "" : html);
        if (found.find()) {
            token = found.group(1);
        }
    }
}
