package org.sendclock.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.deadline.Deadline;
import org.sendclock.reassessment.Reassessment;
import org.sendclock.reassessment.ReassessmentCommands;
import org.sendclock.reassessment.ReassessmentService;
import org.sendclock.reassessment.ReassessmentViews;
import org.sendclock.reassessment.ReassessmentsView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's re-assessment forms, through the same service as the API's
 * ({@code /api/cases/{ref}/reassessments}): a new request, then the decision, advice and the outcome of re-assessment
 * {@code number}. A refused form shows the case page again with each error beside its field on that form
 * ({@link ReassessmentStepForm#id}) and what was typed; nothing is saved. Advice asked for here is received, excused or
 * withdrawn with the case's advice forms ({@code /cases/{ref}/advice/{id}/...}).
 */
@Controller
class ReassessmentForms {

    /** The id of the section's heading: where a step that is not possible now is explained. */
    static final String HEADING = "reassessments";

    private final ReassessmentService reassessments;
    private final ReassessmentViews views;
    private final CommandCheck check;
    private final CasePage page;

    ReassessmentForms(ReassessmentService reassessments, ReassessmentViews views, CommandCheck check, CasePage page) {
        this.reassessments = reassessments;
        this.views = views;
        this.check = check;
        this.page = page;
    }

    @PostMapping("/cases/{caseRef}/reassessments")
    String request(@PathVariable String caseRef, @RequestParam Map<String, String> form, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        String id = ReassessmentStepForm.REQUEST;
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = date(form, id, "the date the request was received", errors);
        Reassessment.RequestedBy by = choice(form, "requestedBy", Reassessment.RequestedBy.class, id + "-by",
                "Select who asked for the re-assessment", errors);
        try {
            if (errors.isEmpty()) {
                Reassessment r = reassessments.request(caseRef, check.valid(new ReassessmentCommands.Request(date,
                        by)));
                redirect.addFlashAttribute("done", "Re-assessment " + r.getNumber() + " recorded: the decision"
                        + " whether to reassess is due by " + DateText.of(due(caseRef, r.getNumber(),
                        Deadline.REASSESSMENT_DECISION)));
                return "redirect:/cases/" + caseRef;
            }
        } catch (InvalidRequest e) {
            refused(e, id, errors);
        } catch (StepNotPossible | CaseNotFound e) {
            errors.put(HEADING, sentence(e.getMessage()));
        }
        return again(caseRef, id, form, errors, model, response);
    }

    /** A step of re-assessment {@code number}: {@code decision}, {@code advice-requests} or {@code outcome}. */
    @PostMapping("/cases/{caseRef}/reassessments/{number}/{step}")
    String step(@PathVariable String caseRef, @PathVariable int number, @PathVariable String step,
                @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        String id = "ra" + number + "-" + step;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            String done = null;
            switch (step) {
                case "decision" -> {
                    Reassessment.Decision decision = choice(form, "decision", Reassessment.Decision.class,
                            id + "-decision", "Select whether the council will reassess", errors);
                    LocalDate date = date(form, id, "the date the family was told", errors);
                    if (!errors.isEmpty()) {
                        break;
                    }
                    boolean underRule = "true".equals(form.get("underSixMonthRule"));
                    reassessments.decide(caseRef, number, check.valid(new ReassessmentCommands.Decide(decision,
                            date, underRule)));
                    done = decision == Reassessment.Decision.REASSESS ? "Decision to reassess recorded: the plan is"
                            + " due by " + DateText.of(due(caseRef, number, Deadline.REASSESSMENT_PLAN))
                            : "Decision not to reassess" + (underRule ? " under the six-month rule" : "")
                            + " recorded: the re-assessment ends here";
                }
                case "advice-requests" -> {
                    AdviceType type = choice(form, "adviceType", AdviceType.class, id + "-type",
                            "Choose the kind of advice asked for", errors);
                    LocalDate date = date(form, id, "the date the advice was asked for", errors);
                    if (!errors.isEmpty()) {
                        break;
                    }
                    AdviceRequest asked = reassessments.requestAdvice(caseRef, number, check.valid(new RequestAdvice(
                            type, form.getOrDefault("provider", "").isBlank() ? null : form.get("provider").trim(),
                            date)));
                    done = "Requested " + asked.describe() + ": due " + DateText.of(asked.getDueDate());
                }
                case "outcome" -> {
                    Reassessment.Outcome outcome = choice(form, "outcome", Reassessment.Outcome.class,
                            id + "-outcome", "Select what the re-assessment ended in", errors);
                    LocalDate date = date(form, id, "the date it was issued", errors);
                    if (!errors.isEmpty()) {
                        break;
                    }
                    reassessments.conclude(caseRef, number, check.valid(new ReassessmentCommands.Conclude(outcome,
                            date)));
                    done = "Re-assessment " + number + " concluded";
                }
                default -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    model.addAttribute("status", HttpStatus.NOT_FOUND.value());
                    return "error";
                }
            }
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("done", done);
                return "redirect:/cases/" + caseRef;
            }
        } catch (InvalidRequest e) {
            refused(e, id, errors);
        } catch (StepNotPossible | CaseNotFound e) {
            errors.put(HEADING, sentence(e.getMessage()));
        }
        return again(caseRef, id, form, errors, model, response);
    }

    /** The case page again, the errors beside the fields of form {@code id} and what was typed in them. */
    private String again(String caseRef, String id, Map<String, String> form, Map<String, String> errors, Model model,
                         HttpServletResponse response) {
        model.addAttribute("errors", errors);
        model.addAttribute("reassessmentTyped", form);
        model.addAttribute("reassessmentForm", id);
        return page.render(caseRef, model, response);
    }

    /** The service's errors on the form's fields, each named; the case's own (no plan, one still open) above them. */
    private static void refused(InvalidRequest e, String id, Map<String, String> errors) {
        e.errors().forEach((field, message) -> {
            switch (field) {
                case "caseRef" -> errors.put(HEADING, sentence(message));
                case "requestedBy" -> errors.put(id + "-by", "Who asked " + message);
                case "decision" -> errors.put(id + "-decision", "The decision " + message);
                case "underSixMonthRule" -> errors.put(id + "-six-months", sentence(message));
                case "outcome" -> errors.put(id + "-outcome", "The outcome " + message);
                case "adviceType" -> errors.put(id + "-type", "The kind of advice " + message);
                case "provider" -> errors.put(id + "-provider", "Who was asked " + message);
                default -> errors.put(id + "-date", "The date " + message);
            }
        });
    }

    private static LocalDate date(Map<String, String> form, String id, String what, Map<String, String> errors) {
        return DateInput.read(form.getOrDefault("reassessmentDay", ""), form.getOrDefault("reassessmentMonth", ""),
                form.getOrDefault("reassessmentYear", ""), id + "-date", what, true, errors);
    }

    private static <E extends Enum<E>> E choice(Map<String, String> form, String name, Class<E> values, String field,
                                                String ifNone, Map<String, String> errors) {
        String value = form.getOrDefault(name, "").strip();
        for (E e : values.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        errors.put(field, ifNone);
        return null;
    }

    private LocalDate due(String caseRef, int number, Deadline which) {
        return views.of(caseRef).reassessments().stream().filter(r -> r.number() == number)
                .flatMap(r -> r.clocks().stream()).filter(k -> k.clock() == which)
                .map(ReassessmentsView.ClockView::dueDate).findFirst().orElse(null);
    }

    private static String sentence(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
