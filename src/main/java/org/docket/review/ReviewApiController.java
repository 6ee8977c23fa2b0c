package org.docket.review;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue over REST, for the mailroom's own tools: what waits, and a decision on one document. */
@RestController
class ReviewApiController {

    /** A decision as sent: the category the document truly belongs to, and why when it is not the machine's. */
    record DecisionRequest(String category, String reason) {
    }

    private final ReviewQueue queue;
    private final ReviewDecisions decisions;

    ReviewApiController(ReviewQueue queue, ReviewDecisions decisions) {
        this.queue = queue;
        this.decisions = decisions;
    }

    @GetMapping("/api/queue")
    Map<String, Object> waiting(@RequestParam(name = "limit", defaultValue = "50") int limit) {
        List<ReviewQueue.Item> items = queue.waiting(Math.max(1, Math.min(limit, 500)));
        return Map.of("total", queue.size(), "items", items);
    }

    @PostMapping("/api/documents/{id}/decision")
    ResponseEntity<?> decide(@PathVariable String id, @RequestBody DecisionRequest request, Principal principal) {
        try {
            return ResponseEntity.ok(decisions.decide(new ReviewDecisions.Decision(id, request.category(), principal.getName(), request.reason())));
        } catch (IllegalArgumentException bad) {
            return ResponseEntity.badRequest().body(Map.of("error", bad.getMessage()));
        } catch (IllegalStateException notWaiting) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", notWaiting.getMessage()));
        }
    }
}
