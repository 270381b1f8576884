package org.sendclock.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.Ethnicity;
import org.sendclock.casefile.Sex;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.RequestSource;
import org.sendclock.security.Teams;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a request in the browser, as a caseworker would from a letter or e-mail: the same checks as the API,
 * every error at once in a GOV.UK error summary with what was typed kept, and nothing saved until all is right. The
 * case page then confirms it with the statutory due dates that follow.
 */
@Controller
class NewRequestPage {

    private final AssessmentService assessments;
    private final CommandCheck check;
    private final Teams teams;

    NewRequestPage(AssessmentService assessments, CommandCheck check, Teams teams) {
        this.assessments = assessments;
        this.check = check;
        this.teams = teams;
    }

    /** A list, not free text: a misspelt team would be a team nobody is in, and its tasks on nobody's list. */
    @ModelAttribute("teams")
    List<String> teams() {
        return teams.all();
    }

    @ModelAttribute("sources")
    RequestSource[] sources() {
        return RequestSource.values();
    }

    @ModelAttribute("sexes")
    Sex[] sexes() {
        return Sex.values();
    }

    @ModelAttribute("ethnicities")
    Ethnicity[] ethnicities() {
        return Ethnicity.values();
    }

    @GetMapping("/cases/new")
    String form(Authentication signedIn, Model model) {
        NewRequestForm form = new NewRequestForm();
        Set<String> mine = teams.of(signedIn.getName());
        if (mine.size() == 1) {
            form.setTeam(mine.iterator().next());
        }
        model.addAttribute("form", form);
        return "new-request";
    }

    @PostMapping("/cases/new")
    String register(@ModelAttribute("form") NewRequestForm form, Authentication signedIn, Model model,
                    RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        RegisterRequest command = form.toCommand(signedIn.getName(), errors);
        if (!form.getTeam().isBlank() && !teams.all().contains(form.getTeam().trim())) {
            errors.put("team", "Choose the team from the list");
        }
        if (command != null) {
            errors.putAll(NewRequestForm.formErrors(check.problems(command)));
        }
        if (errors.isEmpty()) {
            try {
                AssessmentCase registered = assessments.register(command);
                redirect.addFlashAttribute("registered", true);
                return "redirect:/cases/" + registered.getCaseRef();
            } catch (InvalidRequest e) {
                errors.putAll(NewRequestForm.formErrors(e.errors()));
            }
        }
        model.addAttribute("errors", errors);
        return "new-request";
    }
}
