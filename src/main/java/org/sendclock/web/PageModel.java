package org.sendclock.web;

import org.sendclock.casefile.CaseNotFound;
import org.sendclock.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared page header needs to know of the signed-in person: which sections to offer. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("isAdmin")
    boolean isAdmin(Authentication authentication) {
        return hasAny(authentication, Role.ADMIN);
    }

    /** The performance dashboard: for those who read the KPIs. */
    @ModelAttribute("readsPerformance")
    boolean readsPerformance(Authentication authentication) {
        return hasAny(authentication, Role.PERFORMANCE, Role.MANAGER);
    }

    /** My work and the steps of a case: for those who take them. */
    @ModelAttribute("doesCasework")
    boolean doesCasework(Authentication authentication) {
        return hasAny(authentication, Role.CASEWORKER, Role.MANAGER);
    }

    static boolean hasAny(Authentication authentication, Role... roles) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> java.util.Arrays.stream(roles).anyMatch(r -> r.authority().equals(a.getAuthority())));
    }

    /**
     * A case that does not exist, or that the person may not see (the {@code access} package refuses it before the
     * page's handler runs): the same "Page not found" either way.
     */
    @ExceptionHandler(CaseNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String caseNotFound(Model model) {
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    @ModelAttribute("isManager")
    boolean isManager(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.MANAGER.authority().equals(a.getAuthority()));
    }
}
