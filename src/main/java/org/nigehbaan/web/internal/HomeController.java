package org.nigehbaan.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the signed-in user can do, by role. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
