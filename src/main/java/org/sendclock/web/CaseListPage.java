package org.sendclock.web;

import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseStatus;
import java.util.Set;
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

    private static final Set<String> CASE_READERS = Set.of(Role.CASEWORKER.authority(), Role.MANAGER.authority(),
            Role.ADMIN.authority());

    private final CaseRepository cases;

    CaseListPage(CaseRepository cases) {
        this.cases = cases;
    }

    /** The performance team reads no personal data: its landing page is the dashboard. */
    @GetMapping("/")
    String cases(@RequestParam(defaultValue = "0") int page, Model model, Authentication signedIn) {
        if (signedIn.getAuthorities().stream().noneMatch(a -> CASE_READERS.contains(a.getAuthority()))) {
            return "redirect:/performance";
        }
        model.addAttribute("registers", signedIn.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals(Role.CASEWORKER.authority()) || a.getAuthority().equals(Role.MANAGER.authority())));
        model.addAttribute("open", cases.search(CaseStatus.OPEN, null, null, null, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("finished", cases.countByStatusNot(CaseStatus.OPEN));
        return "cases";
    }
}
