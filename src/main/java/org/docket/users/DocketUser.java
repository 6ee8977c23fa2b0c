package org.docket.users;

import java.util.Set;
import org.docket.search.Access;

/**
 * A person who signs in to Docket.
 *
 * @param name       the log-in name
 * @param role       what they do
 * @param categories for an officer, the category ids they may see; empty for the other roles
 */
public record DocketUser(String name, Role role, Set<String> categories) {

    public DocketUser {
        categories = Set.copyOf(categories);
    }

    /** What this person may find in the archive. */
    public Access access() {
        return role == Role.OFFICER ? Access.only(name, categories) : Access.everything(name);
    }
}
