package org.sendclock.web;

import java.util.Arrays;
import java.util.List;
import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.deadline.Deadline;
import org.sendclock.oversight.ClockRow;
import org.sendclock.oversight.EscalationService;
import org.sendclock.oversight.OversightRegister;
import org.sendclock.oversight.Reassignment;
import org.sendclock.oversight.RegisterFilter;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The managers' page: the breach and risk register with its filters and RAG tags, the breakdowns this week against
 * last, open assessments by weeks since request as a bar chart, open escalations, and a form to reassign the ticked
 * cases. Role MANAGER.
 */
@Controller
@RequestMapping("/oversight")
class OversightPage {

    private final OversightRegister register;
    private final Reassignment reassignment;
    private final EscalationService escalations;
    private final Teams teams;

    OversightPage(OversightRegister register, Reassignment reassignment, EscalationService escalations, Teams teams) {
        this.register = register;
        this.reassignment = reassignment;
        this.escalations = escalations;
        this.teams = teams;
    }

    @GetMapping
    String page(@RequestParam(required = false) String team, @RequestParam(required = false) String caseworker,
                @RequestParam(required = false) String clock, @RequestParam(required = false) String adviceType,
                @RequestParam(required = false) String provider, Model model) {
        RegisterFilter filter;
        try {
            filter = RegisterFilter.parse(team, caseworker, clock, adviceType, provider);
        } catch (InvalidRequest e) {
            model.addAttribute("filterErrors", e.errors());
            filter = RegisterFilter.ALL;
        }
        List<ClockRow> rows = register.register(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", rows.stream().filter(ClockRow::overdue).count());
        model.addAttribute("atRisk", rows.stream().filter(r -> !r.overdue()).count());
        model.addAttribute("summary", register.summary(new RegisterFilter(filter.team(), filter.caseworker(), null,
                null, null)));
        model.addAttribute("clocks", Arrays.asList(Deadline.values()));
        model.addAttribute("adviceTypes", Arrays.asList(AdviceType.values()));
        model.addAttribute("openEscalations", escalations.open().size());
        model.addAttribute("caseworkers", teams.caseworkers());
        model.addAttribute("teams", teams.all());
        return "oversight";
    }

    @PostMapping("/reassignments")
    String reassign(@RequestParam(name = "caseRef", required = false) List<String> caseRefs,
                    @RequestParam(required = false) String caseworker, @RequestParam(required = false) String team,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            List<String> moved = reassignment.reassign(new Reassignment.Command(caseRefs, caseworker, team, reason));
            redirect.addFlashAttribute("reassigned", moved.isEmpty()
                    ? "No case changed hands: they were already with " + caseworker.trim() + "."
                    : "Reassigned to " + caseworker.trim() + ": " + String.join(", ", moved) + ".");
        } catch (InvalidRequest e) {
            redirect.addFlashAttribute("reassignErrors", e.errors().entrySet().stream()
                    .map(f -> f.getKey() + " " + f.getValue()).toList());
        } catch (CaseNotFound | StepNotPossible e) {
            redirect.addFlashAttribute("reassignErrors", List.of(e.getMessage()));
        }
        return "redirect:/oversight";
    }
}
