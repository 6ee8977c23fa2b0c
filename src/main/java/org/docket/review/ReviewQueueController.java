package org.docket.review;

import org.docket.classification.Taxonomy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The plain review-queue page the demo serves. */
@Controller
class ReviewQueueController {

    private static final int SHOWN = 500;

    private final ReviewQueue queue;
    private final Taxonomy taxonomy;

    ReviewQueueController(ReviewQueue queue, Taxonomy taxonomy) {
        this.queue = queue;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/")
    String queue(Model model) {
        model.addAttribute("items", queue.waiting(SHOWN));
        model.addAttribute("total", queue.size());
        model.addAttribute("taxonomy", taxonomy);
        return "review/queue";
    }
}
