package org.docket.document;

import java.security.Principal;
import java.util.Optional;
import org.docket.users.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A document for a signed-in person, or "not found": one the person may not see is answered as one
 * that is not there, so its existence is not given away.
 */
@Component
public class VisibleDocuments {

    private final DocumentStore store;
    private final SignedIn signedIn;

    VisibleDocuments(DocumentStore store, SignedIn signedIn) {
        this.store = store;
        this.signedIn = signedIn;
    }

    public Document load(String id, Principal principal) {
        Optional<Document> document = store.load(id);
        String category = document.map(Document::classification).map(Classification::category).orElse(null);
        if (document.isEmpty() || !signedIn.user(principal).access().allows(category)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no document " + id);
        }
        return document.get();
    }
}
