package org.docket.review;

import org.docket.classification.Taxonomy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard page: the mailroom's figures as bar charts with their numbers. */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final Taxonomy taxonomy;

    DashboardController(Dashboard dashboard, Taxonomy taxonomy) {
        this.dashboard = dashboard;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        model.addAttribute("figures", dashboard.figures());
        model.addAttribute("taxonomy", taxonomy);
        return "review/dashboard";
    }
}
