package org.docket.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The Authorization header a script sends to sign in to Docket with HTTP Basic. */
public final class BasicAuth {

    private BasicAuth() {
    }

    public static String header(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
