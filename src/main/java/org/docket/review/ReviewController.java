package org.docket.review;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.docket.classification.Taxonomy;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.document.Page;
import org.docket.document.PageImages;
import org.docket.document.Status;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One document of the review queue at a time, for the mailroom: the page, what Docket read and why it
 * is unsure, and the decision, by keyboard; after a decision the next document opens at once.
 */
@Controller
class ReviewController {

    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final DocumentStore store;
    private final PageImages images;
    private final Taxonomy taxonomy;

    ReviewController(ReviewQueue queue, ReviewDecisions decisions, DocumentStore store, PageImages images, Taxonomy taxonomy) {
        this.queue = queue;
        this.decisions = decisions;
        this.store = store;
        this.images = images;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/review/next")
    String next(RedirectAttributes redirect) {
        return toNext(redirect, "");
    }

    /** Straight to the first waiting document (one redirect, so a message survives it), or the queue when it is clear. */
    private String toNext(RedirectAttributes redirect, String message) {
        List<ReviewQueue.Item> first = queue.waiting(1);
        if (first.isEmpty()) {
            redirect.addFlashAttribute("message", (message + " The review queue is clear.").strip());
            return "redirect:/";
        }
        if (!message.isEmpty()) {
            redirect.addFlashAttribute("message", message);
        }
        return "redirect:/review/" + first.getFirst().documentId();
    }

    @GetMapping("/review/{id}")
    String item(@PathVariable String id, @RequestParam(name = "page", defaultValue = "1") int page, Model model,
                RedirectAttributes redirect) throws java.io.IOException {
        Optional<Document> found = store.load(id);
        if (found.isEmpty() || found.get().status() != Status.REVIEW) {
            redirect.addFlashAttribute("message", found.isEmpty() ? "There is no document " + id + "."
                    : found.get().fileName() + " is no longer waiting for review.");
            return found.isEmpty() ? "redirect:/" : "redirect:/documents/" + id + "/history";
        }
        Document document = found.get();
        int number = Math.min(Math.max(page, 1), Math.max(1, document.pages().size()));
        model.addAttribute("document", document);
        model.addAttribute("number", number);
        model.addAttribute("pageText", document.pages().isEmpty() ? ""
                : EntityMarks.mark(document.pages().get(number - 1).text(), document.entities()));
        model.addAttribute("hasImage", images.page(document, number).isPresent());
        model.addAttribute("ocrQuality", ocrQuality(document.pages()));
        model.addAttribute("waiting", queue.size());
        model.addAttribute("taxonomy", taxonomy);
        return "review/item";
    }

    @PostMapping("/review/{id}/decision")
    String decide(@PathVariable String id, @RequestParam String category, @RequestParam(defaultValue = "") String reason,
                  Principal principal, RedirectAttributes redirect) {
        try {
            ReviewDecisions.Outcome outcome = decisions.decide(new ReviewDecisions.Decision(id, category, principal.getName(), reason));
            redirect.addFlashAttribute("decided", id);
            return toNext(redirect, (outcome.corrected() ? "Corrected to " : "Accepted as ")
                    + taxonomy.nameOf(outcome.category()) + " and sent to " + outcome.target() + ".");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/review/" + id;
        }
    }

    /** Mean OCR word confidence of the scanned pages, in words; "typed text" when nothing was scanned. */
    static String ocrQuality(List<Page> pages) {
        List<Page> scanned = pages.stream().filter(page -> page.method() == Page.Method.OCR).toList();
        if (scanned.isEmpty()) {
            return "typed text (no OCR needed)";
        }
        double mean = scanned.stream().mapToDouble(Page::confidence).average().orElse(0);
        return Math.round(mean) + "% mean word confidence (" + (mean >= 80 ? "good" : mean >= 60 ? "fair" : "poor") + " scan)";
    }
}
