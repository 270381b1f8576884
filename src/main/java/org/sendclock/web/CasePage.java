package org.sendclock.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.sendclock.assessment.CaseView;
import org.sendclock.assessment.CaseViews;
import org.sendclock.assessment.ClockSettings;
import org.sendclock.casefile.CaseNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One case: the child, the stage, every statutory clock with where it stands today, the advice still awaited and from
 * whom, the open tasks, and the timeline newest first. The address carries the case reference only.
 */
@Controller
class CasePage {

    private final CaseViews views;
    private final ClockSettings settings;
    private final Clock clock;

    CasePage(CaseViews views, ClockSettings settings, Clock clock) {
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseRef}")
    String show(@PathVariable String caseRef, Model model, HttpServletResponse response) {
        CaseView c;
        try {
            c = views.of(caseRef);
        } catch (CaseNotFound e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("status", HttpStatus.NOT_FOUND.value());
            return "error";
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", c);
        model.addAttribute("today", today);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("clocks", CaseClockRow.of(c, today, settings));
        model.addAttribute("awaited", c.advice().stream().filter(a -> a.status().isOutstanding()).toList());
        return "case";
    }
}
