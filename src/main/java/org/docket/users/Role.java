package org.docket.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a person does in Docket; an officer sees only the categories they are given. */
public enum Role {
    /** Works the review queue; sees all post. */
    MAILROOM,
    /** Digitises collections and watches the jobs; sees everything. */
    ARCHIVIST,
    /** Searches the archive and the post of their own services only. */
    OFFICER,
    /** Manages users, thresholds and connectors; sees everything. */
    ADMIN;

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no role \"" + text + "\"; choose one of " + names());
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(role -> role.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** The Spring Security authority for the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
