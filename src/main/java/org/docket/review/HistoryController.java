package org.docket.review;

import java.security.Principal;
import org.docket.audit.DecisionLog;
import org.docket.classification.Taxonomy;
import org.docket.document.Classification;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.users.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A document's history: every decision on it, the machine's and people's, who made it and when. */
@Controller
class HistoryController {

    private final DocumentStore store;
    private final DecisionLog log;
    private final SignedIn signedIn;
    private final Taxonomy taxonomy;

    HistoryController(DocumentStore store, DecisionLog log, SignedIn signedIn, Taxonomy taxonomy) {
        this.store = store;
        this.log = log;
        this.signedIn = signedIn;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/documents/{id}/history")
    String history(@PathVariable String id, Principal principal, Model model) {
        Document document = store.load(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no document " + id));
        String category = document.classification() == null ? null : document.classification().category();
        if (!signedIn.user(principal).access().allows(category)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no document " + id);
        }
        model.addAttribute("document", document);
        model.addAttribute("entries", log.historyOf(id));
        model.addAttribute("taxonomy", taxonomy);
        model.addAttribute("machine", document.classification() == null ? null : describe(document.classification()));
        return "review/history";
    }

    private String describe(Classification classification) {
        return org.docket.classification.ConfidenceWords.describe(classification.confidence()) + " "
                + taxonomy.nameOf(classification.category()) + ", " + org.docket.classification.ConfidenceWords.percent(classification.confidence())
                + " (model " + classification.modelVersion() + ")";
    }
}
