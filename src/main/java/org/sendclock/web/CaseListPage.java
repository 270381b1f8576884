package org.sendclock.web;

import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseStatus;
import org.springframework.data.domain.PageRequest;
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

    @GetMapping("/")
    String cases(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("open", cases.search(CaseStatus.OPEN, null, null, null, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("finished", cases.countByStatusNot(CaseStatus.OPEN));
        return "cases";
    }
}
