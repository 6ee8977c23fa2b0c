package org.docket.review;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
    private final Rejections rejections;
    private final Duplicates duplicates;
    private final Splits splits;
    private final Undo undo;

    ReviewController(ReviewQueue queue, ReviewDecisions decisions, DocumentStore store, PageImages images, Taxonomy taxonomy,
                     Rejections rejections, Duplicates duplicates, Splits splits, Undo undo) {
        this.queue = queue;
        this.decisions = decisions;
        this.store = store;
        this.images = images;
        this.taxonomy = taxonomy;
        this.rejections = rejections;
        this.duplicates = duplicates;
        this.splits = splits;
        this.undo = undo;
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
        model.addAttribute("candidates", duplicates.candidates(id));
        model.addAttribute("splittable", document.pages().size() > 1 && ScanParts.canSplit(document.mediaType()));
        return "review/item";
    }

    @PostMapping("/review/{id}/decision")
    String decide(@PathVariable String id, @RequestParam String category, @RequestParam(defaultValue = "") String reason,
                  Principal principal, RedirectAttributes redirect) {
        return settle(id, redirect, () -> {
            ReviewDecisions.Outcome outcome = decisions.decide(new ReviewDecisions.Decision(id, category, principal.getName(), reason));
            return (outcome.corrected() ? "Corrected to " : "Accepted as ") + taxonomy.nameOf(outcome.category())
                    + " and sent to " + outcome.target() + ".";
        });
    }

    @PostMapping("/review/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "reject") String outcome, Principal principal, RedirectAttributes redirect) {
        boolean toSender = outcome.equals("return");
        return settle(id, redirect, () -> {
            rejections.reject(id, principal.getName(), reason, toSender);
            return toSender ? "Returned to its sender." : "Rejected.";
        });
    }

    @PostMapping("/review/{id}/duplicate")
    String duplicate(@PathVariable String id, @RequestParam(defaultValue = "") String firstCopy, @RequestParam(defaultValue = "") String reason,
                     Principal principal, RedirectAttributes redirect) {
        return settle(id, redirect, () -> "Marked as a duplicate of " + duplicates.mark(id, firstCopy, principal.getName(), reason) + ".");
    }

    @PostMapping("/review/{id}/split")
    String split(@PathVariable String id, @RequestParam(defaultValue = "") String starts, @RequestParam(defaultValue = "") String reason,
                 Principal principal, RedirectAttributes redirect) {
        try {
            List<String> parts = splits.split(id, pageNumbers(starts), principal.getName(), reason);
            return toNext(redirect, "Split into " + parts.size() + " documents; each waits in the queue.");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/review/" + id;
        }
    }

    @PostMapping("/review/{id}/undo")
    String undo(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        try {
            undo.undo(id, principal.getName(), Instant.now());
            redirect.addFlashAttribute("message", "Undone: it is back in the review queue.");
            return "redirect:/review/" + id;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/documents/" + id + "/history";
        }
    }

    /** Runs a decision; on to the next document with what was done, or back to this one with why not. The decided one may be undone. */
    private String settle(String id, RedirectAttributes redirect, Supplier<String> decision) {
        try {
            String done = decision.get();
            redirect.addFlashAttribute("decided", id);
            return toNext(redirect, done);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/review/" + id;
        }
    }

    /** "3, 5" or "3 5" as page numbers; anything else is a sentence asking for numbers. */
    static List<Integer> pageNumbers(String starts) {
        try {
            return Arrays.stream(starts.split("[,\\s]+")).filter(part -> !part.isBlank()).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Give the pages where new parts start as numbers, such as 3 or 3, 5.");
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
