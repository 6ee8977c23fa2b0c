package org.docket.review;

import java.security.Principal;
import org.docket.audit.DecisionLog;
import org.docket.classification.Taxonomy;
import org.docket.document.Classification;
import org.docket.document.Document;
import org.docket.document.VisibleDocuments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A document's history: every decision on it, the machine's and people's, who made it and when. */
@Controller
class HistoryController {

    private final VisibleDocuments documents;
    private final DecisionLog log;
    private final Taxonomy taxonomy;

    HistoryController(VisibleDocuments documents, DecisionLog log, Taxonomy taxonomy) {
        this.documents = documents;
        this.log = log;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/documents/{id}/history")
    String history(@PathVariable String id, Principal principal, Model model) {
        Document document = documents.load(id, principal);
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
