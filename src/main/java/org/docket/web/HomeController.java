package org.docket.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and where each role lands after signing in. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/home")
    String home(Authentication who) {
        boolean mailroom = who.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_MAILROOM") || a.getAuthority().equals("ROLE_ADMIN"));
        return mailroom ? "redirect:/" : "redirect:/search";
    }
}
