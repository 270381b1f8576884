package org.sendclock.web;

import org.sendclock.access.CaseAccess;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseSearch;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.Stage;
import org.sendclock.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where each person starts, and the list of cases with its search. */
@Controller
class CaseListPage {

    static final int PAGE_SIZE = 25;

    private final CaseRepository cases;
    private final CaseAccess access;

    CaseListPage(CaseRepository cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
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

    /** Every open case with its stage and statutory due dates, newest request first. */
    @GetMapping("/cases")
    String cases(Model model, Authentication signedIn) {
        return search("", CaseStatus.OPEN, null, 0, model, signedIn);
    }

    /**
     * A search, posted so that a child's name never appears in an address (and so in no log or browser history); the
     * pages of its answer are posted too.
     */
    @PostMapping("/cases")
    String search(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) CaseStatus status,
                  @RequestParam(required = false) Stage stage, @RequestParam(defaultValue = "0") int page,
                  Model model, Authentication signedIn) {
        // Only the cases the person may read (ADR 16): a search never shows another team's child.
        Page<AssessmentCase> found = cases.findAll(
                CaseSearch.matching(text, status, stage).and(access.scope().asSpecification()),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                        Sort.by(Sort.Order.desc("requestDate"), Sort.Order.asc("caseRef"))));
        model.addAttribute("registers", PageModel.hasAny(signedIn, Role.CASEWORKER, Role.MANAGER));
        model.addAttribute("found", found);
        model.addAttribute("text", text);
        model.addAttribute("status", status);
        model.addAttribute("stage", stage);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("stages", Stage.values());
        return "cases";
    }
}
