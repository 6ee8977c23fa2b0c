package org.docket.review;

import java.security.Principal;
import org.docket.audit.DecisionLog;
import org.docket.classification.ConfidenceWords;
import org.docket.classification.Taxonomy;
import org.docket.document.Classification;
import org.docket.document.Document;
import org.docket.document.VisibleDocuments;
import org.docket.routing.OutboxMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A document's history: every decision on it, the machine's and people's, who made it and when, what
 * the outbox sent where, and the parts or whole of a split scan. A routed document is recalled from here.
 */
@Controller
class HistoryController {

    private final VisibleDocuments documents;
    private final DecisionLog log;
    private final Taxonomy taxonomy;
    private final OutboxMessages messages;
    private final Splits splits;
    private final Recalls recalls;

    HistoryController(VisibleDocuments documents, DecisionLog log, Taxonomy taxonomy, OutboxMessages messages, Splits splits, Recalls recalls) {
        this.documents = documents;
        this.log = log;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.splits = splits;
        this.recalls = recalls;
    }

    @GetMapping("/documents/{id}/history")
    String history(@PathVariable String id, Principal principal, Model model) {
        Document document = documents.load(id, principal);
        model.addAttribute("document", document);
        model.addAttribute("entries", log.historyOf(id));
        model.addAttribute("taxonomy", taxonomy);
        model.addAttribute("machine", document.classification() == null ? null : describe(document.classification()));
        model.addAttribute("messages", messages.ofDocument(id));
        model.addAttribute("parts", splits.partsOf(id));
        model.addAttribute("whole", splits.partOf(id).orElse(null));
        return "review/history";
    }

    @PostMapping("/documents/{id}/recall")
    String recall(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Principal principal, RedirectAttributes redirect) {
        documents.load(id, principal);
        try {
            Recalls.Recalled recalled = recalls.recall(id, principal.getName(), reason);
            redirect.addFlashAttribute("message", "Recalled from " + recalled.target() + "; it is back in the review queue.");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/documents/" + id + "/history";
    }

    private String describe(Classification classification) {
        return ConfidenceWords.describe(classification.confidence()) + " " + taxonomy.nameOf(classification.category()) + ", "
                + ConfidenceWords.percent(classification.confidence()) + " (model " + classification.modelVersion() + ")";
    }
}
