package org.docket.routing;

import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Outbox page: messages a service's system has not taken yet, dead ones first, each with a retry. */
@Controller
class OutboxController {

    private final OutboxMessages messages;

    OutboxController(OutboxMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/outbox")
    String outbox(Model model) {
        model.addAttribute("messages", messages.unsettled());
        model.addAttribute("dead", messages.count(OutboxMessages.State.DEAD));
        model.addAttribute("pending", messages.count(OutboxMessages.State.PENDING));
        model.addAttribute("delivered", messages.count(OutboxMessages.State.DELIVERED));
        return "routing/outbox";
    }

    @PostMapping("/outbox/{key}/retry")
    String retry(@PathVariable String key, RedirectAttributes redirect) {
        if (messages.retry(key, Instant.now())) {
            redirect.addFlashAttribute("message", "Message " + key + " will be sent again from its first attempt within a few seconds.");
        } else {
            redirect.addFlashAttribute("problem", "Message " + key + " is not dead-lettered (it may have been retried already); reload the page.");
        }
        return "redirect:/outbox";
    }
}
