package org.docket.search;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.docket.classification.Taxonomy;
import org.docket.users.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The search page (htmx swaps the results as one types) and the same search as JSON at /api/search. */
@Controller
class SearchController {

    static final int PER_PAGE = 10;

    private final ArchiveIndex index;
    private final SignedIn signedIn;
    private final Taxonomy taxonomy;

    SearchController(ArchiveIndex index, SignedIn signedIn, Taxonomy taxonomy) {
        this.index = index;
        this.signedIn = signedIn;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/search")
    String page(@RequestParam(name = "q", defaultValue = "") String q, @RequestParam(name = "sort", defaultValue = "relevance") String sort,
                @RequestParam(name = "page", defaultValue = "1") int page, @RequestParam(name = "like", required = false) String like,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Principal principal, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("like", like);
        model.addAttribute("taxonomy", taxonomy);
        try {
            SearchRequest request = new SearchRequest(q, signedIn.user(principal).access(), SearchRequest.Order.parse(sort),
                    (Math.max(page, 1) - 1) * PER_PAGE, PER_PAGE);
            SearchResults results = like == null ? index.search(request) : index.moreLikeThis(like, request);
            model.addAttribute("results", results);
            model.addAttribute("page", Math.max(page, 1));
            model.addAttribute("pages", Math.max(1, (results.total() + PER_PAGE - 1) / PER_PAGE));
        } catch (IllegalArgumentException badSearch) {
            model.addAttribute("problem", badSearch.getMessage());
        }
        return htmx != null ? "search/page :: results" : "search/page";
    }

    @GetMapping("/api/search")
    @ResponseBody
    ResponseEntity<Map<String, Object>> api(@RequestParam(name = "q", defaultValue = "") String q,
                                            @RequestParam(name = "sort", defaultValue = "relevance") String sort,
                                            @RequestParam(name = "offset", defaultValue = "0") int offset,
                                            @RequestParam(name = "limit", defaultValue = "10") int limit, Principal principal) {
        try {
            SearchResults results = index.search(new SearchRequest(q, signedIn.user(principal).access(), SearchRequest.Order.parse(sort), offset, limit));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", results.total());
            body.put("hits", results.hits());
            body.put("facets", results.facets());
            return ResponseEntity.ok(body);
        } catch (IllegalArgumentException badSearch) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", badSearch.getMessage()));
        }
    }
}
