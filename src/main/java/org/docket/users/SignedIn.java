package org.docket.users;

import java.security.Principal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The Docket user behind a signed-in request. */
@Component
public class SignedIn {

    private final Users users;

    SignedIn(Users users) {
        this.users = users;
    }

    public DocketUser user(Principal principal) {
        if (principal == null) {
            throw new AccessDeniedException("Sign in first");
        }
        return users.find(principal.getName()).orElseThrow(() -> new AccessDeniedException("There is no Docket user " + principal.getName()));
    }
}
