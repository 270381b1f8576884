package org.sendclock.web;

import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The landing page: every case with its stage and statutory due dates, oldest request first. */
@Controller
class CaseListPage {


    private final CaseRepository cases;

    CaseListPage(CaseRepository cases) {
        this.cases = cases;
    }

    /**
     * Where each person starts: caseworkers at their work, managers at the breaches and risks, the performance team
     * at its dashboard (it reads no personal data), administrators at the open cases.
     */
    @GetMapping("/")
    String landing(Authentication signedIn) {
        if (PageModel.hasAny(signedIn, Role.CASEWORKER)) {
            return "redirect:/my-work";
        }
        if (PageModel.hasAny(signedIn, Role.MANAGER)) {
            return "redirect:/oversight";
        }
        if (!PageModel.hasAny(signedIn, Role.ADMIN)) {
            return "redirect:/performance";
        }
        return "redirect:/cases";
    }

    /** Every open case with its stage and statutory due dates, oldest request first. */
    @GetMapping("/cases")
    String cases(@RequestParam(defaultValue = "0") int page, Model model, Authentication signedIn) {
        model.addAttribute("registers", PageModel.hasAny(signedIn, Role.CASEWORKER, Role.MANAGER));
        model.addAttribute("open", cases.search(CaseStatus.OPEN, null, null, null, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("finished", cases.countByStatusNot(CaseStatus.OPEN));
        return "cases";
    }
}
