package org.sendclock.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.AssessmentSteps;
import org.sendclock.assessment.CaseView;
import org.sendclock.assessment.CaseViews;
import org.sendclock.assessment.ClockSettings;
import org.sendclock.assessment.Commands.DecideWhetherToAssess;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case: the child, the stage, every statutory clock with where it stands today, the advice still awaited and from
 * whom, the open tasks, and the timeline newest first; and the forms of the steps open now. A refused form shows the
 * case again with its errors and what was typed; nothing is saved. The address carries the case reference only.
 */
@Controller
class CasePage {

    private final CaseViews views;
    private final AssessmentService assessments;
    private final ClockSettings settings;
    private final Clock clock;

    CasePage(CaseViews views, AssessmentService assessments, ClockSettings settings, Clock clock) {
        this.views = views;
        this.assessments = assessments;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseRef}")
    String show(@PathVariable String caseRef, Model model, HttpServletResponse response) {
        model.addAttribute("decisionForm", new DecisionForm());
        return render(caseRef, model, response);
    }

    @PostMapping("/cases/{caseRef}/decision")
    String decide(@PathVariable String caseRef, @ModelAttribute("decisionForm") DecisionForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        DecideWhetherToAssess command = form.toCommand(errors);
        if (command != null) {
            try {
                assessments.decideWhetherToAssess(caseRef, command);
                redirect.addFlashAttribute("done", "Decision recorded");
                return "redirect:/cases/" + caseRef;
            } catch (InvalidRequest e) {
                errors.putAll(DecisionForm.formErrors(e.errors()));
            } catch (StepNotPossible e) {
                errors.put("decision", Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1));
            }
        }
        model.addAttribute("errors", errors);
        return render(caseRef, model, response);
    }

    private String render(String caseRef, Model model, HttpServletResponse response) {
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
        model.addAttribute("deciding", c.openTasks().stream()
                .anyMatch(t -> AssessmentSteps.DECIDE_WHETHER_TO_ASSESS.equals(t.taskKey())));
        return "case";
    }
}
