package org.docket.digitisation;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The archivists' Jobs page (digitisation runs and their progress) and each run's re-scan list. */
@Controller
class JobsController {

    private final DigitisationRuns runs;

    JobsController(DigitisationRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/jobs")
    String jobs(Model model) {
        model.addAttribute("runs", runs.newestFirst());
        return "digitisation/jobs";
    }

    /** The progress table alone, which the page fetches again every few seconds while a run is going. */
    @GetMapping("/jobs/progress")
    String progress(Model model) {
        model.addAttribute("runs", runs.newestFirst());
        return "digitisation/jobs :: progress";
    }

    @GetMapping("/jobs/{run}/rescan")
    String rescan(@PathVariable long run, Model model) {
        model.addAttribute("run", run);
        model.addAttribute("collection", runs.collectionOf(run));
        model.addAttribute("pages", entries(run));
        return "digitisation/rescan";
    }

    @GetMapping(value = "/jobs/{run}/rescan.csv", produces = "text/csv")
    ResponseEntity<String> rescanCsv(@PathVariable long run) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"rescan-" + run + ".csv\"")
                .body(RescanList.csv(entries(run)));
    }

    private List<RescanList.Entry> entries(long run) {
        return runs.rescan(run).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no digitisation run " + run + "; the Jobs page lists them"));
    }
}
