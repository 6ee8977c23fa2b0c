package org.docket.routing;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.docket.classification.Taxonomy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The threshold simulator: per category, move the threshold and see, on the evaluation letters, the
 * share that would be routed without a person and how much of it would be wrong; an admin saves it.
 */
@Controller
class ThresholdController {

    private final ThresholdSimulator simulator;
    private final ThresholdOverrides overrides;
    private final RoutingPolicy policy;
    private final Taxonomy taxonomy;

    ThresholdController(ThresholdSimulator simulator, ThresholdOverrides overrides, RoutingPolicy policy, Taxonomy taxonomy) {
        this.simulator = simulator;
        this.overrides = overrides;
        this.policy = policy;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/thresholds")
    String page(Model model) {
        Map<String, Double> saved = overrides.all();
        List<ThresholdSimulator.Outcome> rows = taxonomy.ids().stream()
                .map(id -> simulator.simulate(id, saved.getOrDefault(id, policy.thresholdFor(id)), policy.minimumMargin())).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("letters", simulator.letters());
        model.addAttribute("margin", policy.minimumMargin());
        model.addAttribute("taxonomy", taxonomy);
        return "routing/thresholds";
    }

    /** One row again for a threshold being tried, for htmx to swap in as the number changes. */
    @GetMapping("/thresholds/simulate")
    String simulate(@RequestParam String category, @RequestParam double threshold, Model model) {
        model.addAttribute("row", simulator.simulate(category, Math.max(0, Math.min(1, threshold)), policy.minimumMargin()));
        model.addAttribute("taxonomy", taxonomy);
        return "routing/thresholds :: outcome";
    }

    @PostMapping("/thresholds")
    String save(@RequestParam String category, @RequestParam double threshold, @RequestParam(defaultValue = "") String reason,
                Principal principal, RedirectAttributes redirect) {
        if (taxonomy.find(category).isEmpty()) {
            redirect.addFlashAttribute("problem", "There is no category " + category + ".");
            return "redirect:/thresholds";
        }
        Double before = overrides.all().getOrDefault(category, policy.thresholdFor(category));
        try {
            overrides.set(category, threshold, before, principal.getName(), reason);
            redirect.addFlashAttribute("message", "The threshold for " + taxonomy.nameOf(category) + " is now "
                    + Math.round(threshold * 100) + "% (was " + Math.round(before * 100) + "%); intake runs started from now on use it.");
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/thresholds";
    }
}
